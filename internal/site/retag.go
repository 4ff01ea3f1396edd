package site

import (
	"cmp"
	"slices"
	"strings"

	"lectern/internal/content"
)

// A page given other tags, each a tag of the site already, changes the
// tags' lists of pages and nothing else of the structure, as long as no
// tag is made or left without pages and no tag's name changes: a tag is
// named as the first page in file order wrote it. Move applies such an
// edit in place (retag) and refuses, for a build to do it, a tag the
// site does not have, one written otherwise than it is named (the tag
// could take the page's spelling), one the page leaves that it named
// (it would take the next page's spelling) or that no other page has
// (it would go), a page that gave one tag twice, and a hidden page.

// retag gives page p, whose tags changed (old is a copy of p before
// the edit), the site's terms of its new tags and its place in their
// lists of pages, sorted as Build sorts them (newest first, ties in file
// order); p already has its new document. It returns a function that
// undoes the lists (the page itself is restored by the caller), or
// false, with nothing changed, when the edit could change more (see the
// comment above).
func (s *Site) retag(p, old *Page) (undo func(), ok bool) {
	if s.Tags == nil || p.Doc.Hidden {
		return nil, false
	}
	bySlug := make(map[string]*Term, len(s.Tags.Terms))
	for _, t := range s.Tags.Terms {
		bySlug[t.Slug] = t
	}
	var terms []*Term
	for _, name := range p.Doc.Tags {
		t := bySlug[content.Slugify(name)]
		// Names spelled as their tag are distinct: the loader drops a
		// name given twice, in any case; the last test is for safety.
		if t == nil || t.Name != name || slices.Contains(terms, t) {
			return nil, false
		}
		terms = append(terms, t)
	}
	for _, t := range old.Tags {
		// A page that gave a tag twice ("x", "x!") is twice in its list.
		if count(t.Pages, p) != 1 || !slices.Contains(terms, t) && !s.namedBefore(p, func(q *Page) bool { return slices.Contains(q.Tags, t) }) {
			return nil, false
		}
	}
	byFile := func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) }
	var undos []func()
	undo = func() {
		for _, f := range slices.Backward(undos) {
			f()
		}
	}
	for _, t := range old.Tags {
		if !slices.Contains(terms, t) {
			was := t.Pages
			t.Pages = slices.DeleteFunc(slices.Clone(was), func(q *Page) bool { return q == p })
			undos = append(undos, func() { t.Pages = was })
		}
	}
	for _, t := range terms {
		if !slices.Contains(old.Tags, t) {
			was := t.Pages
			i, _ := slices.BinarySearchFunc(was, p, func(a, b *Page) int { return cmp.Or(newestFirst(a, b), byFile(a, b)) })
			t.Pages = slices.Insert(slices.Clone(was), i, p)
			undos = append(undos, func() { t.Pages = was })
		}
	}
	p.Tags = terms
	return undo, true
}

// namedBefore reports whether another page than p, before it in file
// order, has a term (has), so that the term keeps its name and its
// place when p leaves it.
func (s *Site) namedBefore(p *Page, has func(q *Page) bool) bool {
	for _, q := range s.Pages {
		if q != p && !q.Pageless && q.Doc.File < p.Doc.File && has(q) {
			return true
		}
	}
	return false
}
