package build

import (
	"strings"
	"testing"
)

// TestAstroBaseInPlace: an Astro site with base: is published under that
// path, as Astro serves it: the canonical URL and lectern's own links
// hold it, as they hold Jekyll's baseurl.
func TestAstroBaseInPlace(t *testing.T) {
	_, s := startSession(t, "-- astro.config.mjs --\nexport default defineConfig({ site: 'https://ada.github.io', base: '/talks-site' });\n"+
		"-- src/content/blog/first-post.md --\n---\ntitle: First post\npubDate: 2024-01-02\n---\nHello.\n")
	page := body(t, s, "blog/first-post/index.html")
	for _, want := range []string{`<link rel="canonical" href="https://ada.github.io/talks-site/blog/first-post/"`, `href="/talks-site/css/main.css"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %s", want)
		}
	}
	if strings.Contains(page, `href="https://ada.github.io/blog/`) {
		t.Errorf("a link leaves out the base path")
	}
}
