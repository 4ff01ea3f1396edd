package build

import (
	"context"
	"strings"
	"testing"
)

// TestSessionCovers checks that the preview shows what a fresh build
// shows of a note's cover through the edits that touch it: the cover
// changed, its alt text, a body edit beside it, a note with a cover
// added, the file of a missing cover added, and the cover removed.
func TestSessionCovers(t *testing.T) {
	dir, s := startSession(t, `
-- config.toml --
title = "Covers"
base_url = "https://example.org/"
-- content/notes/hall/index.md --
---
title: A post
date: 2026-05-01
cover:
  url: hero.jpg
  alt: A hall full of people
---
Body.
-- content/notes/hall/hero.jpg --
JPG
-- content/notes/hall/other.jpg --
JPG
`)
	if page := body(t, s, "notes/hall/index.html"); !strings.Contains(page, `<figure class="cover"><img src="/notes/hall/hero.jpg" alt="A hall full of people"`) ||
		!strings.Contains(page, `og:image" content="https://example.org/notes/hall/hero.jpg"`) {
		t.Fatalf("the post does not show its cover:\n%s", page)
	}
	ctx := context.Background()
	post := "---\ntitle: A post\ndate: 2026-05-01\ncover:\n  url: %s\n  alt: %s\n---\n%s\n"
	steps := []struct {
		name, file, text string
	}{
		{"another cover", "content/notes/hall/index.md", strings.Join([]string{"other.jpg", "A hall full of people", "Body."}, "\x00")},
		{"another alt text", "content/notes/hall/index.md", strings.Join([]string{"other.jpg", "A hall", "Body."}, "\x00")},
		{"a body edit", "content/notes/hall/index.md", strings.Join([]string{"other.jpg", "A hall", "Another body."}, "\x00")},
		{"a missing cover", "content/notes/hall/index.md", strings.Join([]string{"later.jpg", "A hall", "Another body."}, "\x00")},
		{"its file added", "content/notes/hall/later.jpg", "JPG"},
		{"a note added with a cover", "content/notes/second/index.md", "---\ntitle: Second\ndate: 2026-05-02\nheroImage: /notes/hall/hero.jpg\n---\nSecond body.\n"},
		{"the cover removed", "content/notes/hall/index.md", "---\ntitle: A post\ndate: 2026-05-01\n---\nAnother body.\n"},
	}
	for _, st := range steps {
		text := st.text
		if parts := strings.Split(text, "\x00"); len(parts) == 3 {
			text = strings.Replace(strings.Replace(strings.Replace(post, "%s", parts[0], 1), "%s", parts[1], 1), "%s", parts[2], 1)
		}
		edit(t, dir, st.file, text)
		_, diags := s.Rebuild(ctx, []string{st.file})
		t.Run(st.name, func(t *testing.T) { sameAsFullBuild(t, s, dir, diags) })
	}
}

// TestSessionMaterials checks that the preview shows a talk's materials
// as a fresh build does through edits of them.
func TestSessionMaterials(t *testing.T) {
	dir, s := startSession(t, `
-- content/talks/a.md --
---
title: A talk
speakers: [Ada]
date: 2026-06-11T10:00:00Z
materials:
  - {name: Code, url: "https://git.example.org/a"}
---
Body.
`)
	if page := body(t, s, "talks/a/index.html"); !strings.Contains(page, `<a class="button" href="https://git.example.org/a">Code</a>`) {
		t.Fatalf("the talk does not show its materials:\n%s", page)
	}
	ctx := context.Background()
	for _, st := range []struct{ name, text string }{
		{"renamed", "materials:\n  - {name: Source, url: \"https://git.example.org/a\"}\n"},
		{"one more, Hugo Academic's", "materials:\n  - {name: Source, url: \"https://git.example.org/a\"}\nurl_pdf: paper.pdf\n"},
		{"none", ""},
	} {
		edit(t, dir, "content/talks/a.md", "---\ntitle: A talk\nspeakers: [Ada]\ndate: 2026-06-11T10:00:00Z\n"+st.text+"---\nBody.\n")
		_, diags := s.Rebuild(ctx, []string{"content/talks/a.md"})
		t.Run(st.name, func(t *testing.T) { sameAsFullBuild(t, s, dir, diags) })
	}
}

