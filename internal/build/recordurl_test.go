package build

import (
	"strings"
	"testing"
)

// TestRecordURLOfAnotherTool: a talk kept in a data file of a site of
// another tool (a Hugo blog's data/talks.yaml, whose templates link a
// talk's url) is not published at its url, which is the author's link:
// a path stays theirs (no page is made over the slides file), a
// recording is the talk's video and another address one of its links;
// on lectern's own site a record's url is still its page's path.
func TestRecordURLOfAnotherTool(t *testing.T) {
	read, diags := buildSite(t, `
-- hugo.toml --
baseURL = "https://pat.example.org/"
title = "Pat"
-- content/_index.md --
---
title: Home
---
-- static/slides/deck.pdf --
%PDF
-- data/talks.yaml --
- title: Deck Talk
  date: 2024-05-02
  event: Calm Week
  url: /slides/deck.pdf
- title: Video Talk
  date: 2023-05-02
  event: Loud Week
  url: https://www.youtube.com/watch?v=cdefghijklm
- title: Linked Talk
  date: 2022-05-02
  event: Quiet Days
  url: https://speakerdeck.com/pat/linked
`)
	if len(diags) != 0 {
		t.Errorf("warnings: %q", diags)
	}
	if got := read("slides/deck.pdf"); got != "%PDF\n" {
		t.Errorf("slides/deck.pdf is %q, not the site's file", got)
	}
	deck := read("talks/deck-talk/index.html")
	if deck == "" {
		t.Fatalf("the talk whose url is a path has no page at /talks/deck-talk/")
	}
	if video := read("talks/video-talk/index.html"); !strings.Contains(video, "cdefghijklm") {
		t.Errorf("the talk's recording is not shown:\n%s", video)
	}
	if linked := read("talks/linked-talk/index.html"); !strings.Contains(linked, `href="https://speakerdeck.com/pat/linked"`) {
		t.Errorf("the talk's address is not linked:\n%s", linked)
	}

	read, _ = buildSite(t, `
-- config.toml --
title = "Pat"
-- data/talks.yaml --
- title: Own Talk
  date: 2024-05-02
  url: /own/
`)
	if read("own/index.html") == "" {
		t.Errorf("on lectern's own site a record's url is not its page's path")
	}
}
