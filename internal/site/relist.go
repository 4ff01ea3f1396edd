package site

import (
	"cmp"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// The site's reading list merges the items of every page naming a work
// into one entry, the first page in file order leading (front matter
// items first, then links in prose): one page's items added, removed,
// edited or moved to another URL may change entries other pages show.
// The list is made of the pages' own items alone, in a few milliseconds
// at 10,000 talks, so an edit that changes items makes it again (relist)
// rather than building the model: Add and Remove of a page with items,
// Move of one, and Relist, an edit of a page's reading items alone (the
// links of its prose, its front matter items) with what Patch allows.

// relistFields are the fields of a document an edit may change for
// Relist: what Patch allows, the reading items, and where the fields
// after them are written.
var relistFields = append(slices.Clip(displayFields), "Items", "NoReading", "Fields", "BodyLine")

// Relist brings the page of doc's file up to date with an edit of its
// reading items (the links its prose lists, its front matter items,
// "reading: false"), with anything else Patch would patch, and makes the
// site's reading list again in place (see the comment above). last is
// the model's diagnostics as the session holds them: any of them naming
// the file must be among those the returned Patch swaps. ok is false,
// and the site untouched, when the edit changes no item (Patch is then
// the way) or more than Patch and the items may (a date, a tag, a slug:
// Move's), or Patch's checks refuse it: the caller must build the site
// again.
func (s *Site) Relist(doc *content.Document, md *markdown.Renderer, memo *Memo, last diag.List) (patch Patch, ok bool) {
	return s.patch(doc, md, memo, &last, forRelist)
}

// relist makes the site's reading list again from every page's own
// items, as Build's reading makes it: the entries, each page's Items and
// each item's Entry. It returns a function that puts the last list
// back. Pages no longer among the site's keep what they had.
func (s *Site) relist() (undo func()) {
	type held struct {
		p     *Page
		items []*ReadingEntry
		own   []PageItem
	}
	var saved []held
	var listing []*Page
	for _, p := range s.Pages {
		if len(p.Items) == 0 && len(p.OwnItems) == 0 {
			continue
		}
		listing = append(listing, p)
		saved = append(saved, held{p, p.Items, p.OwnItems})
		// The items are copied, not cleared in place: the last list's
		// entries stay as they were for undo.
		own := slices.Clone(p.OwnItems)
		for j := range own {
			own[j].Entry = nil
		}
		p.Items, p.OwnItems = nil, own
	}
	was, pages := s.Reading, s.Pages
	// Build merges the items in file order, before it sorts the pages
	// by URL; the records of a data file in the order written. The
	// pages without items add nothing: reading is given those with.
	slices.SortStableFunc(listing, func(a, b *Page) int {
		return cmp.Or(strings.Compare(a.Doc.File, b.Doc.File), cmp.Compare(a.Doc.Line, b.Doc.Line))
	})
	s.Pages = listing
	s.Reading = nil
	(&builder{cfg: s.Config, site: s}).reading()
	s.Pages = pages
	return func() {
		s.Reading = was
		for _, h := range saved {
			h.p.Items, h.p.OwnItems = h.items, h.own
		}
	}
}

// itemWarnings returns the warnings ownItems gives page p for the links
// found in its prose: those a page's items add to the model's
// diagnostics, which an edit changing them swaps.
func itemWarnings(p *Page, found []markdown.Link) diag.List {
	var diags diag.List
	ownItems(p, found, &diags, nil)
	return diags
}
