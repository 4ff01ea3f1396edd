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

func TestBestPhotoWins(t *testing.T) {
	for _, tc := range []struct {
		name   string
		photos []string // one per file naming the person, in file order
		want   string
		diags  []string
	}{
		{"local file", []string{"/img/ada.png"}, "/img/ada.png", nil},
		{"existing local over missing local", []string{"/img/gone.png", "/img/ada.png"}, "/img/ada.png",
			[]string{`content/talks/a.md:1:1: warning: the photo "/img/gone.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show /img/ada.png instead; add the file or correct the path`}},
		{"remote over missing local", []string{"/img/gone.png", "https://example.org/ada.jpg"}, "https://example.org/ada.jpg",
			[]string{`content/talks/a.md:1:1: warning: the photo "/img/gone.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show https://example.org/ada.jpg instead; add the file or correct the path`}},
		{"local over remote", []string{"https://example.org/ada.jpg", "/img/ada.png"}, "/img/ada.png", nil},
		{"theme's static file", []string{"/img/theme.png"}, "/img/theme.png", nil},
		{"static file in the page's folder", []string{"mirror.png"}, "/talks/mirror.png", nil},
		{"a bare name a layout puts in a folder", []string{"lovelace.png"}, "/static/img/people/lovelace.png", nil},
		{"a path within a layout's folder", []string{"people/lovelace.png"}, "/static/img/people/lovelace.png", nil},
		{"a path telling two files of one name apart", []string{"b/twice.png"}, "/b/twice.png", nil},
		{"a path from the root is not looked for elsewhere", []string{"/people/lovelace.png"}, "",
			[]string{`content/talks/a.md:1:1: warning: the photo "/people/lovelace.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show Ada Lovelace's initials instead; add the file or correct the path`}},
		{"a path no file ends with", []string{"others/lovelace.png"}, "",
			[]string{`content/talks/a.md:1:1: warning: the photo "others/lovelace.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show Ada Lovelace's initials instead; add the file or correct the path`}},
		{"a bare name of two files is neither", []string{"twice.png"}, "",
			[]string{`content/talks/a.md:1:1: warning: the photo "twice.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show Ada Lovelace's initials instead; add the file or correct the path`}},
		{"no climbing out of the page's folder", []string{"../../../img/up.png"}, "",
			[]string{`content/talks/a.md:1:1: warning: the photo "../../../img/up.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show Ada Lovelace's initials instead; add the file or correct the path`}},
		{"missing only", []string{"gone.png"}, "",
			[]string{`content/talks/a.md:1:1: warning: the photo "gone.png" of Ada Lovelace is not a file of this site (neither beside this page nor under static/ or content/); pages show Ada Lovelace's initials instead; add the file or correct the path`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*content.Document
			for i, ph := range tc.photos {
				name := string(rune('a'+i)) + ".md"
				docs = append(docs, doc("talks/"+name, content.KindTalk, "T"+name, func(d *content.Document) {
					p := person("Ada Lovelace")
					p.Photo = ph
					d.Speakers = []content.Person{p}
					d.Date = time.Date(2026, 6, 11, 9+2*i, 0, 0, 0, time.UTC)
				}))
			}
			s, diags := Build(context.Background(), config.Default(), content.Set{
				Docs: docs, Assets: []string{"static/img/ada.png"}, Roots: []string{"content", "static"},
			}, markdown.New(markdown.Options{}), Options{Static: func(out string) bool {
				return out == "img/theme.png" || out == "talks/mirror.png" || out == "img/up.png"
			}, StaticNamed: func(name string) []string {
				return map[string][]string{"lovelace.png": {"static/img/people/lovelace.png"}, "twice.png": {"a/twice.png", "b/twice.png"}}[name]
			}})
			if got := s.Speakers[0].Photo; got != tc.want {
				t.Errorf("photo %q, want %q", got, tc.want)
			}
			if got := diags.Strings(); !slices.Equal(got, tc.diags) {
				t.Errorf("diagnostics:\n%q\nwant\n%q", got, tc.diags)
			}
		})
	}
}

func TestUndatedNotes(t *testing.T) {
	changed := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		history History
		dated   bool
		diags   []string
	}{
		{"no history asked", History{}, false, nil},
		{"from git", History{Changed: map[string]time.Time{"content/notes/n.md": changed}}, true, nil},
		{"not committed", History{Changed: map[string]time.Time{}}, false,
			[]string{"content/notes/n.md:1:1: warning: 1 note is left out of the feeds: it has no date, and its file has no commit in the site's git history (content/notes/n.md); give it a date field (date: 2026-06-11), or commit it"}},
		{"no git", History{Missing: "the site folder is not a git repository"}, false,
			[]string{"content/notes/n.md:1:1: warning: 1 note is left out of the feeds: it has no date, and the site folder is not a git repository (content/notes/n.md); give it a date field (date: 2026-06-11)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := doc("notes/n.md", content.KindNote, "N", nil)
			s, diags := build(t, config.Default(), Options{History: tc.history}, n)
			if got := !s.Notes[0].FeedDate().IsZero(); got != tc.dated {
				t.Errorf("dated %v, want %v", got, tc.dated)
			}
			if !slices.Equal(diags, tc.diags) {
				t.Errorf("diagnostics:\n%q\nwant\n%q", diags, tc.diags)
			}
		})
	}
}
