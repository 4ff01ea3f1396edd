package render

import (
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
)

// termLink is where a menu link to a Hugo taxonomy's page leads in
// lectern: a link naming the folder Hugo gives a taxonomy's pages
// (config.Permalinks.TermFolders), "/categories/" or
// "/categories/machine-learning/", is the URL of the index or term that
// taxonomy is in lectern (categories are tags, at /tags/…), as Hugo
// writes its list there and lectern writes it elsewhere. "" when link is
// none such, a page of the site is at it, or the taxonomy has no such
// term.
func termLink(s *site.Site, link string) string {
	rest, ok := strings.CutPrefix(link, "/")
	if !ok || !strings.HasSuffix(link, "/") || strings.ContainsAny(link, "?#") {
		return ""
	}
	folder, term, _ := strings.Cut(strings.TrimSuffix(rest, "/"), "/")
	tax := taxonomyNamed(s, s.Config.Permalinks.TermFolders[folder])
	if tax == nil || len(tax.Terms) == 0 || strings.Contains(term, "/") {
		return ""
	}
	for _, p := range s.Pages {
		if p.URL == link && !p.Pageless {
			return ""
		}
	}
	if term == "" {
		return tax.URL
	}
	slug := content.TermSlug(term)
	for _, t := range tax.Terms {
		if t.Slug == slug {
			return t.URL
		}
	}
	return ""
}

// taxonomyNamed is the taxonomy of s named (plural), nil for none.
func taxonomyNamed(s *site.Site, name string) *site.Taxonomy {
	for _, t := range []*site.Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		if t != nil && t.Name == name {
			return t
		}
	}
	return nil
}
