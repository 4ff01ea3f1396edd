package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// readdSite has two events in other time zones, an event with one talk,
// a talk of no event and people and terms shared among them, so that a
// talk can change events every way: to an event in another zone, to an
// event without talks, away from the last talk of an event, away from
// every event. Talk A is the first in file order to name the tag Go and
// the track Web, which the next pages having them write otherwise.
const readdSite = `-- content/events/main.md --
---
kind: event
name: Main Conf
start: 2026-06-11
end: 2026-06-12
timezone: Europe/Berlin
rooms: [Hall, Annex]
---
-- content/events/other.md --
---
kind: event
name: Other Conf
start: 2026-06-11
end: 2026-06-12
timezone: America/New_York
---
-- content/events/solo.md --
---
kind: event
name: Solo Conf
start: 2026-09-01
end: 2026-09-01
---
-- content/talks/a.md --
---
title: Talk A
event: Main Conf
date: 2026-06-11 10:00
room: Hall
speakers: [Ada Lovelace]
tags: [Go, x]
track: Web
---
A.
-- content/talks/b.md --
---
title: Talk B
event: Main Conf
date: 2026-06-11 11:00
room: Annex
speakers: [Ada Lovelace, Grace Hopper]
tags: [go, x, y]
---
B.
-- content/talks/c.md --
---
title: Talk C
event: Other Conf
date: 2026-06-11 10:00
speakers: [Grace Hopper]
tags: [y]
track: web
---
C.
-- content/talks/only.md --
---
title: The only talk
event: Solo Conf
date: 2026-09-01 10:00
speakers: [Sole Speaker]
---
Alone.
-- content/talks/loose.md --
---
title: A talk of no event
date: 2026-05-01 10:00
speakers: [Ada Lovelace]
---
Loose.
`

// TestPageTakenOutAndPutBack: a talk given another event, which Move
// does not do, is taken out of the model and put back in place
// (Session.readd), as a rename within one file; after each edit every
// output, diagnostic and kept fingerprint is a fresh build's. An edit
// that Remove or Add refuses builds the model.
func TestPageTakenOutAndPutBack(t *testing.T) {
	dir, s := startSession(t, readdSite)
	inPlaceSteps(t, dir, s, []inPlaceStep{
		{"to an event in another zone", "content/talks/a.md", "---\ntitle: Talk A\nevent: Other Conf\ndate: 2026-06-11 10:00\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [Go, x]\ntrack: Web\n---\nA.\n", true},
		{"back, named in another case", "content/talks/a.md", "---\ntitle: Talk A\nevent: main conf\ndate: 2026-06-11 10:00\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [Go, x]\ntrack: Web\n---\nA.\n", true},
		{"to another event, its tag written otherwise", "content/talks/a.md", "---\ntitle: Talk A\nevent: Other Conf\ndate: 2026-06-11 10:00\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [GO, x]\ntrack: Web\n---\nA.\n", false},
		{"to another event, its track written otherwise", "content/talks/a.md", "---\ntitle: Talk A\nevent: Main Conf\ndate: 2026-06-11 10:00\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [GO, x]\ntrack: WEB\n---\nA.\n", false},
		{"the last talk of an event leaving it", "content/talks/only.md", "---\ntitle: The only talk\nevent: Main Conf\ndate: 2026-06-12 10:00\nspeakers: [Sole Speaker]\n---\nAlone.\n", true},
		{"the first talk of an event", "content/talks/b.md", "---\ntitle: Talk B\nevent: Solo Conf\ndate: 2026-09-01 11:00\nroom: Annex\nspeakers: [Ada Lovelace, Grace Hopper]\ntags: [x, y]\n---\nB.\n", true},
		{"to no event, beside a talk of none", "content/talks/c.md", "---\ntitle: Talk C\ndate: 2026-06-11 10:00\nspeakers: [Grace Hopper]\ntags: [y]\n---\nC.\n", true},
		// Solo Conf is a one-day event: the talk takes its day
		// (site.Page.DatedByEvent), which the model gives, not a patch.
		{"its date taken away", "content/talks/b.md", "---\ntitle: Talk B\nevent: Solo Conf\nroom: Annex\nspeakers: [Ada Lovelace, Grace Hopper]\ntags: [x, y]\n---\nB.\n", false},
		{"to another event, its track's only talk writing it otherwise", "content/talks/a.md", "---\ntitle: Talk A\nevent: Other Conf\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [GO, x]\ntrack: Web\n---\nA.\n", true},
		{"to an event new to the site", "content/talks/a.md", "---\ntitle: Talk A\nevent: Brand New Conf\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [GO, x]\ntrack: Web\n---\nA.\n", true},
		{"hidden", "content/talks/c.md", "---\ntitle: Talk C\nhidden: true\ndate: 2026-06-11 10:00\nspeakers: [Grace Hopper]\ntags: [y]\n---\nC.\n", false},
	})
}

