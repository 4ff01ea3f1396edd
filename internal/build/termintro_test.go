package build

import (
	"context"
	"strings"
	"testing"
)

// termIntroSite is a Hugo blog that introduces its "go" tag and its tags
// index with _index.md files, and a Jekyll-shaped page at the "rust"
// tag's URL.
const termIntroSite = "-- config.toml --\nbaseURL = \"https://x.org/\"\ntitle = \"H\"\n" +
	"-- content/notes/a.md --\n---\ntitle: Goroutines explained\ndate: 2024-01-02\ntags: [go, rust]\n---\nA.\n" +
	"-- content/notes/b.md --\n---\ntitle: Channels\ndate: 2024-02-02\ntags: [go]\n---\nB.\n" +
	"-- content/tags/go/_index.md --\n---\ntitle: The Go language\ndescription: Posts about Go.\n---\nWhat I *learnt* of Go.\n" +
	"-- content/tags/_index.md --\n---\ntitle: Topics\n---\nEverything I write about.\n" +
	"-- content/pages/tag-rust.md --\n---\ntitle: Rust\nurl: /tags/rust/\n---\nNotes on Rust.\n"

// An author's page at a term's URL, or at its taxonomy's, introduces
// lectern's page there: its title is the heading, its text is above the
// list, its description is the page's; it is no page of its own, and
// the term keeps its list, with no warning.
func TestTermIntros(t *testing.T) {
	read, diags := buildSite(t, termIntroSite)
	if len(diags) != 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	goPage := read("tags/go/index.html")
	for _, want := range []string{"<h1>The Go language</h1>", "What I <em>learnt</em> of Go.", "Posts about Go.", "Goroutines explained", "Channels"} {
		if !strings.Contains(goPage, want) {
			t.Errorf("the go tag's page lacks %q: %.2000s", want, goPage)
		}
	}
	if i, l := strings.Index(goPage, "learnt"), strings.Index(goPage, "Channels"); i < 0 || l < i {
		t.Errorf("the intro is not above the list (%d, %d)", i, l)
	}
	rust := read("tags/rust/index.html")
	for _, want := range []string{"<h1>Rust</h1>", "Notes on Rust.", "Goroutines explained"} {
		if !strings.Contains(rust, want) {
			t.Errorf("the rust tag's page lacks %q: %.2000s", want, rust)
		}
	}
	tags := read("tags/index.html")
	for _, want := range []string{"<h1>Topics</h1>", "Everything I write about.", "/tags/go/"} {
		if !strings.Contains(tags, want) {
			t.Errorf("the tags index lacks %q: %.2000s", want, tags)
		}
	}
}

// The preview follows the intro of a term as a full build does: edited,
// removed, added back.
func TestTermIntroPreview(t *testing.T) {
	dir, s := startSession(t, termIntroSite)
	steps := []struct {
		name, file, text string // text "" removes file
		out, shows       string
	}{
		{"edited", "content/tags/go/_index.md", "---\ntitle: Gophers\n---\nAll about gophers.\n", "tags/go/index.html", "All about gophers."},
		{"removed", "content/tags/go/_index.md", "", "tags/go/index.html", "<h1>go</h1>"},
		{"added", "content/tags/go/_index.md", "---\ntitle: Go again\n---\nBack.\n", "tags/go/index.html", "<h1>Go again</h1>"},
		// The rust tag goes: the author's page at its URL is a page.
		{"term gone", "content/notes/a.md", "---\ntitle: Goroutines explained\ndate: 2024-01-02\ntags: [go]\n---\nA.\n", "tags/rust/index.html", "Notes on Rust."},
		{"term back", "content/notes/a.md", "---\ntitle: Goroutines explained\ndate: 2024-01-02\ntags: [go, rust]\n---\nA.\n", "tags/rust/index.html", "Goroutines explained"},
	}
	for _, st := range steps {
		if st.text == "" {
			remove(t, dir, st.file)
		} else {
			edit(t, dir, st.file, st.text)
		}
		_, diags := s.Rebuild(context.Background(), []string{st.file})
		if got := body(t, s, st.out); !strings.Contains(got, st.shows) {
			t.Errorf("%s: %s does not show %q: %.2000s", st.name, st.out, st.shows, got)
		}
		sameAsFullBuild(t, s, dir, diags)
	}
}
