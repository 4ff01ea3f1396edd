package site

import (
	"cmp"
	"slices"
	"strings"

	"lectern/internal/content"
)

// A talk given another track, format or level is like a page retagged
// (see retag.go): the page leaves one term's list of pages and joins
// another's, and nothing else of the taxonomies changes as long as no
// term is renamed (a term is named as the first page in file order
// wrote it). A term new to the site is made as Build makes it (named as
// the page writes it, its URL the taxonomy's pattern's) and takes its
// place among the terms; a term the page was the last to have leaves
// them. Two things more: a schedule's filters are the tracks and levels
// of its talks (Schedule.Tracks, Levels), and a format decides whether
// a talk is a break or a keynote, which span every room of the grid
// (IsPlenary) and whose warnings quote the format. So the schedule
// showing the page is laid out again, as a move in time lays it out
// (relayout), and its warnings are swapped; whether the page has a page
// at all (a break has none) is checked by structureKept, which refuses
// a change. Move refuses, for a build to do it, the same edits retag
// refuses: a term spelled otherwise than it is named that no page
// before in file order names (namedBefore), one the page
// leaves that the next page in file order having it writes otherwise
// (it would take that spelling), a term with no letters or digits
// (Build warns of it), and a hidden page.

// termFields are the fields naming a page's one track, format and
// level, in which the document of a moved page may differ from the one
// its page was made of (see reterm).
var termFields = []string{"Track", "TrackName", "Format", "Level"}

// oneTerm is a taxonomy giving a page one term at most (tracks,
// formats, levels): where a page holds its term, and the value its
// document writes.
type oneTerm struct {
	term func(*Page) **Term
	name func(*content.Document) string
}

// oneTerms are the tracks, the formats and the levels, in that order.
var oneTerms = [3]oneTerm{
	{func(p *Page) **Term { return &p.Track }, func(d *content.Document) string { return d.Track }},
	{func(p *Page) **Term { return &p.Format }, func(d *content.Document) string { return d.Format }},
	{func(p *Page) **Term { return &p.Level }, func(d *content.Document) string { return d.Level }},
}

// termsChanged reports whether documents a and b write another track,
// format or level.
func termsChanged(a, b *content.Document) bool {
	return a.Track != b.Track || a.Extras().TrackName != b.Extras().TrackName || a.Format != b.Format || a.Level != b.Level
}

// reterm gives page p, whose track, format or level changed (old is a
// copy of p before the edit), the site's terms of its new values and
// its place in their lists of pages, sorted as Build sorts them (newest
// first, ties in file order), making a term new to the site and letting
// go of one no page has any longer; p already has its new document. It
// returns a function that undoes the lists and the terms (the page
// itself is restored by the caller), or false, with nothing changed,
// when the edit could change more (see the comment above). The
// schedule is laid out again by the caller (relayout).
func (s *Site) reterm(p, old *Page) (undo func(), ok bool) {
	if p.Doc.Hidden || trackNamed(&p.Doc) || trackNamed(&old.Doc) {
		// A track's display name is decided by all its talks
		// (nameTracks): a build decides it again.
		return nil, false
	}
	var undos []func()
	undo = func() {
		for _, f := range slices.Backward(undos) {
			f()
		}
	}
	refuse := func() (func(), bool) { undo(); return nil, false }
	byFile := func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) }
	pl := s.Config.Permalinks
	for i, tax := range []*Taxonomy{s.Tracks, s.Formats, s.Levels} {
		field := oneTerms[i]
		if field.name(&p.Doc) == field.name(&old.Doc) {
			// The same term, however the page spells it.
			continue
		}
		if tax == nil {
			return refuse()
		}
		terms := tax.Terms
		var t *Term
		if name := field.name(&p.Doc); name != "" {
			slug := content.TermSlug(name)
			k := slices.IndexFunc(terms, func(t *Term) bool { return t.Slug == slug })
			switch {
			case slug == "":
				return refuse()
			case k < 0:
				// No page had it (a hidden page's term is a term too):
				// the page names it.
				t = &Term{Name: name, Slug: slug, URL: expand([]string{pl.Track, pl.Format, pl.Level}[i], slug, zeroTime)}
				terms = append(slices.Clone(terms), t)
			case terms[k].Name != name && !s.namedBefore(p, terms[k], func(q *Page) bool { return *field.term(q) == terms[k] }, func(q *Page) string { return field.name(&q.Doc) }):
				// Spelled otherwise than its term is named, and no page
				// before in file order names it: the term could take
				// the page's spelling.
				return refuse()
			default:
				t = terms[k]
			}
		}
		was := *field.term(old)
		if t == was {
			continue
		}
		if was != nil {
			// A page is in its term's list once, unless hidden (which
			// is refused above); the count is for safety.
			if count(was.Pages, p) != 1 {
				return refuse()
			}
			switch next := s.nextHaving(p, func(q *Page) bool { return *field.term(q) == was }); {
			case next == nil:
				terms = slices.DeleteFunc(slices.Clone(terms), func(u *Term) bool { return u == was })
			case field.name(&next.Doc) != was.Name && !s.backWrites(was.Name, func(d *content.Document) []string { return []string{field.name(d)} }):
				return refuse()
			}
			pages := was.Pages
			was.Pages = slices.DeleteFunc(slices.Clone(pages), func(q *Page) bool { return q == p })
			undos = append(undos, func() { was.Pages = pages })
		}
		if t != nil {
			pages := t.Pages
			at, _ := slices.BinarySearchFunc(pages, p, func(a, b *Page) int { return cmp.Or(newestFirst(a, b), byFile(a, b)) })
			t.Pages = slices.Insert(slices.Clone(pages), at, p)
			undos = append(undos, func() { t.Pages = pages })
		}
		if len(terms) != len(tax.Terms) || t != nil && !slices.Contains(tax.Terms, t) {
			// The order Build's taxonomy gives: by name folded, then
			// slug, whatever the list's before.
			sortFolded(terms, func(t *Term) string { return t.Name }, func(a, b *Term) int { return strings.Compare(a.Slug, b.Slug) })
			was := tax.Terms
			tax.Terms = terms
			undos = append(undos, func() { tax.Terms = was })
		}
		*field.term(p) = t
	}
	return undo, true
}

// reterms gives page p the tags, track, format and level its document
// writes now, old being a copy of p before (retag, reterm), and returns
// a function that undoes both, or false, with nothing changed.
func (s *Site) reterms(p, old *Page) (undo func(), ok bool) {
	undo = func() {}
	if !slices.Equal(p.Doc.Tags, old.Doc.Tags) {
		if undo, ok = s.retag(p, old); !ok {
			return nil, false
		}
	}
	if termsChanged(&old.Doc, &p.Doc) {
		again, ok := s.reterm(p, old)
		if !ok {
			undo()
			return nil, false
		}
		tags := undo
		undo = func() { again(); tags() }
	}
	return undo, true
}
