package build

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// rescheduleSite has three events with pages of their own: Spring and
// Autumn with a talk each, Autumn's schedule the site's, and Winter, the
// newest, without talks.
const rescheduleSite = `-- config.toml --
title = "Seasons"
base_url = "https://example.org/"
-- content/events/spring.md --
---
kind: event
name: Spring
start: 2026-03-01
end: 2026-03-01
rooms: [Hall]
---
In spring.
-- content/events/autumn.md --
---
kind: event
name: Autumn
start: 2026-10-01
end: 2026-10-01
rooms: [Hall]
---
In autumn.
-- content/events/winter.md --
---
kind: event
name: Winter
start: 2026-12-01
end: 2026-12-01
rooms: [Hall]
---
In winter.
-- content/talks/a.md --
---
title: Spring talk
event: Spring
date: 2026-03-01 10:00
room: Hall
speakers: [Ada Lovelace]
tags: [go]
---
A.
-- content/talks/b.md --
---
title: Autumn talk
event: Autumn
date: 2026-10-01 10:00
room: Hall
speakers: [Ada Lovelace]
tags: [go]
---
B.
`

// TestEventsFirstAndLastTalkInPlace adds the first talk of an event and
// removes the last in a session, in place (site.Patch.Rescheduled): the
// event's schedule, calendar and exports come and go, the site's
// schedule is another event's, and every output and fingerprint is a
// fresh build's after each step.
func TestEventsFirstAndLastTalkInPlace(t *testing.T) {
	dir, s := startSession(t, rescheduleSite)
	remove := func(file string) {
		t.Helper()
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(file))); err != nil {
			t.Fatal(err)
		}
	}
	winter := "---\ntitle: Winter talk\nevent: Winter\ndate: 2026-12-01 11:00\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [go]\n---\nW.\n"
	edit(t, dir, "content/talks/w.md", winter)
	rebuiltInPlace(t, s, dir, "the first talk of the newest event", "talks/w/index.html", true, "content/talks/w.md")
	samePrints(t, s)
	remove("content/talks/w.md")
	rebuiltInPlace(t, s, dir, "the newest event's only talk removed", "talks/w/index.html", false, "content/talks/w.md")
	samePrints(t, s)
	remove("content/talks/b.md")
	rebuiltInPlace(t, s, dir, "the site's schedule's only talk removed", "talks/b/index.html", false, "content/talks/b.md")
	samePrints(t, s)
	remove("content/talks/a.md")
	rebuiltInPlace(t, s, dir, "the site's last talk removed", "talks/a/index.html", false, "content/talks/a.md")
	samePrints(t, s)
	edit(t, dir, "content/talks/a.md", "---\ntitle: Spring talk\nevent: Spring\ndate: 2026-03-01 10:00\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [go]\n---\nA.\n")
	_, diags := s.Rebuild(t.Context(), []string{"content/talks/a.md"}) // the person and tag come back: a build
	sameAsFullBuild(t, s, dir, diags)
	edit(t, dir, "content/talks/b.md", "---\ntitle: Autumn talk\nevent: Autumn\ndate: 2026-10-01 10:00\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [go]\n---\nB.\n")
	rebuiltInPlace(t, s, dir, "an event given its first talk again", "talks/b/index.html", true, "content/talks/b.md")
	samePrints(t, s)
}

// TestDerivedEventTalksInPlace adds and removes talks of an event that
// no page declares, dated by its talks: in place while its dates and
// name stay (site.Site.keepsEvent), built when a talk moves its end.
func TestDerivedEventTalksInPlace(t *testing.T) {
	talk := func(title, event, at string) string {
		return "---\ntitle: " + title + "\nevent: " + event + "\ndate: " + at + "\nroom: Hall\nspeakers: [Ada Lovelace]\ntags: [go]\n---\n" + title + ".\n"
	}
	site := "-- config.toml --\ntitle = \"Meetups\"\nbase_url = \"https://example.org/\"\n" +
		"-- content/talks/m1.md --\n" + talk("First", "Meetup 2026", "2026-05-01 10:00") +
		"-- content/talks/m2.md --\n" + talk("Last", "Meetup 2026", "2026-05-01 12:00") +
		"-- content/talks/o1.md --\n" + talk("Other", "Other Meetup", "2026-06-01 10:00")
	dir, s := startSession(t, site)
	remove := func(file string) {
		t.Helper()
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(file))); err != nil {
			t.Fatal(err)
		}
	}
	edit(t, dir, "content/talks/m3.md", talk("Between", "MEETUP 2026", "2026-05-01 11:00"))
	rebuiltInPlace(t, s, dir, "a talk within the event's dates", "talks/m3/index.html", true, "content/talks/m3.md")
	samePrints(t, s)
	remove("content/talks/m3.md")
	rebuiltInPlace(t, s, dir, "that talk removed", "talks/m3/index.html", false, "content/talks/m3.md")
	samePrints(t, s)
	edit(t, dir, "content/talks/m3.md", talk("Later", "Meetup 2026", "2026-05-02 10:00"))
	rb, diags := s.Rebuild(t.Context(), []string{"content/talks/m3.md"})
	if !slices.Contains(stageNames(rb), "model") {
		t.Errorf("a talk moving the event's end: not built (stages %q)", stageNames(rb))
	}
	sameAsFullBuild(t, s, dir, diags)
}
