package site

import (
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
)

// TestLinksToOwnRepository: a repository read in place that links its
// own markdown files by their address on the code host (as a meetup
// chapter's README links its events log) points those links at the
// pages the files become, whether the folder it is read from is named
// as a clone names it or owner__name as a snapshot does, or the clone's
// git remote names the repository (Options.Repository); another
// repository's address, and a file the site does not have, stay as
// written.
func TestLinksToOwnRepository(t *testing.T) {
	body := strings.Join([]string{
		"[a](https://github.com/pwl/chapter/blob/master/events.md)",
		"[b](https://github.com/PWL/Chapter/blob/main/talks/README.md#video)",
		"[c](https://github.com/pwl/other/blob/master/events.md)",
		"[d](https://github.com/pwl/chapter/blob/master/missing.md)",
		"[e](https://gitlab.com/pwl/chapter/-/blob/main/events.md)",
	}, "\n\n") + "\n"
	for _, tc := range []struct {
		folder, repo string
		want         []string
	}{
		{"chapter", "", []string{
			`<a href="/events/">a</a>`,
			`<a href="/talks/readme/#video">b</a>`,
			`<a href="https://github.com/pwl/other/blob/master/events.md">c</a>`,
			`<a href="https://github.com/pwl/chapter/blob/master/missing.md">d</a>`,
			`<a href="/events/">e</a>`,
		}},
		{"pwl__chapter", "", []string{`<a href="/events/">a</a>`, `<a href="/talks/readme/#video">b</a>`}},
		{"elsewhere", "", []string{`<a href="https://github.com/pwl/chapter/blob/master/events.md">a</a>`}},
		{"", "", []string{`<a href="https://github.com/pwl/chapter/blob/master/events.md">a</a>`}},
		// A clone in a folder of another name, its remote naming the
		// repository; another owner's repository of that name stays.
		{"my-copy", "pwl/chapter", []string{`<a href="/events/">a</a>`, `<a href="/events/">e</a>`}},
		{"chapter", "someone/chapter", []string{`<a href="https://github.com/pwl/chapter/blob/master/events.md">a</a>`}},
	} {
		t.Run(tc.folder+" "+tc.repo, func(t *testing.T) {
			s, diags := build(t, config.Default(), Options{Folder: tc.folder, Repository: tc.repo},
				doc("README.md", content.KindPage, "Chapter", func(d *content.Document) {
					d.File = "README.md"
					d.Body = []byte(body)
				}),
				doc("events.md", content.KindPage, "Events", func(d *content.Document) { d.File = "events.md" }),
				doc("talks/README.md", content.KindPage, "Talks", func(d *content.Document) { d.File = "talks/README.md" }),
			)
			if len(diags) != 0 {
				t.Fatalf("diagnostics: %q", diags)
			}
			var got string
			for _, p := range s.Pages {
				if p.Doc.Title == "Chapter" {
					got = string(p.Content())
				}
			}
			for _, want := range tc.want {
				if !strings.Contains(got, want) {
					t.Errorf("page lacks %s:\n%s", want, got)
				}
			}
		})
	}
}
