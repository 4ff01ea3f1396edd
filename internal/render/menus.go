package render

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
)

// authorMenu is the navigation the author wrote: config.toml's [[menu]]
// or another tool's menus (config.Config.Menu, read by layout), with the
// pages that put themselves in it (pageMenus), in the order of their
// weights; nil when there is none. A link to a page's file goes to its
// URL and is named by its title unless named; one naming no page of the
// site is left out, with a warning, as it would lead nowhere; one naming
// a top folder of the content that has no intro of its own leads to the
// folder's section list, where the site has them (sectionRef); one
// naming a page its layout makes, which lectern leaves out, leads to
// lectern's own list of what the page listed (standIn) or is left out,
// with a warning. Without
// either, the pages that say nav: true are the menu (navPages).
func authorMenu(s *site.Site) ([]MenuLink, diag.List) {
	items := append(slices.Clone(s.Config.Menu), pageMenus(s)...)
	if len(items) == 0 {
		items = navPages(s)
	}
	if len(items) == 0 {
		return nil, nil
	}
	slices.SortStableFunc(items, func(a, b config.MenuItem) int { return weightOrder(a.Weight, b.Weight) })
	var diags diag.List
	var byRef map[string]*site.Page
	out := make([]MenuLink, 0, len(items))
	for _, it := range items {
		link := MenuLink{Name: it.Name, URL: it.URL}
		if lp := layoutPageOf(s, it); lp != nil {
			url := standIn(s, lp)
			if url == "" {
				diags.Warnf(it.Pos, "the navigation links to %q, the page of %s, which its layout (%s) makes and lectern leaves out: the link is left out; give the page a body, or link another URL", cmp.Or(it.URL, it.Page), lp.File, lp.Layout)
				continue
			}
			link.URL = url
		} else if u := cmp.Or(slashURL(s, it.URL), termLink(s, it.URL)); u != "" {
			link.URL = u
		} else if it.Page != "" {
			if byRef == nil {
				byRef = pageRefs(s)
			}
			p := byRef[refKey(it.Page)]
			switch url, title, isSection := sectionRef(s, it.Page); {
			case p != nil:
				link.URL = p.URL
				if link.Name == "" {
					link.Name = p.Doc.Title
				}
			case isSection:
				link.URL = url
				if link.Name == "" {
					link.Name = title
				}
			default:
				diags.Warnf(it.Pos, "the navigation links to %q, which is no page of this site: the link is left out; correct the path, or link a URL", it.Page)
				continue
			}
		}
		if link.Name == "" {
			link.Name = link.URL
		}
		out = append(out, link)
	}
	return out, diags
}

// weightOrder orders menu weights as Hugo does: ascending, 0 (none)
// last, ties as written.
func weightOrder(a, b int) int {
	switch {
	case a == b:
		return 0
	case a == 0:
		return 1
	case b == 0:
		return -1
	case a < b:
		return -1
	}
	return 1
}

// pageMenus are the pages that put themselves in the main navigation,
// in the pages' order: Hugo's "menu: main" (or a list or table naming
// main, whose name and weight it may set) and Eleventy's
// eleventyNavigation (key and order) without a parent. Hidden pages are
// in no menu.
func pageMenus(s *site.Site) []config.MenuItem {
	var out []config.MenuItem
	for _, p := range s.Pages {
		if p.Doc.Hidden || p.Pageless || p.URL == "" {
			continue
		}
		for k, v := range p.Doc.Params {
			switch strings.ToLower(k) {
			case "menu", "menus":
				if it, ok := hugoPageMenu(v); ok {
					it.Page = p.Doc.File
					out = append(out, it)
				}
			case "eleventynavigation":
				m, _ := v.(map[string]any)
				if m == nil || m["parent"] != nil {
					continue
				}
				it := config.MenuItem{Page: p.Doc.File, Weight: intOf(m["order"])}
				it.Name, _ = m["key"].(string)
				if title, ok := m["title"].(string); ok && title != "" {
					it.Name = title
				}
				out = append(out, it)
			}
		}
	}
	for _, lp := range s.LayoutPages {
		// A page its layout makes is left out, but its menu entry
		// stays: the link leads to its URL, where authorMenu finds
		// what stands in for it.
		if lp.Menu == nil {
			continue
		}
		if it, ok := hugoPageMenu(lp.Menu); ok {
			it.URL, it.Pos = lp.URL, diag.Pos{File: lp.File, Line: 1, Col: 1}
			if it.Name == "" {
				it.Name = lp.Title
			}
			out = append(out, it)
		}
	}
	return out
}

