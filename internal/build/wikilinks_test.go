package build

import (
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

See [[other note]], [[Reading/Books to read|my list]] and [[Nowhere]].

![[Diagram.png]]
-- notes/deep/Other Note.md --
---
date: 2023-04-21
---
# Other Note

Back to [[Keynote notes]].
-- Reading/Books to read.md --
# Books to read
-- attachments/diagram.png --
PNG
`)
	got := read("notes/keynote-notes/index.html")
	for _, want := range []string{
		`<a href="/notes/deep/other-note/">other note</a>`,
		`<a href="/reading/books-to-read/">my list</a>`,
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
			if !strings.HasPrefix(d, `notes/Keynote notes.md:6:59:`) || !strings.Contains(d, `"[[Nowhere]]"`) {
				t.Errorf("diagnostic %s", d)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d warnings about wiki links, want 1: %q", n, diags)
	}
}
