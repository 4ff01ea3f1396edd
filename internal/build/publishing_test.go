package build

import (
	"strings"
	"testing"
)

// TestSitemapFalse: a page that says sitemap: false is written and
// linked, but is not in sitemap.xml; the others are.
func TestSitemapFalse(t *testing.T) {
	out, _ := buildSite(t, "-- config.toml --\ntitle = \"C\"\nbase_url = \"https://c.example.org/\"\n"+
		"-- content/pages/styleguide.md --\n---\ntitle: Style guide\nsitemap: false\n---\nColours.\n"+
		"-- content/pages/about.md --\n---\ntitle: About\n---\nUs.\n"+
		"-- content/speakers/alex-kim.md --\n---\nname: Alex Kim\nsitemap: false\n---\nA bio.\n")
	sitemap := out("sitemap.xml")
	if !strings.Contains(sitemap, "https://c.example.org/about/") {
		t.Errorf("sitemap.xml lacks the about page:\n%s", sitemap)
	}
	for _, u := range []string{"/styleguide/", "/speakers/alex-kim/"} {
		if strings.Contains(sitemap, u) {
			t.Errorf("sitemap.xml lists %s", u)
		}
		if out(u[1:]+"index.html") == "" {
			t.Errorf("%s was not written", u)
		}
	}
}
