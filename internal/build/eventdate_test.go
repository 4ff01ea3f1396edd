package build

import (
	"context"
	"testing"
)

// oneDaySite is a meetup of one evening whose talks write no date: they
// take its day (site.Page.DatedByEvent).
const oneDaySite = `-- config.toml --
title = "Meetups"
-- content/events/harbour.md --
---
kind: event
name: Harbour JS
date: 2024-09-03 18:30
---
-- content/events/long.md --
---
kind: event
name: Long Conf
start: 2024-11-04
end: 2024-11-06
---
-- content/talks/a.md --
---
title: Tiny servers
event: Harbour JS
---
A.
-- content/talks/b.md --
---
title: Quiet types
event: Long Conf
---
B.
`

// TestTalkDatedByOneDayEventPreview: the preview follows a talk dated on
// its one-day event's day: an edit of the event's date moves the talk,
// a talk whose date is taken away takes the event's, one sent to an
// event over several days has none; each by building the model again,
// and after each edit every output is a fresh build's; a talk with a
// date of its own is moved in place.
func TestTalkDatedByOneDayEventPreview(t *testing.T) {
	dir, s := startSession(t, oneDaySite)
	inPlaceSteps(t, dir, s, []inPlaceStep{
		{"the event moved to another evening", "content/events/harbour.md", "---\nkind: event\nname: Harbour JS\ndate: 2024-09-10 18:30\n---\n", false},
		{"the talk given a date", "content/talks/a.md", "---\ntitle: Tiny servers\nevent: Harbour JS\ndate: 2024-09-10 19:00\n---\nA.\n", false},
		{"its own date moved", "content/talks/a.md", "---\ntitle: Tiny servers\nevent: Harbour JS\ndate: 2024-09-10 19:30\n---\nA.\n", true},
		{"its date taken away", "content/talks/a.md", "---\ntitle: Tiny servers\nevent: Harbour JS\n---\nA.\n", false},
		{"to the event over days", "content/talks/a.md", "---\ntitle: Tiny servers\nevent: Long Conf\n---\nA.\n", false},
		{"the other event made one day", "content/events/long.md", "---\nkind: event\nname: Long Conf\nstart: 2024-11-04\n---\n", false},
	})
}

// TestDatedByEventBodyEditPatched: an edit of the body alone of a talk
// dated by its one-day event is patched, not built again (Session.bodiesOnly): the patch keeps the dates the model
// gave the page, and every output is a fresh build's.
func TestDatedByEventBodyEditPatched(t *testing.T) {
	dir, s := startSession(t, oneDaySite)
	for _, st := range []struct{ file, text string }{
		{"content/talks/a.md", "---\ntitle: Tiny servers\nevent: Harbour JS\n---\nA, longer.\n"},
	} {
		edit(t, dir, st.file, st.text)
		rb, diags := s.Rebuild(context.Background(), []string{st.file})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		if !patched(rb) {
			t.Errorf("%s: the model was built again for an edit of the body alone (stages %q)", st.file, stageNames(rb))
		}
		sameAsFullBuild(t, s, dir, diags)
		samePrints(t, s)
	}
}
