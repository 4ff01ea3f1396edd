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

// jsDataKey finds, on one line of a JavaScript data file, a key that
// lectern applies from JSON directory data: permalink or layout, set as
// a property (permalink: (data) => …, as eleventyComputed writes it)
// or as a method (permalink(data) {…}). Its second group ends after the
// key, where its value starts.
var jsDataKey = regexp.MustCompile(`(?:^|[{,\s])["']?(permalink|layout)["']?\s*[:(]`)

var (
	// jsPlainValue is a value written as a literal: a quoted text, a
	// template literal without substitutions, or false.
	jsPlainValue = regexp.MustCompile("^\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|`([^`$\\\\]*)`|(false)\\b)")
	// jsReturned is a function that returns a literal at once: an arrow
	// function (data => `…`, ({page}) => `…`), a function expression or
	// a method (permalink(data) { return `…`; }); the literal is its
	// first group.
	jsReturned = regexp.MustCompile("^\\s*(?::\\s*(?:async\\s+)?(?:function\\s*[\\w$]*\\s*)?)?(?:\\([^)]*\\)|[\\w$]+)?\\s*(?:=>)?\\s*\\{?\\s*(?:return\\s+)?(`(?:[^`\\\\]|\\\\.)*`|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')")
	// jsSubstitution is ${…} in a template literal.
	jsSubstitution = regexp.MustCompile(`\$\{\s*([^}]*?)\s*\}`)
)

// jsPageFields are the substitutions a permalink function may make that
// lectern reads, by the Eleventy template variable each stands for.
var jsPageFields = map[string]string{
	"data.page.fileSlug":     "page.fileSlug",
	"page.fileSlug":          "page.fileSlug",
	"data.page.filePathStem": "page.filePathStem",
	"page.filePathStem":      "page.filePathStem",
}

// jsValue reads the value a key of a JavaScript data file sets, from
// rest, the source just after the key: a literal, or a function that
// returns a literal at once whose substitutions are the page's file
// slug or path stem (`/sessions/${data.page.fileSlug}/`), made the
// Liquid a JSON file would hold. ok is false for anything else: code
// lectern does not run.
func jsValue(rest string) (v *node, ok bool) {
	if m := jsPlainValue.FindStringSubmatch(rest); m != nil {
		if m[4] == "false" {
			return &node{kind: scalarNode, tag: tagBool, text: "false"}, true
		}
		return &node{kind: scalarNode, tag: tagString, text: m[1] + m[2] + m[3]}, true
	}
	m := jsReturned.FindStringSubmatch(rest)
	if m == nil {
		return nil, false
	}
	lit := m[1][1 : len(m[1])-1]
	if m[1][0] != '`' {
		return &node{kind: scalarNode, tag: tagString, text: lit}, true
	}
	ok = true
	text := jsSubstitution.ReplaceAllStringFunc(lit, func(s string) string {
		v, known := jsPageFields[jsSubstitution.FindStringSubmatch(s)[1]]
		ok = ok && known
		return "{{ " + v + " }}"
	})
	return &node{kind: scalarNode, tag: tagString, text: text}, ok && !strings.Contains(text, "\\")
}

// jsDirData reads Eleventy's JavaScript data file at file
// (sessions/sessions.11tydata.js), root the content folder it was found
// in, for the keys lectern applies from a JSON one: a permalink or
// layout written as a literal, or as a function returning one made of
// the page's file slug (as eleventyComputed writes it), is applied as
// the JSON file's would be (see dirDefault). A key set by code lectern
// cannot read gets one warning, at the first such key, naming each with
// its line and saying what the pages get instead. A file setting
// neither is left alone without a word; its tags are collections
// lectern does not apply from JSON either.
func jsDirData(fsys fs.FS, file, root string) (Default, bool, diag.List) {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		return Default{}, false, nil
	}
	type found struct {
		key       string
		line, col int
	}
	var unread []found
	values := &node{kind: mapNode, pos: diag.Pos{File: file, Line: 1, Col: 1}}
	text := string(src)
	offset := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		start := offset
		offset += len(line)
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "//") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "/*") {
			continue
		}
		m := jsDataKey.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		key := line[m[2]:m[3]]
		if slices.ContainsFunc(unread, func(f found) bool { return f.key == key }) || values.get(key) != nil {
			continue
		}
		pos := diag.Pos{File: file, Line: i + 1, Col: m[2] + 1}
		rest := text[start+m[3]:]
		rest = strings.TrimLeft(rest, `"'`)
		v, ok := jsValue(rest[:min(len(rest), 600)])
		if ok && key == "permalink" && v.tag == tagString && isTemplateCode(v.text) {
			_, ok = templatePermalink(v.text)
		}
		if !ok || key == "layout" && v.tag != tagString {
			unread = append(unread, found{key, i + 1, m[2] + 1})
			continue
		}
		v.pos = pos
		values.keys = append(values.keys, entry{key: key, pos: pos, val: v})
	}
	rel := relPath(file, root)
	dir, name := path.Dir(rel), path.Base(rel)
	stem := strings.TrimSuffix(name, ".11tydata.js")
	var diags diag.List
	if len(unread) > 0 {
		// The same words for a folder's pages and for one page's.
		whose, take, keep, their := "the pages below "+path.Join(root, dir), "take", "keep", "their"
		if stem != path.Base(dir) {
			whose, take, keep, their = "the page "+path.Join(root, dir, stem), "takes", "keeps", "its"
		}
		var named, instead []string
		for _, k := range unread {
			named = append(named, fmt.Sprintf("%s (line %d)", k.key, k.line))
			switch k.key {
			case "permalink":
				instead = append(instead, fmt.Sprintf("%s the URL %s own permalink or %s path gives", keep, their, their))
			case "layout":
				instead = append(instead, fmt.Sprintf("%s %s kind from %s own front matter and folder", take, their, their))
			}
		}
		diags.Warnf(diag.Pos{File: file, Line: unread[0].line, Col: unread[0].col},
			"%s sets %s, which lectern cannot apply: it runs no JavaScript, so %s %s; write plain values in %s.11tydata.json (a permalink such as \"/talks/{{ page.fileSlug }}/\"), which lectern applies, or in the front matter",
			name, strings.Join(named, " and "), whose, strings.Join(instead, " and "), stem)
	}
	if len(values.keys) == 0 {
		return Default{}, false, diags
	}
	if stem == path.Base(dir) {
		return Default{scope: dir, values: values}, true, diags
	}
	return Default{scope: path.Join(dir, stem), page: true, values: values}, true, diags
}
