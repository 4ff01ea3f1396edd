package content

import (
	"path"
	"slices"
	"strings"

	"lectern/internal/diag"
)

// Default is one entry of a Jekyll site's front matter defaults (the
// defaults: list of _config.yml): values that every page in its scope
// has unless its own front matter sets them. Read them with
// ReadDefaults; Options.Defaults applies them.
type Default struct {
	scope string // a folder or file from the source folder, or a glob; "" is every page
	typ   string // "pages", "posts" or a collection's name; "" is every type
	// pagesOnly marks a Hugo cascade, which lectern applies to the pages
	// below its section and not to section pages (_index.md), its own
	// included: those are lists, whose kind a cascaded type must not
	// change.
	pagesOnly bool
	// page makes scope one page's path without its extension (Eleventy's
	// template data, talks/intro.json for talks/intro.md).
	page bool
	// values is a mapping node read from the config file: its positions
	// name the config's lines, so a bad value is found where it is
	// written. It is shared by every page and never modified.
	values *node
	// collections are the tags of Eleventy's directory data, which file
	// the pages of its scope into collections (see dirCollections).
	collections []string
}

// ReadDefaults reads the defaults: list of a Jekyll config (file is its
// name, src its text). A config that cannot be parsed gives no defaults
// and no diagnostics: the config's own reader reports it. An entry of
// the wrong shape is a warning and is left out.
func ReadDefaults(file string, src []byte) ([]Default, diag.List) {
	root, _ := yamlValue(file, src, 1, dataFile)
	list := root.get("defaults")
	if list.isNull() {
		return nil, nil
	}
	var diags diag.List
	if list.kind != listNode {
		diags.Warnf(list.pos, "defaults is %s, not a list; write each default as a list item with scope: and values:, or delete it", list.shape())
		return nil, diags
	}
	var out []Default
	for _, it := range list.items {
		values := it.get("values")
		if it.kind != mapNode || values == nil || values.kind != mapNode {
			diags.Warnf(it.pos, "this default has no values: mapping, so it is left out; write it as scope: {path: \"\", type: posts} and values: {layout: post}")
			continue
		}
		d := Default{values: values}
		if sc := it.get("scope"); sc != nil {
			if sc.kind != mapNode && !sc.isNull() {
				diags.Warnf(sc.pos, "scope is %s, not a mapping; this default is left out; write scope: {path: \"_talks\", type: talks}", sc.shape())
				continue
			}
			if p := sc.get("path"); p != nil && p.kind == scalarNode && !p.isNull() {
				d.scope = strings.Trim(p.text, "/")
				d.scope = strings.TrimPrefix(d.scope, "./")
			}
			if t := sc.get("type"); t != nil && t.kind == scalarNode && !t.isNull() {
				d.typ = jekyllType(t.text)
			}
		}
		out = append(out, d)
	}
	return out, diags
}

// jekyllType is Jekyll's name for a type of scope, whose singular forms
// it still reads.
func jekyllType(t string) string {
	switch t = strings.TrimSpace(t); t {
	case "page", "post", "draft":
		return t + "s"
	}
	return t
}

// docType is the Jekyll type of the page at p (relative to the source
// folder): posts in a _posts folder at any depth, drafts in _drafts, a
// collection's name in its _name folder at the top, else pages.
func docType(p string) string {
	dirs := strings.Split(path.Dir(p), "/")
	for _, d := range dirs {
		switch d {
		case "_posts":
			return "posts"
		case "_drafts":
			return "drafts"
		}
	}
	if len(dirs[0]) > 1 && dirs[0][0] == '_' {
		return dirs[0][1:]
	}
	return "pages"
}

// applies reports whether d's scope holds the page at p of type typ.
func (d Default) applies(p, typ string) bool {
	if d.typ != "" && d.typ != typ && !(d.typ == "posts" && typ == "drafts") || d.pagesOnly && isSectionFile(p) {
		return false
	}
	if d.page {
		return strings.TrimSuffix(p, path.Ext(p)) == d.scope
	}
	if d.scope == "" {
		return true
	}
	if !strings.Contains(d.scope, "*") {
		return p == d.scope || strings.HasPrefix(p, d.scope+"/")
	}
	// A glob names folders or files as the shell would: the page is in
	// scope when it, or a folder it is in, matches.
	parts := strings.Split(p, "/")
	n := strings.Count(d.scope, "/") + 1
	if n > len(parts) {
		return false
	}
	ok, _ := path.Match(d.scope, strings.Join(parts[:n], "/"))
	return ok
}

