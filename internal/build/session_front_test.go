package build

import (
	"context"
	"testing"
)

// frontSite has two talks at one time and two notes of one day, ordered
// by title in every list, and a talk whose file name has no letters, whose URL is made from its
// title.
const frontSite = `-- config.toml --
title = "Front"
-- content/talks/a.md --
---
title: Alpha
date: 2026-06-11 10:00
speakers: [Ada Lovelace]
tags: [x]
---
Body of a.
-- content/talks/b.md --
---
title: Bravo
date: 2026-06-11 10:00
speakers: [Ada Lovelace]
tags: [x]
---
Body of b.
-- content/notes/m.md --
---
title: Mike
date: 2026-06-01
---
Body of m.
-- content/notes/n.md --
---
title: November
date: 2026-06-01
---
Body of n.
-- content/talks/+++.md --
---
title: Plus
date: 2026-06-12 10:00
---
Body of plus.
`

// TestFrontMatterPatchKeepsStructure: an edit of a title is patched into
// the model only when the site's structure stays as it was; one that
// moves a page in a list, ties it with another or changes its URL is
// the page taken out and put back (Session.readd), and one that makes
// it a break is left to a build. Each case starts from the same site,
// and every output must then be what a fresh build gives.
func TestFrontMatterPatchKeepsStructure(t *testing.T) {
	for _, tc := range []struct {
		name, file, text string
		// how is how the edit is made: "patch" (Patch), "move" (in
		// place otherwise) or "model" (the model built again).
		how string
	}{
		{"a title that keeps its place", "content/talks/a.md", "---\ntitle: Also first\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nBody of a.\n", "patch"},
		{"a title sorting after the other talk", "content/talks/a.md", "---\ntitle: Zulu\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nBody of a.\n", "move"},
		{"a title tying with the other talk", "content/talks/a.md", "---\ntitle: Bravo\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nBody of a.\n", "move"},
		{"a note's title sorting after the other note", "content/notes/m.md", "---\ntitle: Oscar\ndate: 2026-06-01\n---\nBody of m.\n", "move"},
		{"a note's title keeping its place", "content/notes/m.md", "---\ntitle: Lima\ndate: 2026-06-01\n---\nBody of m.\n", "patch"},
		{"a title making a break", "content/talks/+++.md", "---\ntitle: Coffee break\ndate: 2026-06-12 10:00\n---\nBody of plus.\n", "move"},
		{"a title making the URL", "content/talks/+++.md", "---\ntitle: Minus\ndate: 2026-06-12 10:00\n---\nBody of plus.\n", "move"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, s := startSession(t, frontSite)
			ctx := context.Background()
			edit(t, dir, tc.file, tc.text)
			rb, diags := s.Rebuild(ctx, []string{tc.file})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			how := "patch"
			switch {
			case !patched(rb):
				how = "model"
			case moved(rb):
				how = "move"
			}
			if how != tc.how {
				t.Errorf("made by %s, want %s (stages %v)", how, tc.how, rb.Stages)
			}
			sameAsFullBuild(t, s, dir, diags)
			samePrints(t, s)
		})
	}
}
