package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A vault of notes with wiki links, as Obsidian keeps it: a link finds a
// page by its file name wherever it is, case aside, and a picture by its
// name in any folder.
func TestWikiLinksFindPagesAndFiles(t *testing.T) {
	read, diags := buildSite(t, `-- notes/Keynote notes.md --
---
date: 2023-04-20
---
# Keynote notes

See [[other note]], [[Reading/Books to read|my list]], [[Release 1.2]] and [[Nowhere]].

![[Diagram.png]]
-- notes/deep/Other Note.md --
---
date: 2023-04-21
---
# Other Note

Back to [[Keynote notes]].
-- Reading/Books to read.md --
# Books to read
-- notes/Release 1.2.md --
# Release 1.2
-- attachments/diagram.png --
PNG
`)
	got := read("notes/keynote-notes/index.html")
	for _, want := range []string{
		`<a href="/notes/deep/other-note/">other note</a>`,
		`<a href="/reading/books-to-read/">my list</a>`,
		`<a href="/notes/release-1-2/">Release 1.2</a>`,
		`[[Nowhere]]`,
		`<img src="/attachments/diagram.png" alt="Diagram.png"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("keynote notes lack %s: %.1500s", want, got)
		}
	}
	if got := read("notes/deep/other-note/index.html"); !strings.Contains(got, `<a href="/notes/keynote-notes/">Keynote notes</a>`) {
		t.Errorf("other note: %.1500s", got)
	}
	n := 0
	for _, d := range diags {
		if strings.Contains(d, "wiki link") {
			n++
			if !strings.HasPrefix(d, `notes/Keynote notes.md:6:76:`) || !strings.Contains(d, `"[[Nowhere]]"`) {
				t.Errorf("diagnostic %s", d)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d warnings about wiki links, want 1: %q", n, diags)
	}
}

// In the preview, a wiki link or a link to a folder that named nothing
// reaches the page once it is written, and goes back to its text when
// the page goes, as a fresh build of the same files would have it.
func TestSessionLinksFollowNewPages(t *testing.T) {
	dir, s := startSession(t, `-- README.md --
# Talks

- [[Async Django]]
- [The 2019 talk](./Testing_2019/)
-- Other/README.md --
# Other

See [the index](../README.md).
`)
	home := func() string { return body(t, s, "index.html") }
	if h := home(); !strings.Contains(h, "[[Async Django]]") || strings.Contains(h, `href="/testing-2019/"`) {
		t.Fatalf("before: %.1500s", h)
	}
	edit(t, dir, "notes/Async Django.md", "# Async Django\n\nNotes.\n")
	edit(t, dir, "Testing_2019/README.md", "# Testing\n\nSlides.\n")
	if _, diags := s.Rebuild(context.Background(), []string{filepath.Join(dir, "notes/Async Django.md"), filepath.Join(dir, "Testing_2019/README.md")}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	h := home()
	for _, want := range []string{`<a href="/notes/async-django/">Async Django</a>`, `href="/testing-2019/"`} {
		if !strings.Contains(h, want) {
			t.Errorf("after the pages were added, home lacks %s: %.1500s", want, h)
		}
	}
	if err := os.Remove(filepath.Join(dir, "notes", "Async Django.md")); err != nil {
		t.Fatal(err)
	}
	if _, diags := s.Rebuild(context.Background(), []string{filepath.Join(dir, "notes/Async Django.md")}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if h := home(); !strings.Contains(h, "[[Async Django]]") {
		t.Errorf("after the page went, home still links it: %.1500s", h)
	}
}