// TestSessionBundlePictures checks that a bundle's pictures found by
// name (an author's avatar.jpg, a post's featured.png) show, and that the
// preview follows them coming and going as a fresh build does.
func TestSessionBundlePictures(t *testing.T) {
	dir, s := startSession(t, `
-- config.toml --
title = "Bundles"
base_url = "https://example.org/"
-- content/speakers/ada/index.md --
---
title: Ada Lovelace
---
Writes programs.
-- content/speakers/ada/avatar.jpg --
JPG
-- content/notes/hall/index.md --
---
title: A post
date: 2026-05-01
---
Body.
-- content/notes/hall/featured.png --
PNG
-- content/talks/a.md --
---
title: A talk
speakers: [Ada Lovelace]
date: 2026-06-11T10:00:00Z
---
Body.
`)
	if page := body(t, s, "speakers/ada-lovelace/index.html"); !strings.Contains(page, `src="/speakers/ada-lovelace/avatar.jpg"`) {
		t.Fatalf("the speaker does not show the bundle's avatar:\n%s", page)
	}
	if page := body(t, s, "notes/hall/index.html"); !strings.Contains(page, `<figure class="cover"><img src="/notes/hall/featured.png"`) {
		t.Fatalf("the post does not show the bundle's featured picture:\n%s", page)
	}
	applySteps(t, dir, s, []step{
		{"the avatar removed", "content/speakers/ada/avatar.jpg", ""},
		{"a profile picture added", "content/speakers/ada/profile.png", "PNG"},
		{"the speaker's bio edited", "content/speakers/ada/index.md", "---\ntitle: Ada Lovelace\n---\nWrites more programs.\n"},
		{"a photo field wins", "content/speakers/ada/index.md", "---\ntitle: Ada Lovelace\nphoto: https://example.org/ada.jpg\n---\nWrites more programs.\n"},
		{"the featured picture removed", "content/notes/hall/featured.png", ""},
		{"a cover picture added", "content/notes/hall/cover.jpg", "JPG"},
	})
}

// TestSessionRelativeImages checks that a body's image named by a path
// relative to its file points where the file is published, even when
// the page's URL is elsewhere (url: /ait/), and that the preview follows
// the file going and coming back as a fresh build does.
func TestSessionRelativeImages(t *testing.T) {
	dir, s := startSession(t, `
-- content/pages/ait.md --
---
title: AI tournament
url: /ait/
---
![The game](images/game.png)
-- content/pages/images/game.png --
PNG
`)
	if page := body(t, s, "ait/index.html"); !strings.Contains(page, `<img src="/pages/images/game.png" alt="The game"`) {
		t.Fatalf("the page's image does not point at its file:\n%s", page)
	}
	applySteps(t, dir, s, []step{
		{"the picture removed", "content/pages/images/game.png", ""},
		{"the picture back", "content/pages/images/game.png", "PNG"},
		{"the body edited", "content/pages/ait.md", "---\ntitle: AI tournament\nurl: /ait/\n---\n![The game, again](images/game.png)\n"},
	})
}

// step is one edit of a session test: text written to file, or the file
// removed when text is "".
type step struct{ name, file, text string }

// applySteps makes each step in turn, rebuilds the session with that
// file changed and checks its outputs against a fresh build's.
func applySteps(t *testing.T, dir string, s *Session, steps []step) {
	t.Helper()
	for _, st := range steps {
		if st.text == "" {
			remove(t, dir, st.file)
		} else {
			edit(t, dir, st.file, st.text)
		}
		_, diags := s.Rebuild(context.Background(), []string{st.file})
		t.Run(st.name, func(t *testing.T) { sameAsFullBuild(t, s, dir, diags) })
	}
}
