package exports

import (
	"bytes"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// urlFields are the fields whose value is a web address or a file name,
// read verbatim (texURL) rather than as TeX text, which would drop a
// "~" or an "_" from them.
var urlFields = map[string]bool{
	"url": true, "html": true, "pdf": true, "slides": true, "poster": true, "code": true,
	"video": true, "website": true, "doi": true, "arxiv": true, "organism_site": true,
	"supp": true, "blog": true, "preview": true,
}

// BibEntries reads the BibTeX file file, whose text is src, into its
// entries in the file's order, for a bibliography (jekyll-scholar's
// {% bibliography %}); @string, @comment and @preamble are no entries.
// A broken entry is left out with an error at its position in file, and
// reading goes on at the next one. BibEntries never modifies src and
// never panics.
func BibEntries(file string, src []byte) ([]content.BibEntry, diag.List) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	r := &reader{file: file, loc: time.UTC, lines: newLines(file, src)}
	p := &bibParser{src: src, r: r, macros: map[string]string{}}
	for k, v := range months {
		p.macros[k] = v
	}
	var out []content.BibEntry
	for {
		e, ok := p.next()
		if !ok {
			break
		}
		if e == nil {
			continue
		}
		b := content.BibEntry{Type: e.typ, Key: e.key, Authors: bibNames(e.fields["author"]), Fields: make(map[string]string, len(e.fields)), Pos: e.pos}
		for k, v := range e.fields {
			if urlFields[k] {
				b.Fields[k] = texURL(v)
			} else {
				b.Fields[k] = texText(v)
			}
		}
		out = append(out, b)
	}
	return out, r.diags
}
