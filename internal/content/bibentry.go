package content

import "lectern/internal/diag"

// BibEntry is one entry of a BibTeX file as a bibliography shows it
// (jekyll-scholar's {% bibliography %}): its type and key as written,
// its authors given name first, and its other fields by lower-case name
// as plain text (TeX markup decoded, web addresses as written). Pos is
// where the entry starts in its file.
type BibEntry struct {
	Type, Key string
	Authors   []string
	Fields    map[string]string
	Pos       diag.Pos
}
