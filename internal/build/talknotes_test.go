package build

import (
	"strings"
	"testing"
)

// TestTalkNotesShowTheTalk: a blog post of notes on a talk the author
// heard names the talk's speaker, event, slides and video in its front
// matter; its page shows them, the speaker named without a page of
// their own, as the model gives speaker pages to talks only.
func TestTalkNotesShowTheTalk(t *testing.T) {
	out, _ := buildSite(t, `
-- hugo.toml --
title = "Dev notes"
-- content/posts/failure-notes.md --
---
title: "Notes: designing for failure"
date: 2023-10-05
speaker: Ada Vance
event: Strange Loop 2023
video: https://www.youtube.com/watch?v=dQw4w9WgXcQ
slides: https://speakerdeck.com/ada/failure
---
My notes.
`)
	page := out("posts/failure-notes/index.html")
	for _, want := range []string{
		`<dt>Speaker</dt><dd>Ada Vance</dd>`,
		`<a href="/events/strange-loop-2023/">Strange Loop 2023</a>`,
		`<a class="button" href="https://speakerdeck.com/ada/failure">Slides</a>`,
		`<a class="video-card" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the note lacks %s:\n%s", want, page)
		}
	}
}

// TestEventListsItsNotes: the page of an event that notes name (made
// for them when no page declares it) lists those notes, newest first,
// where it listed nothing.
func TestEventListsItsNotes(t *testing.T) {
	out, _ := buildSite(t, `
-- hugo.toml --
title = "Dev notes"
-- content/posts/a.md --
---
title: First talk notes
date: 2023-10-05
event: Strange Loop 2023
---
A.
-- content/posts/b.md --
---
title: Second talk notes
date: 2023-10-06
event: Strange Loop 2023
---
B.
-- content/posts/c.md --
---
title: Unrelated post
date: 2023-10-07
---
C.
`)
	page := out("events/strange-loop-2023/index.html")
	i, j := strings.Index(page, "Second talk notes"), strings.Index(page, "First talk notes")
	if i < 0 || j < 0 || i > j || strings.Contains(page, "Unrelated post") {
		t.Errorf("the event's page does not list its notes newest first:\n%s", page)
	}
}
