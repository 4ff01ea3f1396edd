package content

import (
	"io/fs"
	"path"
	"regexp"
	"strings"

	"lectern/internal/diag"
)

// listing reads Quarto's "listing:" front matter: the page lists the
// pages of folders, as Quarto writes the listing below the page's text.
// lectern's own index does that, so the page introduces it (Intro),
// and ListDirs are the folders, relative to the content folder, whose
// pages it lists. Quarto takes them from "contents" (a folder, a glob
// or a list of them, relative to the page), by default the page's own
// folder. In an R Markdown file, distill's "listing: posts" names a
// collection, whose documents are in the folder _posts at the top. A
// field named listing that is none of these shapes (a string other than
// Quarto's listing types, a number) is left in Params.
func listing(doc *Document) {
	v, ok := doc.Params["listing"]
	if !ok {
		return
	}
	var contents []string
	var sort any
	ids := map[string]bool{}
	switch v := v.(type) {
	case map[string]any:
		contents = listingContents(v["contents"])
		sort = v["sort"]
		if id, ok := v["id"].(string); ok {
			ids[id] = true
		}
	case []any:
		for i, l := range v {
			m, ok := l.(map[string]any)
			if !ok {
				return
			}
			if id, ok := m["id"].(string); ok {
				ids[id] = true
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
		switch name := strings.TrimSpace(v); strings.ToLower(name) {
		case "default", "grid", "table":
		default:
			// distill's listing names a collection of the site
			// (listing: posts), whose documents are in its folder
			// _posts at the top.
			if strings.ToLower(path.Ext(doc.Path)) != ".rmd" || !collectionName.MatchString(name) {
				return
			}
			contents = []string{"/_" + name}
		}
	default:
		return
	}
	doc.Intro = true
	doc.Body = dropListingPlaces(doc.Body, ids)
	doc.EditExtra().ListSort = listingSort(sort)
	dir := path.Dir(doc.Path)
	for _, c := range contents {
		if d, ok := listingDir(dir, c); ok {
			e := doc.EditExtra()
			e.ListDirs = append(e.ListDirs, d)
		}
	}
	if len(doc.Extras().ListDirs) == 0 {
		doc.EditExtra().ListDirs = []string{dir}
	}
}

// collectionName matches the name of a distill collection ("posts").
var collectionName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)

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

// pandocTitle reads the title of a Quarto or R Markdown page as Pandoc
// does, as markdown, into the text lectern shows it as wherever it
// appears (a heading, a list, a feed, a tab's title) and derives a slug
// from: a link is its text ("Keynote at [DataConf](…)", as talk pages
// name their event), code and emphasis their words.
func pandocTitle(doc *Document) { doc.Title = headingText(doc.Title) }

// pandocSubtitle reads the subtitle, kept in Params, as pandocTitle
// reads the title: themes show it as text.
func pandocSubtitle(doc *Document) {
	if s, ok := doc.Params["subtitle"].(string); ok {
		doc.Params["subtitle"] = headingText(s)
	}
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

// Execute is the default of a page's executable cells (```{r}), which a
// cell's own options override. The zero value shows their code.
type Execute struct {
	// NoEcho is "echo: false": the cells' code is not shown.
	NoEcho bool
	// NoInclude is "include: false": neither code nor output is shown.
	NoInclude bool
}

// execute reads Quarto's "execute:" mapping (echo: false, include:
// false) of a Quarto or R Markdown document, whose directory and project
// defaults are merged into its front matter already; it stays in Params.
// echo: fenced shows the code, as the default does.
func execute(doc *Document, pandoc bool) {
	m, ok := doc.Params["execute"].(map[string]any)
	if !pandoc || !ok {
		return
	}
	if x := (Execute{NoEcho: m["echo"] == false, NoInclude: m["include"] == false}); x != (Execute{}) || doc.Extra != nil {
		doc.EditExtra().Execute = x
	}
}

// quartoMetadata reads Quarto's directory metadata, the _metadata.yml at
// file (root is the content folder it was found in), as a Default for
// every page below its folder: Quarto merges it into their front matter,
// a deeper folder's winning, mappings (execute:) merged key by key. A
// file that does not parse is a warning, the pages built without it.
func quartoMetadata(fsys fs.FS, file, root string) (Default, bool, diag.List) {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{File: file}, "cannot read: %v", err)
		return Default{}, false, diags
	}
	n, diags := yamlValue(file, src, 1, dataFile)
	if n == nil || n.kind != mapNode || len(n.keys) == 0 {
		for i := range diags {
			diags[i].Severity = diag.Warning
			diags[i].Msg += "; the pages of this folder are built without this metadata until it parses"
		}
		return Default{}, false, diags
	}
	dir := path.Dir(relPath(file, root))
	if dir == "." {
		dir = ""
	}
	return Default{scope: dir, values: n}, true, diags
}

// QuartoDefaults reads the execute: mapping of a Quarto project's
// _quarto.yml (file is its name, src its text) as a Default of every
// page, below any folder's _metadata.yml and the page's own front
// matter. The project's other keys are the site's settings, read by
// layout, not pages' values. A config that cannot be parsed gives none:
// the config's reader reports it.
func QuartoDefaults(file string, src []byte) []Default {
	root, _ := yamlValue(file, src, 1, dataFile)
	if root == nil || root.kind != mapNode {
		return nil
	}
	i := findKey(root.keys, "execute")
	if i < 0 || root.keys[i].val == nil || root.keys[i].val.kind != mapNode {
		return nil
	}
	return []Default{{values: &node{kind: mapNode, pos: root.pos, keys: []entry{root.keys[i]}}}}
}
