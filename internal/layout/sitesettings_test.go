package layout

import (
	"testing"

	"lectern/internal/config"
)

// TestSiteSettings: a global data file names the site only where
// neither config did, and a preview URL is not taken for the site's.
func TestSiteSettings(t *testing.T) {
	set := config.Default()
	set.Title, set.BaseURL, set.Author = "Config title", "https://config.example.org/", "Config author"
	for _, tc := range []struct {
		name                      string
		c                         config.Config
		m                         map[string]any
		title, url, descr, author string
	}{
		{"all from the file", config.Default(), map[string]any{"title": "Conf", "url": "https://conf.example.org", "description": "Talks", "author": map[string]any{"name": "Ada", "email": "a@example.org"}},
			"Conf", "https://conf.example.org/", "Talks", "Ada"},
		{"the config wins", set, map[string]any{"title": "File", "url": "https://file.example.org/", "author": "File author"},
			"Config title", "https://config.example.org/", "", "Config author"},
		{"a preview URL", config.Default(), map[string]any{"url": "http://localhost:8080"}, "lectern site", "", "", ""},
		{"a loopback URL", config.Default(), map[string]any{"url": "http://127.0.0.1:8080/"}, "lectern site", "", "", ""},
		{"a relative URL", config.Default(), map[string]any{"url": "/conf/"}, "lectern site", "", "", ""},
		{"another spelling", config.Default(), map[string]any{"baseUrl": "https://b.example.org/x"}, "lectern site", "https://b.example.org/x/", "", ""},
		{"not a text", config.Default(), map[string]any{"title": []any{"a"}, "url": 3}, "lectern site", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := SiteSettings(tc.c, tc.m)
			if c.Title != tc.title || c.BaseURL != tc.url || c.Description != tc.descr || c.Author != tc.author {
				t.Errorf("got %q %q %q %q, want %q %q %q %q", c.Title, c.BaseURL, c.Description, c.Author, tc.title, tc.url, tc.descr, tc.author)
			}
		})
	}
}
