package site

import (
	"cmp"
	"slices"
	"strings"

	"lectern/internal/content"
)

// A page given other tags changes the tags' lists of pages and, when a
// tag is new to the site or the page was the last to have one, the list
// of tags; nothing else of the structure changes as long as no tag's
// name changes: a tag is named as the first page in file order wrote it.
// Move applies such an edit in place (retag): a new tag is made as Build
// makes it (named as the page writes it, its URL the tag pattern's) and
// takes its place among the tags (sorted as Build sorts them), and a tag
// no page has any longer leaves them. A tag written otherwise than it is
// named keeps its name when a page before in file order writes it as
// named (namedBefore). It refuses, for a build to do it, a tag written
// otherwise than it is named where the tag could take the page's
// spelling, one the page leaves that the next page in file
// order having it writes otherwise (it would take that spelling), a tag
// with no letters or digits (Build warns of it), a page that gave one
// tag twice, and a hidden page. The jobs are made again after a move,
// so a tag's pages and feed come and go with it.

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
	var terms, made, gone []*Term
	has := func(t *Term) func(q *Page) bool { return func(q *Page) bool { return slices.Contains(q.Tags, t) } }
	for _, name := range p.Doc.Tags {
		slug := content.TermSlug(name)
		t := bySlug[slug]
		if t == nil && slug != "" {
			// No page had it: no other has it now (a hidden page's tag
			// is a term too), so the page names it.
			t = &Term{Name: name, Slug: slug, URL: tagURL(s.Config.Permalinks, name, slug)}
			bySlug[slug] = t
			made = append(made, t)
		}
		// Names spelled as their tag are distinct: the loader drops a
		// name given twice, in any case; the last test is for safety.
		if t == nil || slices.Contains(terms, t) {
			return nil, false
		}
		if t.Name != name && !s.namedBefore(p, t, has(t), func(q *Page) string { return tagSpelling(q, t) }) {
			return nil, false
		}
		terms = append(terms, t)
	}
	for _, t := range old.Tags {
		// A page that gave a tag twice ("x", "x!") is twice in its list.
		if count(t.Pages, p) != 1 {
			return nil, false
		}
		if slices.Contains(terms, t) {
			continue
		}
		switch next := s.nextHaving(p, has(t)); {
		case next == nil:
			gone = append(gone, t)
		case tagSpelling(next, t) != t.Name && !s.backWrites(t.Name, func(d *content.Document) []string { return d.Tags }):
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
	if len(made) > 0 || len(gone) > 0 {
		was := s.Tags.Terms
		list := slices.DeleteFunc(slices.Clone(was), func(t *Term) bool { return slices.Contains(gone, t) })
		list = append(list, made...)
		// The order Build's taxonomy gives: by name folded, then slug,
		// which is one order whatever the list's before.
		sortFolded(list, func(t *Term) string { return t.Name }, func(a, b *Term) int { return strings.Compare(a.Slug, b.Slug) })
		s.Tags.Terms = list
		undos = append(undos, func() { s.Tags.Terms = was })
	}
	p.Tags = terms
	return undo, true
}

// namedBefore reports whether term t keeps its name whatever page p
// writes: a page before p in file order has it and writes it as t is
// named (spelling gives how a page writes it), and Build names a term
// as the first page in file order writes it.
func (s *Site) namedBefore(p *Page, t *Term, has func(q *Page) bool, spelling func(q *Page) string) bool {
	first := s.nextHaving(p, has)
	return first != nil && first.Doc.File < p.Doc.File && spelling(first) == t.Name
}

// nextHaving returns the first page in file order but p of which has
// holds, nil for none.
func (s *Site) nextHaving(p *Page, has func(q *Page) bool) *Page {
	var first *Page
	for _, q := range s.Pages {
		if q != p && (first == nil || q.Doc.File < first.Doc.File) && has(q) {
			first = q
		}
	}
	return first
}

// tagSpelling is how page q writes tag t: the first of its tags with
// t's slug.
func tagSpelling(q *Page, t *Term) string {
	for _, name := range q.Doc.Tags {
		if content.TermSlug(name) == t.Slug {
			return name
		}
	}
	return ""
}
