// Package diag holds lectern's diagnostics: positioned errors and warnings
// that every stage of the pipeline collects instead of stopping at the first.
//
// A diagnostic prints as "file:line:col: message" (line and column are
// 1-based and omitted when unknown), the form editors and terminals turn into
// links. The terminal and the preview server's browser overlay show the same
// strings, produced by List.Strings.
package diag
