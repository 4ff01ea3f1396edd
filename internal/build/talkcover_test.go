package build

import (
	"context"
	"strings"
	"testing"
)

// TestTalkCover checks that a talk shows its own picture as a note shows
// its cover: Hugo Academic's featured.jpg beside a talk's index.md,
// above the talk and as its link previews' picture, with no share card
// drawn for it, while a talk without a picture keeps its card; and that
// the preview shows what a fresh build does through the edits that
// touch it: the picture's file removed, added under another name, and
// a talk given a cover field.
func TestTalkCover(t *testing.T) {
	dir, s := startSession(t, `
-- hugo.toml --
title = "Talks"
baseURL = "https://example.org/"
-- content/talk/rivers/index.md --
---
title: Sediment in slow rivers
event: Hydrology Meeting
date: 2023-05-10
authors: [Ada Lovelace]
---
Body.
-- content/talk/rivers/featured.png --
PNG
-- content/talk/lakes/index.md --
---
title: Lakes
event: Lakes School
date: 2022-08-01
authors: [Ada Lovelace]
---
Body.
`)
	page := body(t, s, "talk/rivers/index.html")
	if !strings.Contains(page, `<figure class="cover"><img src="/talk/rivers/featured.png"`) ||
		!strings.Contains(page, `og:image" content="https://example.org/talk/rivers/featured.png"`) {
		t.Fatalf("the talk does not show its picture:\n%s", page)
	}
	if lakes := body(t, s, "talk/lakes/index.html"); strings.Contains(lakes, `class="cover"`) || !strings.Contains(lakes, `og:image" content="https://example.org/cards/`) {
		t.Fatalf("the talk without a picture should keep its card:\n%s", lakes)
	}
	ctx := context.Background()
	dest := t.TempDir()
	if _, diags := Build(ctx, Options{Source: dir, Dest: dest}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	var cards []string
	for p := range readTree(t, dest) {
		if strings.HasPrefix(p, "cards/") {
			cards = append(cards, p)
		}
	}
	if len(cards) != 5 {
		t.Errorf("cards drawn: %q, want 5 (the talk without a picture, its speaker, the two events, the home page)", cards)
	}
	for _, st := range []struct{ name, file, text string }{
		{"a body edit", "content/talk/rivers/index.md", "---\ntitle: Sediment in slow rivers\nevent: Hydrology Meeting\ndate: 2023-05-10\nauthors: [Ada Lovelace]\n---\nAnother body.\n"},
		{"its picture removed", "content/talk/rivers/featured.png", ""},
		{"a picture named as Apéro names it", "content/talk/rivers/sidebar-featured.jpg", "JPG"},
		{"a cover field", "content/talk/lakes/index.md", "---\ntitle: Lakes\nevent: Lakes School\ndate: 2022-08-01\nauthors: [Ada Lovelace]\ncover: /talk/rivers/sidebar-featured.jpg\n---\nBody.\n"},
	} {
		if st.text == "" {
			remove(t, dir, st.file)
		} else {
			edit(t, dir, st.file, st.text)
		}
		_, diags := s.Rebuild(ctx, []string{st.file})
		t.Run(st.name, func(t *testing.T) { sameAsFullBuild(t, s, dir, diags) })
	}
}

// TestTalkPictureAtOwnAddress: a talk's picture written as an address of
// the site itself is a file of the site. One the site holds is the
// talk's link previews' picture; one it does not (a social image the
// author's deployment draws, as jekyll-seo-tag's image: names it) would
// be a broken preview, and the talk keeps its drawn card, unwarned.
func TestTalkPictureAtOwnAddress(t *testing.T) {
	read, diags := buildSite(t, `
-- _config.yml --
title: Conf
url: https://conf.example
-- _talks/held.md --
---
title: Held
date: 2023-10-16 10:00
image: https://conf.example/static/img/held.png
---
Body.
-- _talks/drawn.md --
---
title: Drawn
date: 2023-10-16 11:00
image: https://conf.example//static/img/social/drawn.png
---
Body.
-- static/img/held.png --
PNG
`)
	if page := read("talks/held/index.html"); !strings.Contains(page, `og:image" content="https://conf.example/static/img/held.png"`) {
		t.Errorf("held: no og:image of its picture:\n%s", page)
	}
	if page := read("talks/drawn/index.html"); strings.Contains(page, "social/drawn.png") || !strings.Contains(page, `og:image" content="https://conf.example/cards/`) {
		t.Errorf("drawn: should keep its card:\n%s", page)
	}
	if all := strings.Join(diags, "\n"); strings.Contains(all, "drawn.png") {
		t.Errorf("a warning about a preview picture: %s", all)
	}
}
