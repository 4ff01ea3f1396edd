package build

import (
	"context"
	"strings"
	"testing"
)

// hugoResources is a Hugo site whose speaker's avatar and note's image
// are files of assets/, the folder Hugo themes read with resources.Get,
// beside one no page names.
const hugoResources = `
-- hugo.toml --
title = "Resources"
baseURL = "https://example.org/"
-- assets/images/a.png --
PNG-A
-- assets/images/b.png --
PNG-B
-- assets/images/unused.png --
PNG-U
-- data/speakers/ada.yaml --
name: Ada Lovelace
avatar: images/a.png
-- content/notes/n.md --
---
title: A note
date: 2026-05-01
image: /images/b.png
---
Body.
`

// TestHugoResources: a picture a front matter or a record names that
// only assets/ holds is published at its path under assets/, as Hugo's
// RelPermalink gives it, without a warning; a file of assets/ that
// nothing names is not published.
func TestHugoResources(t *testing.T) {
	read, diags := buildSite(t, hugoResources)
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	for p, want := range map[string]string{"images/a.png": "PNG-A", "images/b.png": "PNG-B", "images/unused.png": ""} {
		if got := strings.TrimSpace(read(p)); got != want {
			t.Errorf("%s = %q, want %q", p, got, want)
		}
	}
	if page := read("speakers/ada-lovelace/index.html"); !strings.Contains(page, `src="/images/a.png"`) {
		t.Errorf("the speaker's page does not show the photo:\n%s", page)
	}
	if page := read("notes/n/index.html"); !strings.Contains(page, `https://example.org/images/b.png`) {
		t.Errorf("the note does not name its image:\n%s", page)
	}
}

// TestSessionHugoResources: the preview publishes a file of assets/
// when an edit names it and follows its bytes, as a fresh build does.
func TestSessionHugoResources(t *testing.T) {
	dir, s := startSession(t, hugoResources)
	ctx := context.Background()
	for _, st := range []struct{ name, file, text string }{
		{"another image named", "content/notes/n.md", "---\ntitle: A note\ndate: 2026-05-01\nimage: images/unused.png\n---\nBody.\n"},
		{"its bytes changed", "assets/images/unused.png", "PNG-U2"},
		{"a photo's bytes changed", "assets/images/a.png", "PNG-A2"},
	} {
		edit(t, dir, st.file, st.text)
		_, diags := s.Rebuild(ctx, []string{st.file})
		t.Run(st.name, func(t *testing.T) { sameAsFullBuild(t, s, dir, diags) })
	}
}
