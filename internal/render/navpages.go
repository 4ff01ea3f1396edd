package render

import (
	"slices"

	"lectern/internal/config"
	"lectern/internal/site"
)

// navPages is the navigation of a site that names no menu but whose
// pages put themselves in it with "nav: true" (al-folio's and other
// Jekyll themes' way): those pages in the order of their nav_order (the
// unnumbered after, in the pages' order), led by the home page, which
// such themes always link first, named by its title. A page that is a
// dropdown of others (dropdown: true) is left out: the navigation is one
// row. nil when no page says nav: true.
func navPages(s *site.Site) []config.MenuItem {
	type navPage struct {
		p        *site.Page
		order    int
		numbered bool
	}
	var pages []navPage
	for _, p := range s.Pages {
		if p.Doc.Hidden || p.Pageless || p.URL == "" {
			continue
		}
		if on, _ := p.Doc.Params["nav"].(bool); !on {
			continue
		}
		if drop, _ := p.Doc.Params["dropdown"].(bool); drop {
			continue
		}
		n := navPage{p: p}
		switch v := p.Doc.Params["nav_order"].(type) {
		case int, int64, float64:
			n.order, n.numbered = intOf(v), true
		}
		pages = append(pages, n)
	}
	if len(pages) == 0 {
		return nil
	}
	// Liquid's sort puts the pages without the key last, the others'
	// ties in the pages' order.
	slices.SortStableFunc(pages, func(a, b navPage) int {
		switch {
		case a.numbered != b.numbered:
			if a.numbered {
				return -1
			}
			return 1
		case a.order < b.order:
			return -1
		case a.order > b.order:
			return 1
		}
		return 0
	})
	var out []config.MenuItem
	if home := homePage(s); home != nil && !slices.ContainsFunc(pages, func(n navPage) bool { return n.p == home }) {
		out = append(out, config.MenuItem{Page: home.Doc.File})
	}
	for _, n := range pages {
		out = append(out, config.MenuItem{Page: n.p.Doc.File})
	}
	return out
}

// homePage is the author's page at the site's root, with a title; nil
// when there is none.
func homePage(s *site.Site) *site.Page {
	for _, p := range s.Pages {
		if p.URL == "/" && p.Doc.Title != "" && !p.Doc.Hidden && !p.Pageless {
			return p
		}
	}
	return nil
}
