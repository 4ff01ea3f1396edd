package build

import (
	"context"
	"strings"
	"testing"
)

// retermSite is moveSite with tracks, levels and formats: the note names
// the track Data before any talk; talks C and D, of the event, the
// tracks Web and Ops, the levels Beginner and Advanced and the formats
// talk and keynote; talk E, after them, is the one edited.
const retermSite = moveSite + `-- content/talks/c.md --
---
title: Talk C
track: Web
level: Beginner
format: talk
event: Conf 2024
date: 2024-05-02T10:00:00
room: Main
---
C.
-- content/talks/d.md --
---
title: Talk D
speakers: [Grace Hopper]
track: Ops
level: Advanced
format: keynote
event: Conf 2024
date: 2024-05-02T11:00:00
room: Side
---
D.
`

// retermTalkE is talk E as the steps of TestRetermLeavesNothingStale
// edit it: fields are put first in its front matter.
const retermTalkE = "---\ntitle: Talk E\nspeakers: [Ada Lovelace]\nevent: Conf 2024\ndate: 2024-05-01T14:00:00\nroom: Main\n---\nE.\n"

// TestRetermLeavesNothingStale gives a talk another track, level and
// format, in place (site.Site.Move), and checks after each edit that
// every output (the stale ones asked for) and diagnostic is what a fresh
// build gives, and every kept fingerprint render.Fingerprints's. A talk
// leaving a track it named first, when the next talk having it spells it
// alike, is moved too, and so are a track new to the site (its page,
// feed and place in the menu and the schedule's filters made) and one
// the talk was the last to have (let go), and a track spelled otherwise
// by a talk after the page naming it (it keeps its name); a track whose
// next talk spells it otherwise, or that the page naming it spells
// otherwise, is left to a build.
func TestRetermLeavesNothingStale(t *testing.T) {
	site := retermSite + "-- content/talks/e.md --\n" + retermTalkE
	site = strings.Replace(site, "authors: [Ada Lovelace]\n", "authors: [Ada Lovelace]\ntrack: Data\n", 1)
	dir, s := startSession(t, site)
	ctx := context.Background()
	with := func(fields string) string { return strings.Replace(retermTalkE, "---\n", "---\n"+fields, 1) }
	noteTracked := "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Ada Lovelace]\ntrack: Data\ntags: [x]\n---\nBody of the note.\n"
	talkC := "---\ntitle: Talk C\ntrack: Web\nlevel: Beginner\nformat: talk\nevent: Conf 2024\ndate: 2024-05-02T10:00:00\nroom: Main\n---\nC.\n"
	const e = "content/talks/e.md"
	steps := []moveStep{
		{"a track joined", e, with("track: Web\n"), true},
		{"another track", e, with("track: Ops\n"), true},
		{"a track the schedule's filters did not have", e, with("track: Data\n"), true},
		{"a level", e, with("track: Data\nlevel: Beginner\n"), true},
		{"a keynote, spanning every room", e, with("track: Data\nlevel: Beginner\nformat: keynote\n"), true},
		{"a track and a time", e, strings.Replace(with("track: Web\nlevel: Beginner\nformat: keynote\n"), "14:00", "10:00", 1), true},
		{"a track of its own", e, with("track: Design\n"), true},
		{"back, the track left alone", e, with("track: Web\n"), true},
		{"a level and a format of its own", e, with("track: Web\nlevel: Expert\nformat: Panel\n"), true},
		{"a level and a format joined again", e, with("track: Web\nlevel: Advanced\nformat: talk\n"), true},
		{"the track's first talk leaving it, the next spelling it alike", "content/talks/c.md", strings.Replace(talkC, "Web", "Ops", 1), true},
		{"none, the track's last talk leaving it", e, retermTalkE, true},
		{"a track the site no longer has", "content/talks/c.md", talkC, true},
		{"a track named first by the note, the talk spelling it otherwise", "content/talks/c.md", strings.Replace(talkC, "Web", "data", 1), true},
		{"the talk spelling it otherwise again", "content/talks/c.md", strings.Replace(talkC, "Web", "DATA", 1), true},
		{"the note naming a track first spelling it otherwise", "content/notes/n.md", strings.Replace(noteTracked, "track: Data", "track: DATA", 1), false},
	}
	runMoveSteps(t, ctx, s, dir, steps)
}