// TestEventNewToTheSiteInPlace: a talk naming an event the site does
// not have, added or given it, makes the event in place as a build
// makes it (site.Site.Add): its page, schedule and calendar, the events
// index of a site that now has two, the navigation every page shows;
// the only talk of such an event removed or given another lets it go
// (Remove), the events index too when one event is left. Every output,
// diagnostic and kept fingerprint is a fresh build's.
func TestEventNewToTheSiteInPlace(t *testing.T) {
	dir, s := startSession(t, `-- content/events/main.md --
---
kind: event
name: Main Conf
start: 2026-06-11
end: 2026-06-12
---
-- content/talks/a.md --
---
title: Talk A
event: Main Conf
date: 2026-06-11 10:00
speakers: [Ada Lovelace]
tags: [Go]
---
A.
-- content/talks/b.md --
---
title: Talk B
event: Main Conf
date: 2026-06-11 11:00
speakers: [Grace Hopper]
tags: [go]
---
B.
`)
	inPlaceSteps(t, dir, s, []inPlaceStep{
		{"a new talk naming a new event", "content/talks/c.md", "---\ntitle: Talk C\nevent: Meetup Twelve\ndate: 2026-03-01 18:00\nspeakers: [Ada Lovelace]\ntags: [Go]\n---\nC.\n", true},
		{"another new talk naming another, undated", "content/talks/d.md", "---\ntitle: Talk D\nevent: Someday Summit\nspeakers: [Grace Hopper]\n---\nD.\n", true},
		{"a talk given an event new to the site", "content/talks/b.md", "---\ntitle: Talk B\nevent: Autumn Days\ndate: 2026-10-01 11:00\nspeakers: [Grace Hopper]\ntags: [go]\n---\nB.\n", true},
		{"the only talk of an event it made removed", "content/talks/c.md", "", true},
		{"the only talk of an event it made given back its first", "content/talks/b.md", "---\ntitle: Talk B\nevent: Main Conf\ndate: 2026-06-11 11:00\nspeakers: [Grace Hopper]\ntags: [go]\n---\nB.\n", true},
		{"the last event but one made by a talk removed with it", "content/talks/d.md", "", true},
	})
	for _, p := range []string{"events/index.html", "events/meetup-twelve/index.html", "events/autumn-days/index.html"} {
		if _, ok := s.Output(p); ok {
			t.Errorf("output %s left after its event went", p)
		}
	}
}

// inPlaceStep is one edit of a session test: file written with text,
// or removed when text is empty, and whether the model must be left
// unbuilt (the edit made in place) or built again.
type inPlaceStep struct {
	what, file, text string
	inPlace          bool
}

// inPlaceSteps makes steps in turn on session s of the site in dir and
// checks after each that it was made in place or not as it says, and
// that every output, diagnostic and kept fingerprint is a fresh
// build's.
func inPlaceSteps(t *testing.T, dir string, s *Session, steps []inPlaceStep) {
	t.Helper()
	for _, st := range steps {
		if st.text == "" {
			if err := os.Remove(filepath.Join(dir, filepath.FromSlash(st.file))); err != nil {
				t.Fatal(err)
			}
		} else {
			edit(t, dir, st.file, st.text)
		}
		rb, diags := s.Rebuild(context.Background(), []string{st.file})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		stages := stageNames(rb)
		if inPlace := !slices.Contains(stages, "model") && slices.Contains(stages, "move"); inPlace != st.inPlace {
			t.Errorf("%s (%s): in place %v, want %v (stages %q)", st.file, st.what, inPlace, st.inPlace, stages)
		}
		sameAsFullBuild(t, s, dir, diags)
		samePrints(t, s)
		if t.Failed() {
			t.Fatalf("after %s (%s)", st.file, st.what)
		}
	}
}
