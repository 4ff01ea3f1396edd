// Package content is the loading stage of lectern: it walks a site's
// content/ folder through an fs.FS, repairs the text of each file (byte-order
// marks, CRLF, mojibake, typographic bullets), parses its front matter (YAML,
// TOML, JSON or none) and normalizes the many field names other tools use
// into one Document per page.
//
// The package knows nothing of templates, URLs or output: it returns values
// and diagnostics, never prints and never writes. See ../shared/docs/content.md
// in the project's steering notes, and README.md, for the shapes it reads.
package content
