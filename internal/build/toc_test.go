package build

import (
	"strings"
	"testing"
)

// A page asking for a table of contents in its front matter, as
// Minimal Mistakes, Quarto and PaperMod pages do, shows one above its
// text, labelled as it asks; a page that does not ask, or has a single
// heading, shows none.
func TestFrontMatterTOC(t *testing.T) {
	body := "## Getting there\n\nBy train.\n\n### From the airport\n\nBus 100.\n\n## Staying\n\nHotels.\n"
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"T\"\nbase_url = \"https://t.example.org/\"\n"+
		"-- content/notes/a.md --\n---\ntitle: A\ndate: 2024-01-02\ntoc: true\ntoc_label: Contents\n---\n"+body+
		"-- content/venue.md --\n---\ntitle: Venue\nShowToc: true\n---\n"+body+
		"-- content/notes/b.md --\n---\ntitle: B\ndate: 2024-01-03\n---\n"+body+
		"-- content/notes/c.md --\n---\ntitle: C\ndate: 2024-01-04\ntoc: false\n---\n"+body+
		"-- content/notes/d.md --\n---\ntitle: D\ndate: 2024-01-05\ntoc: true\n---\n## Only one\n\nText.\n")
	want := `<ul><li><a href="#getting-there">Getting there</a><ul><li><a href="#from-the-airport">From the airport</a></li></ul></li><li><a href="#staying">Staying</a></li></ul>`
	if got := read("notes/a/index.html"); !strings.Contains(got, `<summary id="toc-label">Contents</summary>`+want) {
		t.Errorf("toc: true shows no table of contents: %s", got)
	}
	if got := read("venue/index.html"); !strings.Contains(got, `<summary id="toc-label">On this page</summary>`+want) {
		t.Errorf("ShowToc: true shows no table of contents: %s", got)
	}
	for _, p := range []string{"notes/b/index.html", "notes/c/index.html", "notes/d/index.html"} {
		if strings.Contains(read(p), `class="toc"`) {
			t.Errorf("%s shows a table of contents it did not ask for", p)
		}
	}
}
