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

// TestPhotosOffBase: a photo and slides written from the root under
// the path the site's own tool published it under (config.SourceBase)
// are the site's files without it, linked under lectern's own base
// path; a path under another one, or a file published at the path as
// written, is read as written (docs/in-place.md, "Sites published under
// a base path").
func TestPhotosOffBase(t *testing.T) {
	for _, tc := range []struct {
		name, baseURL, photo, slides string
		wantPhoto, wantSlides        string
		diags                        []string
	}{
		{"served at the root", "", "/conf2020/img/ada.png", "/conf2020/files/deck.pdf#page=2",
			"/img/ada.png", "/files/deck.pdf#page=2", nil},
		{"served under the same path", "https://ada.github.io/conf2020/", "/conf2020/img/ada.png", "/conf2020/files/deck.pdf",
			"/img/ada.png", "/conf2020/files/deck.pdf", nil},
		{"served under another path", "https://talks.example.org/archive/", "/conf2020/img/ada.png", "/conf2020/files/deck.pdf",
			"/img/ada.png", "/archive/files/deck.pdf", nil},
		{"a folder named as the path", "", "/conf2020/img/kept.png", "/conf2020/files/kept.pdf",
			"/conf2020/img/kept.png", "/conf2020/files/kept.pdf", nil},
		{"another site's path", "", "/conf2019/img/ada.png", "/conf2019/files/deck.pdf", "", "/conf2019/files/deck.pdf", []string{
			`content/talks/a.md:1:1: warning: the photo "/conf2019/img/ada.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show Ada Lovelace's initials instead; add the file or correct the path`,
			`content/talks/a.md:1:1: warning: the slides "/conf2019/files/deck.pdf" names no file of this site (neither beside this page nor under static/ or content/, and no file's path ends with "conf2019/files/deck.pdf"), so its link leads nowhere; add the file or write the path of the one meant from the site's root`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config.Default()
			cfg.SourceBase, cfg.BaseURL = "/conf2020", tc.baseURL
			talk := doc("talks/a.md", content.KindTalk, "Widgets", func(d *content.Document) {
				p := person("Ada Lovelace")
				p.Photo = tc.photo
				d.Speakers = []content.Person{p}
				d.Slides = tc.slides
				d.Date = time.Date(2026, 6, 11, 9, 0, 0, 0, time.UTC)
			})
			static := []string{"img/ada.png", "files/deck.pdf", "conf2020/img/kept.png", "conf2020/files/kept.pdf"}
			s, diags := Build(context.Background(), cfg, content.Set{Docs: []*content.Document{talk}, Roots: []string{"content", "static"}},
				markdown.New(markdown.Options{}), Options{Static: func(out string) bool { return slices.Contains(static, out) }})
			if got := s.Speakers[0].Photo; got != tc.wantPhoto {
				t.Errorf("photo %q, want %q", got, tc.wantPhoto)
			}
			if got := s.Pages[0].Slides; got != tc.wantSlides {
				t.Errorf("slides %q, want %q", got, tc.wantSlides)
			}
			if got := diags.Strings(); !slices.Equal(got, tc.diags) {
				t.Errorf("diagnostics:\n%q\nwant\n%q", got, tc.diags)
			}
		})
	}
}
