package site

import (
	"context"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestNameSite: a site no config names is called what the front matter
// title of its page at "/" says, unless that title says only that it is
// the home page; a named site keeps its name.
func TestNameSite(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
		by    string
	}{
		{"the home page's title", map[string]string{"content/index.md": "---\ntitle: PyCon UK 2016\nurl: /\n---\nHello.\n"}, "PyCon UK 2016", "content/index.md"},
		{"a title that says home", map[string]string{"content/index.md": "---\ntitle: Home\nurl: /\n---\nHello.\n"}, "lectern site", ""},
		{"a heading, not front matter", map[string]string{"content/index.md": "---\nurl: /\n---\n# Welcome to the meetup\n\nHello.\n"}, "lectern site", ""},
		{"another page's title", map[string]string{"content/about.md": "---\ntitle: About us\n---\nHello.\n"}, "lectern site", ""},
		{"the config's title", map[string]string{"config.toml": "title = \"Meetup\"\n", "content/index.md": "---\ntitle: PyCon UK 2016\nurl: /\n---\nHello.\n"}, "Meetup", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := siteOf(t, tc.files)
			if s.Config.Title != tc.want || s.NamedBy != tc.by {
				t.Errorf("title %q named by %q, want %q by %q", s.Config.Title, s.NamedBy, tc.want, tc.by)
			}
		})
	}
}

// TestNameSiteByFolder: a site that neither a config, its README nor
// its home page names is called after the folder it is read from; a
// title its home page gives comes first, and a site read from no folder
// keeps the placeholder.
func TestNameSiteByFolder(t *testing.T) {
	for _, tc := range []struct {
		name   string
		home   string
		folder string
		want   string
	}{
		{"nothing names it", "", "meetup-data", "meetup-data"},
		{"a home page that says home", "---\ntitle: Home\nurl: /\n---\nHello.\n", "meetup-data", "meetup-data"},
		{"the home page's title", "---\ntitle: Pyvo Brno\nurl: /\n---\nHello.\n", "meetup-data", "Pyvo Brno"},
		{"no folder", "", "", "lectern site"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"content/talks/a.md": {Data: []byte("---\ntitle: A talk\n---\nText.\n")}}
			if tc.home != "" {
				fsys["content/index.md"] = &fstest.MapFile{Data: []byte(tc.home)}
			}
			set, _ := content.Load(fsys, content.Options{})
			s, _ := Build(context.Background(), config.Default(), set, markdown.New(markdown.Options{}), Options{Folder: tc.folder})
			if s.Config.Title != tc.want {
				t.Errorf("title %q, want %q", s.Config.Title, tc.want)
			}
		})
	}
}
