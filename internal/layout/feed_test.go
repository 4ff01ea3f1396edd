package layout

import (
	"testing"
	"testing/fstest"
)

// TestJekyllFeedPath: jekyll-feed's feed.path is where the site's feed is
// written, so its subscribers' address keeps working; a path naming no
// file leaves lectern's own.
func TestJekyllFeedPath(t *testing.T) {
	tests := []struct {
		name, config, want string
	}{
		{"none", "title: T\n", "/feed.xml"},
		{"atom.xml", "feed:\n  path: atom.xml\n", "/atom.xml"},
		{"from the root", "feed:\n  path: /blog/feed.atom\n", "/blog/feed.atom"},
		{"a folder is no file", "feed:\n  path: feeds/\n", "/feed.xml"},
		{"feed without a path", "feed:\n  excerpt_only: true\n", "/feed.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"_config.yml": file(tt.config), "_posts/2024-01-01-a.md": file("---\ntitle: A\n---\n")}
			c, diags := Detect(fsys).Config(fsys)
			if len(diags.Strings()) != 0 {
				t.Fatalf("diagnostics %q", diags.Strings())
			}
			if c.Feed != tt.want {
				t.Errorf("feed %q, want %q", c.Feed, tt.want)
			}
		})
	}
}
