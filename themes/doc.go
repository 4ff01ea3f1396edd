// Package themes finds the theme a site is rendered with: the default
// theme built into lectern (the default/ folder beside this file, embedded
// in the binary) or a theme folder inside the site, with the site's own
// layouts/ and static/ folders laid over it file by file.
//
// A theme is two file trees: layouts/ holds html/template files and
// static/ holds files copied to the output as they are (CSS, scripts,
// images). Resolve stacks the trees so that a site overrides one template
// or one stylesheet by writing a file of the same relative path, without
// copying the rest of the theme.
package themes
