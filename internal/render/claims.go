package render

import (
	"path"
	"slices"

	"lectern/internal/diag"
	"lectern/internal/site"
)

// Every output path is claimed once: the functions below decide which
// job keeps a path two would write, and say so.

// add appends j unless its path is taken, in which case the first job
// stays and a warning says which file to change.
func (b *jobs) add(j Job) {
	if b.r.opts.NoReads {
		j.Reads = nil
	}
	j.built = b
	if src, ok := b.assets[j.Path]; ok {
		if j.owner != "" {
			b.diags.Warnf(b.ownerPos(j.owner), "this page would be written to %s, where the file %s is copied; the page is left out: give it another url or slug", j.Path, src)
		} else {
			b.diags.Warnf(diag.Pos{File: src, Line: 1, Col: 1}, "this file is copied to %s, where lectern writes %s; lectern's is left out: rename the file to have both", j.Path, describe(j))
		}
		return
	}
	i, taken := b.byPath[j.Path]
	if !taken {
		b.foldClash(j)
		b.byPath[j.Path] = len(b.list)
		b.list = append(b.list, j)
		return
	}
	first := b.list[i]
	var code string
	if j.owner != "" && first.owner == "" {
		code = b.templateCode(j.owner)
	}
	switch {
	case first.owner != "" && j.owner == "" && b.blank(first.owner):
		// An author's page that shows nothing of its own (no text, or
		// only a theme's shortcode lectern does not run) where lectern
		// writes a page meant that page: its theme's schedule, its
		// speakers. Lectern's is written, without a word.
		b.list[i] = j
	case code == "" && j.owner != "" && first.owner == "" && b.blank(j.owner):
	case first.owner != "" && j.Kind == KindReadingIndex && b.wholeReading(first.owner):
		// The author's reading page (reading.md, a bookshelf) lists
		// every book and link the site's reading list has: it is that
		// list, which lectern's would only repeat. It is kept, without
		// a word asking to move it.
	case code != "":
		b.diags.Warnf(b.ownerPos(j.owner), "this page is a template (%s) written to %s, where lectern writes %s; lectern's is kept, as it makes its own lists and home page: give this page another url to have both", code, j.Path, kindName(first))
	case j.owner != "":
		b.diags.Warnf(b.ownerPos(j.owner), "this page would be written to %s, which %s already uses; it is left out: give it another url or slug", j.Path, describe(first))
	case first.owner != "":
		// The author's page of their own words wins over what lectern
		// generates: the author put it there, and lectern's page can be
		// done without.
		what := kindName(j)
		b.diags.Warnf(b.ownerPos(first.owner), "this page is written to %s, where lectern writes %s; %s is left out: give this page another url or slug to have both", j.Path, what, what)
	default:
		b.diags.Warnf(diag.Pos{File: firstSource(j)}, "%s and %s are both written to %s; the first is kept: rename one of them", describe(first), describe(j), j.Path)
	}
}

// wholeReading reports whether the page of the content file file lists
// every entry of the site's reading list, which then has one.
func (b *jobs) wholeReading(file string) bool {
	for _, e := range b.s.Reading {
		if !slices.ContainsFunc(e.Sources, func(p *site.Page) bool { return p.Doc.File == file }) {
			return false
		}
	}
	return len(b.s.Reading) > 0
}

// blank reports whether the page of the content file file shows
// nothing of its own (site.Page.Blank) and is no template.
func (b *jobs) blank(file string) bool {
	for _, p := range b.s.Pages {
		if p.Doc.File == file {
			return p.Blank && p.Doc.Extras().Code == ""
		}
	}
	return false
}

// templateCode is the template code of the page of the content file
// file (content.Document.Code): "" for a page of text.
func (b *jobs) templateCode(file string) string {
	for _, p := range b.s.Pages {
		if p.Doc.File == file {
			return p.Doc.Extras().Code
		}
	}
	return ""
}

// ownerPos is where a warning about the output of the content file
// points: the page's url when it wrote one, else its first line.
func (b *jobs) ownerPos(file string) diag.Pos {
	for _, p := range b.s.Pages {
		if p.Doc.File == file {
			return p.Doc.Pos("url")
		}
	}
	return diag.Pos{File: file, Line: 1, Col: 1}
}

// foldClash warns when j's path differs only in case from a path taken
// before, which case-insensitive file systems (macOS, Windows) take for
// one file. Two content pages were reported by the model already.
//
// Most paths are their own folded form (ASCII without capitals): such a
// path is its own key, which byPath already holds, so byFold holds only
// the others, and a path is checked against both.
func (b *jobs) foldClash(j Job) {
	var i int
	var ok bool
	if folded(j.Path) {
		i, ok = b.byFold[j.Path]
	} else {
		key := site.FoldCase(j.Path)
		if i, ok = b.byFold[key]; !ok {
			i, ok = b.byPath[key]
			ok = ok && folded(b.list[i].Path)
		}
		if !ok {
			b.byFold[key] = len(b.list)
		}
	}
	if !ok {
		return
	}
	first := b.list[i]
	if first.owner != "" && j.owner != "" {
		return
	}
	pos := j.pos()
	if first.owner != "" {
		pos = first.pos()
	}
	b.diags.Warnf(pos, "%s (%s) and %s (%s) differ only in case: on macOS and Windows, whose file systems ignore case, one overwrites the other; give the page another url or slug", describe(first), first.Path, describe(j), j.Path)
}

// folded reports whether p is its own folded form (site.FoldCase) for
// certain: ASCII without capitals.
func folded(p string) bool {
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// kindName names what lectern writes in j: "the schedule page", "the
// feed file".
func kindName(j Job) string {
	if path.Ext(j.Path) != ".html" {
		return "the " + j.Kind.String() + " file"
	}
	return "the " + j.Kind.String() + " page"
}

// describe names the maker of a job's output in a diagnostic.
func describe(j Job) string {
	switch {
	case j.owner != "":
		return "the page from " + j.owner
	case j.Kind == KindStatic:
		return "the static file " + firstSource(j)
	}
	return "the " + j.Kind.String() + " output"
}

func firstSource(j Job) string {
	if len(j.Sources) > 0 {
		return j.Sources[0]
	}
	return ""
}
