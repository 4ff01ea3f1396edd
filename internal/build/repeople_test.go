package build

import (
	"context"
	"strings"
	"testing"
)

// repeopleSite is moveSite with Alan Turing, who gives talks C (with
// Grace Hopper) and D; talk E, after them, is the one edited.
const repeopleSite = moveSite + `-- content/talks/c.md --
---
title: Talk C
speakers: [Grace Hopper, Alan Turing]
event: Conf 2024
date: 2024-05-02T10:00:00
room: Main
---
C.
-- content/talks/d.md --
---
title: Talk D
speakers: [Alan Turing]
event: Conf 2024
date: 2024-05-01T10:00:00
room: Side
---
D.
-- content/talks/e.md --
` + repeopleTalkE

// repeopleTalkE is talk E as TestRepeopleLeavesNothingStale starts it.
const repeopleTalkE = "---\ntitle: Talk E\nspeakers: [Ada Lovelace]\nevent: Conf 2024\ndate: 2024-05-01T14:00:00\nroom: Main\n---\nE.\n"

// TestRepeopleLeavesNothingStale gives a talk other people of the site,
// in place (site.Site.Move), and checks after each edit that every
// output (the stale ones asked for) and diagnostic is what a fresh
// build gives, and every kept fingerprint render.Fingerprints's: the
// pages of the people the talk left no longer list it, those it joined
// do, and its own page, its event's, the schedule and the speakers
// index show its new people. A person the site does not have, one the
// talk was the last to name (twice: a person the talk made, and one
// another talk leaves) and a company the talk writes first are left to
// a build.
func TestRepeopleLeavesNothingStale(t *testing.T) {
	dir, s := startSession(t, repeopleSite)
	people := func(list string) string {
		return strings.Replace(repeopleTalkE, "speakers: [Ada Lovelace]", list, 1)
	}
	const e = "content/talks/e.md"
	talkC := "---\ntitle: Talk C\nspeakers: [Grace Hopper, Alan Turing]\nevent: Conf 2024\ndate: 2024-05-02T10:00:00\nroom: Main\n---\nC.\n"
	talkD := "---\ntitle: Talk D\nspeakers: [Alan Turing]\nevent: Conf 2024\ndate: 2024-05-01T10:00:00\nroom: Side\n---\nD.\n"
	steps := []moveStep{
		{"a speaker joined", e, people("speakers: [Ada Lovelace, Grace Hopper]"), true},
		{"the speakers reordered", e, people("speakers: [Grace Hopper, Ada Lovelace]"), true},
		{"a speaker replaced", e, people("speakers: [Grace Hopper, Alan Turing]"), true},
		{"a speaker and a time, double-booked", e, strings.Replace(people("speakers: [Alan Turing]"), "14:00", "10:00", 1), true},
		{"a speaker and a slug", e, withSlug(people("speakers: [Ada Lovelace, Alan Turing]"), "e2"), true},
		{"a person the site does not have", e, people("speakers: [Zed Shaw]"), false},
		{"back, the new person left without talks", e, people("speakers: [Ada Lovelace]"), false},
		{"a bio written first", e, people("speakers:\n  - name: Ada Lovelace\n    company: Analytical"), false},
		{"a speaker joined, the company kept", e, people("speakers:\n  - name: Ada Lovelace\n    company: Analytical\n  - Grace Hopper"), true},
		{"a speaker left by another talk", "content/talks/d.md", strings.Replace(talkD, "[Alan Turing]", "[Grace Hopper]", 1), true},
		{"the last talk naming a person leaving them", "content/talks/c.md", strings.Replace(talkC, ", Alan Turing", "", 1), false},
	}
	runMoveSteps(t, context.Background(), s, dir, steps)
}
