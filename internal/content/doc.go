// Package content is the loading stage of lectern: it walks a site's
// content/ folder through an fs.FS, repairs the text of each file (byte-order
// marks, CRLF, mojibake, typographic bullets), parses its front matter (YAML,
// TOML, JSON or none) and normalizes the many field names other tools use
// into one Document per page.
//
// Load walks the folder and parses pages concurrently; Parse reads one file.
// Neither stops at a problem: every repair, unreadable value and broken
// front matter becomes a diagnostic positioned on a line of the file (front
// matter lines are counted from the file's first line), and a document is
// returned whatever its bytes hold. Text fields keep the text as written
// (yaml.v3 nodes, not YAML 1.1 booleans), dates keep the UTC offset they
// were written with, and fields lectern does not know stay in Params.
//
// The package knows nothing of templates, URLs or output: it returns values
// and diagnostics, never prints and never writes. The shapes it reads are
// listed in the project's docs/content.md.
package content
