package layout

import (
	"testing"
	"testing/fstest"
)

// TestHugoPagerSize: a Hugo site's lists are split where Hugo splits
// them, at pagination.pagerSize or the older paginate, so its later
// pages (/page/2/) are where readers' links name them; without either,
// or with a value that is no positive whole number, lectern's own size
// stays.
func TestHugoPagerSize(t *testing.T) {
	post := file("---\ntitle: A\ndate: 2024-01-01\n---\n")
	tests := []struct {
		name string
		fsys fstest.MapFS
		want int
	}{
		{"paginate", fstest.MapFS{"hugo.toml": file("paginate = 5\n"), "content/posts/a.md": post}, 5},
		{"pagerSize", fstest.MapFS{"hugo.yaml": file("pagination:\n  pagerSize: 7\n"), "content/posts/a.md": post}, 7},
		{"pagerSize before paginate", fstest.MapFS{"hugo.toml": file("paginate = 3\n[pagination]\npagerSize = 8\n"), "content/posts/a.md": post}, 8},
		{"JSON number", fstest.MapFS{"hugo.json": file(`{"paginate": 4}`), "content/posts/a.md": post}, 4},
		{"config folder", fstest.MapFS{"config/_default/hugo.toml": file("title = \"T\"\n"), "config/_default/pagination.toml": file("pagerSize = 6\n"), "content/posts/a.md": post}, 6},
		{"neither", fstest.MapFS{"hugo.toml": file("title = \"T\"\n"), "content/posts/a.md": post}, 100},
		{"zero", fstest.MapFS{"hugo.toml": file("paginate = 0\n"), "content/posts/a.md": post}, 100},
		{"Jekyll's paginate", fstest.MapFS{"_config.yml": file("paginate: 5\n"), "_posts/2024-01-01-a.md": post}, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := Detect(tt.fsys).Config(tt.fsys)
			if len(diags.Strings()) != 0 {
				t.Fatalf("diagnostics %q", diags.Strings())
			}
			if c.Pagination.PerPage != tt.want {
				t.Errorf("per page %d, want %d", c.Pagination.PerPage, tt.want)
			}
		})
	}
}
