package render

import (
	"strings"
	"testing"
)

// TestCanonicalElsewhere checks that a post first published elsewhere
// (canonical_url, as cross-posted talk write-ups write it) names the
// original in its canonical link and og:url, and that other pages keep
// their own.
func TestCanonicalElsewhere(t *testing.T) {
	outs := renderSite(t, map[string]string{
		"config.toml":        "title = \"Notes\"\nbase_url = \"https://notes.example.org/\"\n",
		"content/notes/a.md": "---\ntitle: Cross-posted\ndate: 2024-03-20\ncanonical_url: https://dev.to/ada/cross-posted-1a2b\n---\nNotes.\n",
		"content/notes/b.md": "---\ntitle: Written here\ndate: 2024-03-21\n---\nMore notes.\n",
	})
	tests := []struct {
		path, want string
	}{
		{"notes/a/index.html", `<link rel="canonical" href="https://dev.to/ada/cross-posted-1a2b">`},
		{"notes/a/index.html", `<meta property="og:url" content="https://dev.to/ada/cross-posted-1a2b">`},
		{"notes/b/index.html", `<link rel="canonical" href="https://notes.example.org/notes/b/">`},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.want, func(t *testing.T) {
			if body := string(outs[tt.path].Body); !strings.Contains(body, tt.want) {
				t.Errorf("%s lacks %s", tt.path, tt.want)
			}
		})
	}
}
