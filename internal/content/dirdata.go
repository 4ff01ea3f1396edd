package content

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/diag"
)

// readDirData reads the directory data file at file (see
// Options.DirData) by its kind: Eleventy's JSON or JavaScript, or
// Quarto's _metadata.yml. A file of no kind gives nothing.
func readDirData(fsys fs.FS, file, root string) (Default, bool, diag.List) {
	lower := strings.ToLower(file)
	switch {
	case strings.HasSuffix(lower, ".json"):
		return dirDefault(fsys, file, root)
	case strings.HasSuffix(lower, ".11tydata.js"):
		return jsDirData(fsys, file, root)
	case strings.HasSuffix(lower, ".yml"), strings.HasSuffix(lower, ".yaml"):
		return quartoMetadata(fsys, file, root)
	}
	return Default{}, false, nil
}

// dirDefault reads the directory data file at file (Eleventy's
// talks/talks.json, see Options.DirData) as a Default for the pages of
// its folder, or a template data file (talks/intro.json) as one for the
// page of its name; root is the content folder it was found in. It returns
// false when the file gives nothing lectern can apply: a list, say, is
// data for templates and no one's defaults. A file that does not parse
// is a warning: Eleventy would stop there, lectern builds the pages
// without its values.
func dirDefault(fsys fs.FS, file, root string) (Default, bool, diag.List) {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		var diags diag.List
		diags.Errorf(diag.Pos{File: file}, "cannot read: %v", err)
		return Default{}, false, diags
	}
	n, diags := jsonData(file, src)
	if n == nil || n.kind != mapNode {
		for i := range diags {
			diags[i].Severity = diag.Warning
			diags[i].Msg += "; the pages of this folder are built without this directory data until it parses"
		}
		return Default{}, false, diags
	}
	values := &node{kind: mapNode, pos: n.pos}
	for _, e := range n.keys {
		if appliedDirData(e) {
			values.keys = append(values.keys, e)
		}
	}
	if c := n.get("eleventyComputed"); c != nil && c.kind == mapNode {
		// Computed data written as text is a template Eleventy renders
		// for each page: a permalink of the page's file slug reads as
		// one written plainly.
		for _, e := range c.keys {
			if strings.EqualFold(e.key, "permalink") && e.val.kind == scalarNode && appliedDirData(e) && values.get("permalink") == nil {
				values.keys = append(values.keys, e)
			}
		}
	}
	var collections []string
	if t := n.get("tags"); t != nil {
		collections = textItems(t)
	}
	if len(values.keys) == 0 && len(collections) == 0 {
		return Default{}, false, diags
	}
	rel := relPath(file, root)
	dir, name := path.Dir(rel), path.Base(rel)
	stem := strings.TrimSuffix(strings.TrimSuffix(name, path.Ext(name)), ".11tydata")
	if stem == path.Base(dir) {
		return Default{scope: dir, values: values, collections: collections}, true, diags
	}
	// Template data: the page of its name, whatever its extension.
	return Default{scope: path.Join(dir, stem), page: true, values: values, collections: collections}, true, diags
}

// appliedDirData reports whether a key of directory data is applied to
// the pages of its folder. Its tags name the Eleventy collections the
// pages are in, which lectern's kinds already are, not subjects a
// reader would browse; a permalink written in template code lectern
// cannot read (see templatePermalink) and Eleventy's own settings
// (eleventyComputed…) are code lectern does not run.
func appliedDirData(e entry) bool {
	k := strings.ToLower(e.key)
	switch {
	case k == "tags", strings.HasPrefix(k, "eleventy"):
		return false
	case k == "permalink" && e.val.kind == scalarNode && isTemplateCode(e.val.text):
		_, ok := templatePermalink(e.val.text)
		return ok
	}
	return true
}

// textItems are the texts of a scalar or of a list's scalars: a tags
// value written as "schedule" or ["schedule", "talks"].
func textItems(n *node) []string {
	var out []string
	switch n.kind {
	case scalarNode:
		if n.tag != tagNull && strings.TrimSpace(n.text) != "" {
			out = append(out, strings.TrimSpace(n.text))
		}
	case listNode:
		for _, it := range n.items {
			out = append(out, textItems(it)...)
		}
	}
	return out
}

// dirCollections are the collections the directory data applying to
// the page at p files it into: its tags ("tags": "schedule" in
// schedule/schedule.json). The page's own tags repeat them to be sure;
// they stay collections, not subjects.
func dirCollections(defaults []Default, p string) []string {
	var out []string
	typ := docType(p)
	for _, d := range defaults {
		if len(d.collections) > 0 && d.applies(p, typ) {
			out = append(out, d.collections...)
		}
	}
	return out
}
