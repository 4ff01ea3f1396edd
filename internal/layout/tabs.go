package layout

import (
	"bytes"
	"cmp"
	"io/fs"
	"math"
	"path"
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// tabsMenu is the navigation of a Jekyll site that declares a tabs
// collection, as Chirpy's sites do (collections: tabs: {output: true,
// sort_by: order}): its sidebar links each page of _tabs, in the order
// of their order field (the unnumbered after, by file name), named by
// its title, else by its file's name (about.md is About), as the theme's
// locale names the tabs it ships. A tab its layout makes (categories,
// tags, archives) leads to lectern's own list, as any menu link to such
// a page does. dir is the folder of the site's collections.
func (f *foreign) tabsMenu(fsys fs.FS, m map[string]any, dir string) []config.MenuItem {
	if _, ok := collectionMap(m["collections"])["tabs"]; !ok {
		return nil
	}
	tabs := path.Join(dir, "_tabs")
	entries, err := fs.ReadDir(fsys, tabs)
	if err != nil {
		return nil
	}
	type tab struct {
		item  config.MenuItem
		order float64
	}
	var list []tab
	for _, e := range entries {
		if e.IsDir() || !content.IsMarkdown(e.Name()) && path.Ext(e.Name()) != ".html" {
			continue
		}
		file := path.Join(tabs, e.Name())
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			continue
		}
		front := tabFront(file, src)
		if b, ok := front["published"].(bool); ok && !b {
			continue
		}
		name := str(front["title"])
		if name == "" {
			name = capitalized(strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
		}
		order := math.Inf(1)
		switch v := front["order"].(type) {
		case int:
			order = float64(v)
		case float64:
			order = v
		}
		list = append(list, tab{config.MenuItem{Name: name, Page: file, Pos: diag.Pos{File: file, Line: 1, Col: 1}}, order})
	}
	slices.SortStableFunc(list, func(a, b tab) int {
		return cmp.Or(cmp.Compare(a.order, b.order), strings.Compare(a.item.Page, b.item.Page))
	})
	items := make([]config.MenuItem, len(list))
	for i, t := range list {
		items[i] = t.item
	}
	return items
}

// tabFront is the YAML front matter of a tab's file, nil when it has
// none or it does not parse (the content loader reports it).
func tabFront(file string, src []byte) map[string]any {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	rest, ok := bytes.CutPrefix(src, []byte("---\n"))
	if !ok {
		return nil
	}
	end := bytes.Index(rest, []byte("\n---"))
	if end < 0 {
		return nil
	}
	var front map[string]any
	if unmarshalYAML(file, rest[:end+1], &front, nil) != nil {
		return nil
	}
	return front
}
