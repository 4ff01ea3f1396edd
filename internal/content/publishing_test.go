package content

import "testing"

// TestPublishing checks the flags other tools write about where a page
// is published, and that a field of the same name holding the author's
// own data stays in Params.
func TestPublishing(t *testing.T) {
	tests := []struct {
		name, fm                  string
		noSitemap, hidden, noPage bool
		param                     string
	}{
		{"jekyll-sitemap", "sitemap: false", true, false, false, ""},
		{"sitemap: true", "sitemap: true", false, false, false, ""},
		{"Hugo's sitemap options", "sitemap: {disable: true, priority: 0.2}", true, false, false, ""},
		{"Eleventy's exclusion from collections", "eleventyExcludeFromCollections: true", false, true, false, ""},
		{"Hugo: never listed", "_build: {list: never}", false, true, false, ""},
		{"Hugo: never rendered", "build:\n  render: never\n  list: always", false, false, true, ""},
		{"Hugo: render false", "build: {render: false}", false, false, true, ""},
		{"Hugo's headless bundle", "headless: true", false, false, true, ""},
		{"a build of the author's", "build: docker", false, false, false, "build"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("pages/a.md", "title: A\n"+tt.fm)
			if d.NoSitemap != tt.noSitemap || d.Hidden != tt.hidden || d.NoPage != tt.noPage {
				t.Errorf("no sitemap %v, hidden %v, no page %v; want %v %v %v", d.NoSitemap, d.Hidden, d.NoPage, tt.noSitemap, tt.hidden, tt.noPage)
			}
			if _, ok := d.Params[tt.param]; tt.param != "" && !ok {
				t.Errorf("Params lack %s: %v", tt.param, d.Params)
			}
			wantDiags(t, d)
		})
	}
}
