package site

import (
	"cmp"
	"maps"
	"path"
	"slices"
	"strings"

	"lectern/internal/markdown"
)

// The Liquid of an Eleventy page's markdown sees Eleventy's data cascade:
// each global data file by its name (_data/sponsors.json is sponsors),
// the page's own front matter, page (url, fileSlug, date…), and
// collections: all, and one per tag, each item with its url, date and
// data. Eleventy files a page into a collection by its tags, most often
// given by its folder's directory data, which lectern reads for the
// URL alone; so a page is also in the collection named after its
// folder (talks/a.md in collections.talks). As for Jekyll, no page's
// content is there. See docs/template-tags.md.

// makeEleventy builds the variables every page shares.
func (l *liquidSite) makeEleventy(s *Site) {
	l.pages = make(map[*Page]map[string]any, len(s.Pages))
	vars := map[string]any{}
	for k, v := range s.Data {
		vars[k] = v
	}
	vars = markdown.LiquidDates(vars).(map[string]any)
	collections := map[string]any{}
	var all []any
	ps := slices.Clone(s.Pages)
	// Eleventy sorts a collection by date, then by input path.
	slices.SortStableFunc(ps, func(a, b *Page) int {
		return cmp.Or(a.Doc.Date.Compare(b.Doc.Date), strings.Compare(a.Doc.File, b.Doc.File))
	})
	for _, p := range ps {
		front := p.Doc.Front
		if front == nil {
			front = p.Doc.Params
		}
		data := maps.Clone(front)
		if data == nil {
			data = map[string]any{}
		}
		if _, ok := data["title"]; !ok {
			data["title"] = p.Doc.Title
		}
		pv := eleventyPage(p)
		data["page"] = pv
		item := map[string]any{"url": p.URL, "date": p.Doc.Date, "fileSlug": pv["fileSlug"], "inputPath": pv["inputPath"],
			"filePathStem": pv["filePathStem"], "data": data, "page": pv}
		// Dates compare and sort, as in Jekyll's Liquid (liquid.go).
		item = markdown.LiquidDates(item).(map[string]any)
		l.pages[p] = item
		all = append(all, item)
		for _, c := range eleventyCollections(p) {
			collections[c] = append(asList(collections[c]), item)
		}
	}
	collections["all"] = all
	vars["collections"] = collections
	vars["eleventy"] = map[string]any{"generator": "lectern", "env": map[string]any{"runMode": "build"}}
	l.vars = vars
}

// eleventyBindings are the variables of p's Liquid: the shared ones, its
// front matter over them, and its page.
func (l *liquidSite) eleventyBindings(p *Page) map[string]any {
	b := maps.Clone(l.vars)
	item := l.pages[p]
	if item == nil {
		return b
	}
	for k, v := range item["data"].(map[string]any) {
		b[k] = v
	}
	b["page"] = item["page"]
	return b
}

// eleventyPage is Eleventy's page variable of p.
func eleventyPage(p *Page) map[string]any {
	file := p.Doc.File
	stem := strings.TrimSuffix(file, path.Ext(file))
	slug := path.Base(stem)
	if slug == "index" {
		slug = path.Base(path.Dir(stem))
	}
	return map[string]any{
		"url": p.URL, "date": p.Doc.Date, "inputPath": "./" + file, "fileSlug": slug,
		"filePathStem": "/" + stem, "outputFileExtension": "html",
	}
}

// eleventyCollections are the collections p is in: its tags as its front
// matter writes them, and its folder's name.
func eleventyCollections(p *Page) []string {
	var out []string
	switch t := p.Doc.Front["tags"].(type) {
	case string:
		out = append(out, strings.TrimSpace(t))
	case []any:
		for _, v := range t {
			if s, ok := v.(string); ok {
				out = append(out, s)
			}
		}
	}
	if d := path.Base(path.Dir(p.Doc.File)); d != "." && d != "" {
		out = append(out, d)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
