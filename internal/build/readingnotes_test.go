package build

import (
	"strings"
	"testing"
)

// TestReadingNotesMarkdown checks that a reading item's note written in a
// data file or front matter is read as markdown: shown as HTML on
// /reading/ and on its page, its links to source files resolved as a
// body's, and carried as plain text by the exports; a plain note is
// shown and exported as written.
func TestReadingNotesMarkdown(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"Notes\"\nbase_url = \"https://notes.example.org/\"\n"+
		"-- content/notes/started.md --\n---\ntitle: Started\ndate: 2025-02-11\n---\nHello.\n"+
		"-- content/reading/shelf.md --\n---\ntitle: Shelf\nbooks:\n"+
		"  - title: Alpha\n    url: https://a.example/\n    comment: |\n      Loved it.\n\n      I [wrote about it](/ramblings/a/) and [here](../notes/started.md).\n"+
		"  - title: Beta\n    url: https://b.example/\n    note: Slow, <span class=\"spoiler\">the end</span> & *sad*.\n"+
		"  - title: Gamma\n    url: https://c.example/\n    note: Plain, isn't it? A & B.\n---\n")
	for _, out := range []string{"reading/index.html", "reading/shelf/index.html"} {
		page := read(out)
		for _, want := range []string{
			`<div class="entry-note"><p>Loved it.</p>`,
			`<a href="/ramblings/a/">wrote about it</a>`,
			`<a href="/notes/started/">here</a>`,
			`<p class="entry-note">Slow, <span class="spoiler">the end</span> & <em>sad</em>.</p>`,
			`<p class="entry-note">Plain, isn't it? A & B.</p>`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s:\n%s", out, want, page)
			}
		}
	}
	// The CSV has no note column.
	for _, out := range []string{"reading.json", "reading.bib", "search.json"} {
		got := read(out)
		for _, want := range []string{"I wrote about it and here.", "Slow, the end", "Plain, isn't it?"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %q:\n%s", out, want, got)
			}
		}
		if strings.Contains(got, "span") || strings.Contains(got, "](") {
			t.Errorf("%s carries the note's markup:\n%s", out, got)
		}
	}
}
