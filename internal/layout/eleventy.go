package layout

// Eleventy's layout: where its pages are, and what of its tree is its
// machinery (templates, the data cascade's files) rather than pages.

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/content"
)

func eleventy(fsys fs.FS, evidence string) Layout {
	input := eleventyInputDir(fsys, evidence)
	machinery := topIn("_includes", "_data", "_site", "_layouts")
	skip := func(p string, dir bool) bool {
		if packageFiles[strings.ToLower(top(p))] || p == evidence {
			return true
		}
		rel := strings.TrimPrefix(p, input+"/")
		if input == "." {
			rel = p
		}
		t := strings.ToLower(top(rel))
		return machinery[t] || packageFiles[t] || (!dir && (isScript(rel) && !content.IsTemplate(rel) || isEleventyData(fsys, p)))
	}
	l := Layout{Tool: Eleventy, Evidence: evidence, ContentDir: input, skip: templatesToo(fsys, skip), fs: fsys}
	if slices.Contains(eleventyConfigs, evidence) {
		if src, err := fs.ReadFile(fsys, evidence); err == nil {
			l.Mounts, l.Collections = eleventyMounts(fsys, src), eleventyCollections(src)
		}
	}
	return l
}

// isEleventyData reports whether p is one of the data files Eleventy's
// data cascade gives the templates of a folder or of one page, which it
// never publishes: name.11tydata.json or .js anywhere, and a .json file
// named after its folder (talks/talks.json) or after a page beside it
// (talks/intro.json beside talks/intro.md).
func isEleventyData(fsys fs.FS, p string) bool {
	base := path.Base(p)
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	switch {
	case strings.HasSuffix(stem, ".11tydata") && (ext == ".json" || ext == ".js"):
		return true
	case ext != ".json":
		return false
	case stem == path.Base(path.Dir(p)):
		return true
	}
	dir := path.Dir(p)
	for _, e := range eleventyPageExts {
		if _, err := fs.Stat(fsys, path.Join(dir, stem+e)); err == nil {
			return true
		}
	}
	return false
}

// eleventyPageExts are the extensions of the files Eleventy makes pages
// of by default, markdown first: a template data file may sit beside any.
var eleventyPageExts = []string{".md", ".markdown", ".html", ".njk", ".liquid", ".11ty.js", ".hbs", ".mustache", ".ejs", ".haml", ".pug"}

// eleventyInput finds dir.input in an Eleventy config, written in its
// common form `input: "src"`, or in package.json's scripts,
// `eleventy --input=src`.
var eleventyInput = regexp.MustCompile(`\binput\s*:\s*["']([^"']+)["']|--input[= ]["']?([^"'\s&;]+)`)

// eleventyInputDir is the folder an Eleventy site's pages are in: its
// config's dir.input, else the one package.json's scripts pass, else
// the folder of Eleventy's _data or _includes (the top one, else a
// top folder holding one: src/), else the top.
func eleventyInputDir(fsys fs.FS, evidence string) string {
	for _, f := range []string{evidence, "package.json"} {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			continue
		}
		if m := eleventyInput.FindSubmatch(b); m != nil {
			in := path.Clean(strings.TrimPrefix(string(m[1])+string(m[2]), "./"))
			if fs.ValidPath(in) {
				return in
			}
		}
	}
	has := func(name string) bool { _, err := fs.Stat(fsys, name); return err == nil }
	if has("_data") || has("_includes") {
		return "."
	}
	entries, _ := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") && !packageFiles[strings.ToLower(e.Name())] &&
			(has(e.Name()+"/_data") || has(e.Name()+"/_includes")) {
			return e.Name()
		}
	}
	return "."
}

// dependsOn reports whether the site's package.json names pkg among its
// dependencies or devDependencies.
func dependsOn(fsys fs.FS, pkg string) bool {
	b, err := fs.ReadFile(fsys, "package.json")
	if err != nil {
		return false
	}
	var m struct {
		Dependencies    map[string]any `json:"dependencies"`
		DevDependencies map[string]any `json:"devDependencies"`
	}
	if json.Unmarshal(b, &m) != nil {
		return false
	}
	_, dep := m.Dependencies[pkg]
	_, dev := m.DevDependencies[pkg]
	return dep || dev
}
