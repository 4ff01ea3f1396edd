package render

import (
	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// talks adds the paginated index of the talks at the folder of their
// permalink ("/talks/"), in programme order as the home page lists
// them, when the permalink has a folder and the site has talks. Breaks
// without a page of their own are left out: the index lists pages, and
// its count says how many talks there are to see.
func (b *jobs) talks() {
	b.sectionIndex(content.KindTalk, talksURL(b.s), listedTalks(b.s))
}

// listedTalks are the talks the talks index lists: neither hidden nor
// breaks without a page (view.Site.TalkCount counts them).
func listedTalks(s *site.Site) []*site.Page {
	var out []*site.Page
	for _, p := range s.Talks {
		if !p.Doc.Hidden && !p.Pageless {
			out = append(out, p)
		}
	}
	return out
}

// notes adds the paginated index of every note, newest first, when there
// are notes.
func (b *jobs) notes() {
	b.sectionIndex(content.KindNote, notesURL(b.s), visible(b.s.Notes))
}

// sectionIndex adds the paginated index of pages, of kind, at base with
// the template list.html. There is none for an empty list, nor where
// the author has a page of their own (see authored).
func (b *jobs) sectionIndex(kind content.Kind, base string, pages []*site.Page) {
	if len(pages) == 0 || base == "" || b.authored(base) {
		return
	}
	sec := view.SectionOf(kind, base)
	what := "the " + sec.Plural + " index"
	for _, pg := range paginate(pages, b.s.Config.Pagination.PerPage, base) {
		n := len(b.list)
		b.page("list", pg.Pager.URL, what, "", nil, true, func() *Data {
			d := b.base("list", pg.Pager.URL)
			d.Pager, d.Pages, d.Section = pg.Pager, b.views.Entries(pg.Items), sec
			return d.titled(sec.Title)
		})
		b.setReads(n, []Key{ChromeKey, pagerKey(sec.Plural, pg.Pager)}, entries(pg.Items))
	}
}

// authored reports whether a page of the author's, or a file they put
// there, is written at the root-relative link. A generated index steps
// aside for it, with no warning: a page the author wrote at a section's
// URL is that section's index, as in every generator, so the rule is
// the same on every build and there is nothing for the author to fix.
// Content pages are added first, so every one of them is known here.
func (b *jobs) authored(link string) bool {
	out := outputPath(link)
	if _, ok := b.assets[out]; ok {
		return true
	}
	i, ok := b.byPath[out]
	return ok && b.list[i].owner != ""
}
