package site

import (
	"context"
	"slices"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestCovers checks where a note's picture is found and when its
// absence is a warning: a cover shown above the post warns, a picture
// for previews alone (jekyll-seo-tag's image) does not.
func TestCovers(t *testing.T) {
	for _, tc := range []struct {
		name, image string
		cover       bool
		want        string
		diags       []string
	}{
		{"beside the page", "hero.jpg", true, "/notes/hall/hero.jpg", nil},
		{"from the root", "/img/ada.png", true, "/img/ada.png", nil},
		{"theme's static file", "/img/theme.png", false, "/img/theme.png", nil},
		{"a web address", "https://cdn.example.org/a b.jpg", true, "https://cdn.example.org/a b.jpg", nil},
		{"no web address", "javascript:alert(1)", true, "",
			[]string{`content/notes/hall/index.md:1:1: warning: the cover image "javascript:alert(1)" is not a file of this site (neither beside this page nor under static/ or content/), so the page is shown without it; add the file or correct the path`}},
		{"data of another scheme", "ftp://example.org/a.jpg", true, "", nil},
		{"a missing cover", "gone.jpg", true, "",
			[]string{`content/notes/hall/index.md:1:1: warning: the cover image "gone.jpg" is not a file of this site (neither beside this page nor under static/ or content/), so the page is shown without it; add the file or correct the path`}},
		{"a missing picture for previews", "gone.jpg", false, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := doc("notes/hall/index.md", content.KindNote, "Post", func(d *content.Document) {
				d.Date = time.Date(2026, 6, 11, 0, 0, 0, 0, time.UTC)
				d.Image, d.Cover, d.Slug = tc.image, tc.cover, "hall"
			})
			s, diags := Build(context.Background(), config.Default(), content.Set{
				Docs: []*content.Document{d}, Assets: []string{"content/notes/hall/hero.jpg", "static/img/ada.png"}, Roots: []string{"content", "static"},
			}, markdown.New(markdown.Options{}), Options{Static: func(out string) bool { return out == "img/theme.png" }})
			if got := s.Pages[0].Image; got != tc.want {
				t.Errorf("image %q, want %q", got, tc.want)
			}
			if got := diags.Strings(); !slices.Equal(got, tc.diags) {
				t.Errorf("diagnostics:\n%q\nwant\n%q", got, tc.diags)
			}
		})
	}
}
