package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSitemapFalse: a page that says sitemap: false is written and
// linked, but is not in sitemap.xml; the others are.
func TestSitemapFalse(t *testing.T) {
	src := writeSite(t, "-- config.toml --\ntitle = \"C\"\nbase_url = \"https://c.example.org/\"\n"+
		"-- content/pages/styleguide.md --\n---\ntitle: Style guide\nsitemap: false\n---\nColours.\n"+
		"-- content/pages/about.md --\n---\ntitle: About\n---\nUs.\n"+
		"-- content/speakers/alex-kim.md --\n---\nname: Alex Kim\nsitemap: false\n---\nA bio.\n")
	res, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	b, err := os.ReadFile(filepath.Join(res.Dest, "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	sitemap := string(b)
	if !strings.Contains(sitemap, "https://c.example.org/about/") {
		t.Errorf("sitemap.xml lacks the about page:\n%s", sitemap)
	}
	for _, u := range []string{"/styleguide/", "/speakers/alex-kim/"} {
		if strings.Contains(sitemap, u) {
			t.Errorf("sitemap.xml lists %s", u)
		}
		if _, err := os.Stat(filepath.Join(res.Dest, filepath.FromSlash(u), "index.html")); err != nil {
			t.Errorf("%s was not written", u)
		}
	}
}