// hugoPageMenu reads a page's Hugo menu field: "main", a list holding
// "main", or a table whose main entry may set name and weight.
func hugoPageMenu(v any) (config.MenuItem, bool) {
	switch v := v.(type) {
	case string:
		return config.MenuItem{}, strings.EqualFold(v, "main")
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok && strings.EqualFold(s, "main") {
				return config.MenuItem{}, true
			}
		}
	case map[string]any:
		for k, e := range v {
			if !strings.EqualFold(k, "main") {
				continue
			}
			var it config.MenuItem
			if m, ok := e.(map[string]any); ok {
				for mk, mv := range m {
					switch strings.ToLower(mk) {
					case "name":
						it.Name, _ = mv.(string)
					case "weight":
						it.Weight = intOf(mv)
					case "parent":
						if mv != nil && mv != "" {
							return it, false
						}
					}
				}
			}
			return it, true
		}
	}
	return config.MenuItem{}, false
}

// intOf is a front matter number as an int, 0 for anything else.
func intOf(v any) int {
	switch v := v.(type) {
	case int:
		return v
	case int64:
		return int(v)
	case float64:
		return int(v)
	}
	return 0
}

// pageRefs finds the pages by the ways menus name their files: the path
// from the site's folder or from the content folder, with or without
// its extension, and a folder for its index or _index file.
func pageRefs(s *site.Site) map[string]*site.Page {
	out := make(map[string]*site.Page, 4*len(s.Pages))
	add := func(k string, p *site.Page) {
		if _, taken := out[k]; !taken {
			out[k] = p
		}
	}
	for _, p := range s.Pages {
		if p.Doc.Hidden || p.Pageless || p.URL == "" {
			continue
		}
		for _, f := range []string{p.Doc.File, p.Doc.Path} {
			add(refKey(f), p)
			stem := strings.TrimSuffix(f, path.Ext(f))
			add(refKey(stem), p)
			if base := strings.ToLower(path.Base(stem)); base == "index" || base == "_index" {
				add(refKey(path.Dir(stem)), p)
			}
		}
	}
	return out
}

// refKey is how a page reference is compared: without a leading "./" or
// "/", a trailing "/", or case.
func refKey(ref string) string {
	ref = strings.TrimPrefix(strings.TrimSpace(ref), "./")
	return strings.ToLower(strings.Trim(ref, "/"))
}

// sectionRef is the URL and title of the section list (see folderList)
// of the top content folder that ref names, as Hugo's pageRef = "posts"
// names the section of content/posts/ whether or not it has an
// _index.md; ok is false when the site has no section lists or no
// page below such a folder.
func sectionRef(s *site.Site, ref string) (url, title string, ok bool) {
	dir := refKey(ref)
	if !s.Config.SectionLists || dir == "" || strings.Contains(dir, "/") {
		return "", "", false
	}
	for _, p := range s.Pages {
		top, _, below := strings.Cut(p.Doc.Path, "/")
		if !below || strings.ToLower(top) != dir || p.Doc.Hidden || p.Pageless || p.URL == "" {
			continue
		}
		if slug := p.Doc.Names.Part(top); slug != "" {
			return site.EscapePath("/" + slug + "/"), content.FolderTitle(top), true
		}
	}
	return "", "", false
}

// slashURL is the URL of the page at link with a slash after it, for a
// link to a page written without its final slash and extension (Beautiful
// Jekyll's navbar-links: aboutme, read as /aboutme), which Jekyll's host
// serves from aboutme.html and lectern writes at /aboutme/; "" when link
// is none such, or no page is there.
func slashURL(s *site.Site, link string) string {
	if !strings.HasPrefix(link, "/") || strings.HasSuffix(link, "/") || strings.ContainsAny(link, "?#") || path.Ext(link) != "" {
		return ""
	}
	want := link + "/"
	for _, p := range s.Pages {
		if p.URL == want && !p.Doc.Hidden && !p.Pageless {
			return p.URL
		}
	}
	return ""
}
