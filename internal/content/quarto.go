package content

import (
	"path"
	"strings"
)

// listing reads Quarto's "listing:" front matter: the page lists the
// pages of folders, as Quarto writes the listing below the page's text.
// lectern's own index does that, so the page introduces it (Intro),
// and ListDirs are the folders, relative to the content folder, whose
// pages it lists. Quarto takes them from "contents" (a folder, a glob
// or a list of them, relative to the page), by default the page's own
// folder. A field named listing that is none of Quarto's shapes (a
// string other than its listing types, a number) is left in Params.
func listing(doc *Document) {
	v, ok := doc.Params["listing"]
	if !ok {
		return
	}
	var contents []string
	var sort any
	switch v := v.(type) {
	case map[string]any:
		contents = listingContents(v["contents"])
		sort = v["sort"]
	case []any:
		for i, l := range v {
			m, ok := l.(map[string]any)
			if !ok {
				return
			}
			contents = append(contents, listingContents(m["contents"])...)
			if i == 0 {
				sort = m["sort"] // lectern shows one list: the first's order
			}
		}
	case bool:
		if !v {
			return
		}
	case string:
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "default", "grid", "table":
		default:
			return
		}
	default:
		return
	}
	doc.Intro = true
	doc.ListSort = listingSort(sort)
	dir := path.Dir(doc.Path)
	for _, c := range contents {
		if d, ok := listingDir(dir, c); ok {
			doc.ListDirs = append(doc.ListDirs, d)
		}
	}
	if len(doc.ListDirs) == 0 {
		doc.ListDirs = []string{dir}
	}
}

// listingSort reads a listing's sort: "date desc", a list of such keys,
// or false for the order of its files. Quarto lists newest first when
// the listing says nothing, and a key with no direction is ascending.
func listingSort(v any) []SortKey {
	var keys []string
	switch v := v.(type) {
	case nil:
		return []SortKey{{Field: "date", Desc: true}}
	case bool:
		if !v {
			return []SortKey{{Field: "file"}}
		}
		return []SortKey{{Field: "date", Desc: true}}
	case string:
		keys = []string{v}
	case []any:
		for _, k := range v {
			if k, ok := k.(string); ok {
				keys = append(keys, k)
			}
		}
	}
	var out []SortKey
	for _, k := range keys {
		f := strings.Fields(strings.ToLower(k))
		if len(f) == 0 {
			continue
		}
		out = append(out, SortKey{Field: f[0], Desc: len(f) > 1 && f[1] == "desc"})
	}
	if len(out) == 0 {
		return []SortKey{{Field: "date", Desc: true}}
	}
	return out
}

// listingContents reads a listing's contents: a string or a list of them
// (a list item may also be a map, Quarto's inline listing items, which
// name no folder).
func listingContents(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, s := range v {
			if s, ok := s.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// listingDir is the folder, relative to the content folder, that a
// listing's contents entry c names from the folder dir: the part of a
// glob before its first wildcard ("posts/*.qmd" is posts), a folder, or
// the folder of a file. A path leaving the content folder, or the
// folder's own index, names no folder of its own.
func listingDir(dir, c string) (string, bool) {
	c = strings.TrimSpace(c)
	if c == "" || strings.HasPrefix(c, "!") {
		return "", false // an exclusion
	}
	if i := strings.IndexAny(c, "*?[{"); i >= 0 {
		c = c[:i]
		if j := strings.LastIndexByte(c, '/'); j >= 0 {
			c = c[:j]
		} else {
			c = ""
		}
	} else if path.Ext(c) != "" {
		c = path.Dir(c)
	}
	var p string
	if strings.HasPrefix(c, "/") {
		p = path.Clean(strings.TrimPrefix(c, "/"))
	} else {
		p = path.Join(dir, c)
	}
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", false
	}
	return p, true
}

// isPandoc reports whether file is a Quarto or R Markdown document,
// whose front matter is Pandoc's.
func isPandoc(file string) bool {
	ext := strings.ToLower(path.Ext(file))
	return ext == ".qmd" || ext == ".rmd" || ext == ".ipynb"
}

// isRootIndex reports whether p, relative to the content folder, is the
// markdown index file at its top (index.md, index.qmd…).
func isRootIndex(p string) bool {
	if strings.Contains(p, "/") {
		return false
	}
	ext := strings.ToLower(path.Ext(p))
	if !strings.EqualFold(strings.TrimSuffix(p, path.Ext(p)), "index") {
		return false
	}
	switch ext {
	case ".mdx", ".qmd", ".rmd":
		return true
	}
	return IsMarkdown(p)
}
