package site

import (
	"strings"

	"lectern/internal/content"
)

// LayoutPage is a page its layout makes, which lectern leaves out
// (content.Set.Made): nothing is written at its URL, so a link to it
// leads to what stands in for it, or nowhere.
type LayoutPage struct {
	// File is the page's file, from the site's folder.
	File string
	// Path is the page's path in its content folder (Doc.Path).
	Path string
	// Layout is the layout that makes it, as written.
	Layout string
	// URL is where the page would have been published.
	URL string
	// Lists is the kind whose pages it lists (content.ListedKind), ""
	// when lectern cannot tell.
	Lists content.Kind
	// OwnList is set when lectern makes its own list at such a page's
	// URL (content.OwnList: tags, search…).
	OwnList bool
	// Title is the page's title, which names a link to it.
	Title string
	// Menu is the page's own menu field as written (Hugo's "menu:
	// main"), nil for none: a theme's archives or search page puts
	// itself in the navigation (Stack's), where its link leads to what
	// stands in for it.
	Menu any
}

// layoutPages places the pages made by their layouts where they would
// have been published, as a page of theirs would be (pageURL), but for
// drafts that are not built.
func (b *builder) layoutPages(docs []*content.Document, drafts bool) {
	for _, d := range docs {
		if LeftOut(d, drafts) {
			continue
		}
		p := &Page{Doc: *d, source: d}
		l, _ := d.Params["layout"].(string)
		k, _ := content.ListedKind(d)
		lp := LayoutPage{File: d.File, Path: d.Path, Layout: l, URL: b.pageURL(p), Lists: k, OwnList: content.OwnList(l), Title: d.Title}
		for key, v := range d.Params {
			if strings.EqualFold(key, "menu") || strings.EqualFold(key, "menus") {
				lp.Menu = v
			}
		}
		b.site.LayoutPages = append(b.site.LayoutPages, lp)
	}
}
