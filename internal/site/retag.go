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
// could take the page's spelling), one the page leaves that no other
// page has (it would go) or that the next page in file order having it
// writes otherwise (it would take that spelling: see keepsName), a
// page that gave one tag twice, and a hidden page.

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
		if count(t.Pages, p) != 1 || !slices.Contains(terms, t) && !s.keepsName(t, p, func(q *Page) bool { return slices.Contains(q.Tags, t) }, func(q *Page) string { return tagSpelling(q, t) }) {
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

// keepsName reports whether term t, which page p leaves, keeps its
// name and has pages left. A term is named as the first page in file
// order that has it (has) writes it: the first such page but p must
// write it as it is named (spell gives how a page that has the term
// writes it). When that page is before p, it named the term already.
// A page without a page of its own (Pageless) has no terms.
func (s *Site) keepsName(t *Term, p *Page, has func(q *Page) bool, spell func(q *Page) string) bool {
	var first *Page
	for _, q := range s.Pages {
		if q != p && (first == nil || q.Doc.File < first.Doc.File) && has(q) {
			first = q
		}
	}
	return first != nil && spell(first) == t.Name
}

// tagSpelling is how page q writes tag t: the first of its tags with
// t's slug.
func tagSpelling(q *Page, t *Term) string {
	for _, name := range q.Doc.Tags {
		if content.Slugify(name) == t.Slug {
			return name
		}
	}
	return ""
}
