package layout

// What lectern reads of an Eleventy config beside dir.input: the names
// of the collections it adds, and the folders it copies to another
// place of the output. Both are read where the config writes them as
// plain literals; code lectern cannot run is left alone.

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/content"
)

// eleventyCollection finds addCollection("name", …), the name quoted
// any way JavaScript quotes one.
var eleventyCollection = regexp.MustCompile("addCollection\\(\\s*[\"'`]([^\"'`]+)[\"'`]")

// eleventyPassthroughObject finds addPassthroughCopy({ … }), the object
// form mapping source folders to output folders.
var eleventyPassthroughObject = regexp.MustCompile(`addPassthroughCopy\(\s*\{([^{}]*)\}`)

// jsStringPair finds one "source": "target" pair of such an object, both
// quoted literals.
var jsStringPair = regexp.MustCompile("[\"'`]([^\"'`]+)[\"'`]\\s*:\\s*[\"'`]([^\"'`]*)[\"'`]")

// eleventyCollections are the collections an Eleventy config adds
// (addCollection("schedule", …)), sorted: the tags naming them file
// pages into those collections, not subjects.
func eleventyCollections(src []byte) []string {
	var out []string
	for _, m := range eleventyCollection.FindAllSubmatch(src, -1) {
		if n := strings.TrimSpace(string(m[1])); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// eleventyMounts are the folders an Eleventy config copies to another
// place of the output with the object form of addPassthroughCopy
// ({"./src/static/": "/"} publishes src/static/img/a.jpg at /img/a.jpg).
// Paths are from the site's root, as Eleventy reads them; a pair whose
// source is a glob or no folder of the site, or whose target leaves
// the output, is left out. The string form ("src/img") keeps a file's
// path under the input folder, as lectern already publishes it.
func eleventyMounts(fsys fs.FS, src []byte) []content.Mount {
	var out []content.Mount
	for _, obj := range eleventyPassthroughObject.FindAllSubmatch(src, -1) {
		for _, m := range jsStringPair.FindAllSubmatch(obj[1], -1) {
			from := path.Clean(strings.TrimPrefix(string(m[1]), "./"))
			to := path.Clean("/" + string(m[2]))[1:]
			if strings.ContainsAny(from, "*?[{") || !fs.ValidPath(from) || from == "." || strings.HasPrefix(to, "..") {
				continue
			}
			if info, err := fs.Stat(fsys, from); err != nil || !info.IsDir() {
				continue
			}
			out = append(out, content.Mount{Source: from, Target: to})
		}
	}
	return out
}
