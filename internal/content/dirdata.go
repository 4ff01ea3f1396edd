package content

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/diag"
)

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
	if len(values.keys) == 0 {
		return Default{}, false, diags
	}
	rel := relPath(file, root)
	dir, name := path.Dir(rel), path.Base(rel)
	stem := strings.TrimSuffix(strings.TrimSuffix(name, path.Ext(name)), ".11tydata")
	if stem == path.Base(dir) {
		return Default{scope: dir, values: values}, true, diags
	}
	// Template data: the page of its name, whatever its extension.
	return Default{scope: path.Join(dir, stem), page: true, values: values}, true, diags
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

// jsDataKey finds, on one line of a JavaScript data file, a key that
// lectern applies from JSON directory data and cannot from a program:
// permalink or layout, set as a property (permalink: (data) => …, as
// eleventyComputed writes it) or as a method (permalink(data) {…}).
var jsDataKey = regexp.MustCompile(`(?:^|[{,\s])["']?(permalink|layout)["']?\s*[:(]`)

// jsDirData reads Eleventy's JavaScript data file at file
// (sessions/sessions.11tydata.js), root the content folder it was found
// in, for the keys it sets that lectern would apply from a JSON one and
// cannot run: one warning, at the first such key, naming each with its
// line and saying what the pages get instead. A file setting neither is
// left alone without a word; its tags are collections lectern does not
// apply from JSON either.
func jsDirData(fsys fs.FS, file, root string) diag.List {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil
	}
	type found struct {
		key       string
		line, col int
	}
	var keys []found
	for i, line := range strings.Split(string(src), "\n") {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "//") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "/*") {
			continue
		}
		m := jsDataKey.FindStringSubmatchIndex(line)
		if m == nil || slices.ContainsFunc(keys, func(f found) bool { return f.key == line[m[2]:m[3]] }) {
			continue
		}
		keys = append(keys, found{line[m[2]:m[3]], i + 1, m[2] + 1})
	}
	if len(keys) == 0 {
		return nil
	}
	rel := relPath(file, root)
	dir, name := path.Dir(rel), path.Base(rel)
	stem := strings.TrimSuffix(name, ".11tydata.js")
	// The same words for a folder's pages and for one page's.
	whose, take, keep, their := "the pages below "+path.Join(root, dir), "take", "keep", "their"
	if stem != path.Base(dir) {
		whose, take, keep, their = "the page "+path.Join(root, dir, stem), "takes", "keeps", "its"
	}
	var named, instead []string
	for _, k := range keys {
		named = append(named, fmt.Sprintf("%s (line %d)", k.key, k.line))
		switch k.key {
		case "permalink":
			instead = append(instead, fmt.Sprintf("%s the URL %s own permalink or %s path gives", keep, their, their))
		case "layout":
			instead = append(instead, fmt.Sprintf("%s %s kind from %s own front matter and folder", take, their, their))
		}
	}
	var diags diag.List
	diags.Warnf(diag.Pos{File: file, Line: keys[0].line, Col: keys[0].col},
		"%s sets %s, which lectern cannot apply: it runs no JavaScript, so %s %s; write plain values in %s.11tydata.json (a permalink such as \"/talks/{{ page.fileSlug }}/\"), which lectern applies, or in the front matter",
		name, strings.Join(named, " and "), whose, strings.Join(instead, " and "), stem)
	return diags
}
