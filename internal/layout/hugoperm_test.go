package layout

import (
	"testing"
	"testing/fstest"
)

// TestHugoRelativePermalinks: Hugo reads a [permalinks] pattern written
// without a leading slash from the site's root, and one without a
// trailing slash as a folder (pretty URLs); a warning quotes the pattern
// as the author wrote it, never lectern's translation of it.
func TestHugoRelativePermalinks(t *testing.T) {
	tests := []struct {
		name, pattern, want, diag string
	}{
		{"title, no leading slash", ":title/", "/:slugified_title/", ""},
		{"filename, no slash at all", ":filename", "/:slug/", ""},
		{"slug, no leading slash", ":slug/", "/:slug_or_title/", ""},
		{"section and year", ":section/:year/:title", "/post/:year/:slugified_title/", ""},
		{"written whole", "/:year/:title/", "/:year/:slugified_title/", ""},
		{"ugly", "/:title.html", "/:slugified_title.html", ""},
		{"nothing to name the page", ":year/:month/", "", `hugo.toml:3:1: warning: permalink ":year/:month/" uses what lectern cannot fill`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"hugo.toml":         file("title = 'x'\n[permalinks]\npost = '" + tt.pattern + "'\n"),
				"content/post/a.md": file("x"),
			}
			c, diags := Detect(fsys).Config(fsys)
			if got := c.Permalinks.Sections["post"]; got != tt.want {
				t.Errorf("pattern %q, want %q", got, tt.want)
			}
			got := diags.Strings()
			switch {
			case tt.diag == "" && len(got) != 0:
				t.Errorf("diagnostics %q, want none", got)
			case tt.diag != "" && (len(got) != 1 || len(got[0]) < len(tt.diag) || got[0][:len(tt.diag)] != tt.diag):
				t.Errorf("diagnostics %q, want one starting %q", got, tt.diag)
			}
		})
	}
}

// TestHugoTermFolders: the folders holding a Hugo site's term pages are
// its taxonomies lectern makes term pages of, under the name of
// lectern's taxonomy: Hugo's default tags and categories (both tags),
// else those of its [taxonomies] table.
func TestHugoTermFolders(t *testing.T) {
	tests := []struct {
		name, config string
		want         map[string]string
	}{
		{"defaults", "title = 'x'\n", map[string]string{"tags": "tags", "categories": "tags"}},
		{"a table", "title = 'x'\n[taxonomies]\ntopic = 'topics'\ntrack = 'tracks'\nseries = 'series'\n", map[string]string{"topics": "tags", "tracks": "tracks", "series": "tags"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"hugo.toml": file(tt.config), "content/post/a.md": file("x")}
			c, _ := Detect(fsys).Config(fsys)
			got := c.Permalinks.TermFolders
			if len(got) != len(tt.want) {
				t.Fatalf("term folders %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("term folders %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestHugoAuthorPages: a Hugo site declaring the authors taxonomy gets
// pages for its posts' authors at Hugo's /authors/<term>/, or at the
// pattern its [permalinks] gives the taxonomy; a site without it, none.
func TestHugoAuthorPages(t *testing.T) {
	tests := []struct {
		name, config, want string
	}{
		{"defaults", "title = 'x'\n", ""},
		{"no authors", "title = 'x'\n[taxonomies]\ntag = 'tags'\n", ""},
		{"authors", "title = 'x'\n[taxonomies]\ntag = 'tags'\nauthor = 'authors'\n", "/authors/:slug/"},
		{"own pattern", "title = 'x'\n[taxonomies]\nauthor = 'authors'\n[permalinks]\nauthors = 'writers/:slug'\n", "/writers/:slug/"},
		{"term table", "title = 'x'\n[taxonomies]\nauthor = 'authors'\n[permalinks.term]\nauthors = '/people/:title/'\n", "/people/:slug/"},
		{"pattern lectern cannot fill", "title = 'x'\n[taxonomies]\nauthor = 'authors'\n[permalinks]\nauthors = '/:year/'\n", "/authors/:slug/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"hugo.toml": file(tt.config), "content/post/a.md": file("x")}
			c, _ := Detect(fsys).Config(fsys)
			if got := c.Permalinks.Author; got != tt.want {
				t.Errorf("author pattern %q, want %q", got, tt.want)
			}
		})
	}
}