// outranks reports whether d's values win over those of o when both
// apply, as Jekyll decides: the longer path wins, then the one that
// names a type, then the one written later (d is later than o).
func (d Default) outranks(o Default) bool {
	if len(d.scope) != len(o.scope) {
		return len(d.scope) > len(o.scope)
	}
	return d.typ != "" || o.typ == ""
}

// withDefaults returns root (the page's own front matter, never nil)
// with the values of defaults that apply to the page at p added where
// root does not set them. root is returned as it is when none applies.
func withDefaults(root *node, defaults []Default, p string) *node {
	typ := docType(p)
	var merged *node
	var top Default
	first := true
	for _, d := range defaults {
		if !d.applies(p, typ) {
			continue
		}
		switch {
		case first:
			merged, top, first = d.values, d, false
		case d.outranks(top):
			merged, top = mergeMaps(d.values, merged), d
		default:
			merged = mergeMaps(merged, d.values)
		}
	}
	if merged == nil {
		return root
	}
	out := mergeMaps(root, merged)
	for i := len(root.keys); i < len(out.keys); i++ {
		out.keys[i].inherited = true
	}
	return out
}

// ownFields is root without the keys its defaults gave it: a value every
// page of a scope shares (a site's share image, its team as author) is
// nobody's own photo, bio or profile.
func ownFields(root *node) *node {
	if !slices.ContainsFunc(root.keys, func(e entry) bool { return e.inherited }) {
		return root
	}
	own := &node{kind: mapNode, pos: root.pos}
	for _, e := range root.keys {
		if !e.inherited {
			own.keys = append(own.keys, e)
		}
	}
	return own
}

// mergeMaps returns the mapping over with the keys of under that it does
// not set added after its own; a key both set to mappings is merged so
// too. Neither node is modified: both may be shared.
func mergeMaps(over, under *node) *node {
	out := &node{kind: mapNode, pos: over.pos, keys: make([]entry, 0, len(over.keys)+len(under.keys))}
	out.keys = append(out.keys, over.keys...)
	for _, u := range under.keys {
		i := findKey(out.keys, u.key)
		switch {
		case i < 0:
			out.keys = append(out.keys, u)
		case out.keys[i].val != nil && out.keys[i].val.kind == mapNode && u.val != nil && u.val.kind == mapNode:
			out.keys[i].val = mergeMaps(out.keys[i].val, u.val)
		}
	}
	return out
}

// findKey is the index of key in keys (case-insensitively, as fields
// reads them), or -1.
func findKey(keys []entry, key string) int {
	for i, e := range keys {
		if strings.EqualFold(e.key, key) {
			return i
		}
	}
	return -1
}

// JekyllPattern turns a Jekyll permalink pattern into lectern's pattern
// language, which holds Jekyll's tokens with Jekyll's values (see the
// site model's permalinks): :output_ext is .html, :collection the
// collection's name, :slugified_categories :categories; a pattern
// without a leading slash gets one, and one ending in a bare name gets
// .html, as Jekyll gives them.
func JekyllPattern(p, collection string) string {
	r := strings.NewReplacer(
		":slugified_categories", ":categories",
		":output_ext", ".html", ":collection", collection,
	)
	p = r.Replace(strings.TrimSpace(p))
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if strings.HasSuffix(p, "/") || path.Ext(p) != "" {
		return p
	}
	return p + ".html"
}

// collection is the name of the Jekyll collection the page at p is in
// (its top folder without the underscore), or "" outside one.
func collection(p string) string {
	top, _, ok := strings.Cut(p, "/")
	if !ok || len(top) < 2 || top[0] != '_' {
		return ""
	}
	return top[1:]
}
