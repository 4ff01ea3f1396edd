package content

import (
	"regexp"
	"strings"
)

// isTemplateCode reports whether a permalink is written in template
// code, as Eleventy's are ("/talks/{{ page.fileSlug }}/").
func isTemplateCode(s string) bool {
	return strings.Contains(s, "{{") || strings.Contains(s, "{%")
}

// templateOutput matches one {{ … }} output of a template.
var templateOutput = regexp.MustCompile(`\{\{-?\s*(.*?)\s*-?\}\}`)

// templatePermalink turns a permalink written in Eleventy's template code
// into lectern's pattern language, when each of its outputs is one
// lectern knows: page.fileSlug (:title, the file name without date),
// page.filePathStem (the file's path without extension), and the title
// through slugify or slug (:slugified_title). A link ending in
// /index.html names its folder. ok is false for anything else: a tag,
// a date format, an expression of the site's own data.
func templatePermalink(s string) (pattern string, ok bool) {
	if strings.Contains(s, "{%") {
		return "", false
	}
	ok = true
	pattern = templateOutput.ReplaceAllStringFunc(s, func(m string) string {
		expr := templateOutput.FindStringSubmatch(m)[1]
		expr = strings.Join(strings.Fields(expr), " ")
		switch expr {
		case "page.fileSlug":
			return ":title"
		case "page.filePathStem":
			return "/:path"
		case "title | slugify", "title | slug", "page.title | slugify", "page.title | slug":
			return ":slugified_title"
		}
		ok = false
		return m
	})
	if !ok || strings.Contains(pattern, "{") {
		return "", false
	}
	if rest, found := strings.CutSuffix(pattern, "/index.html"); found {
		pattern = rest + "/"
	}
	if !strings.HasPrefix(pattern, "/") {
		pattern = "/" + pattern
	}
	return strings.ReplaceAll(pattern, "//", "/"), true
}
