package build

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// renameSite is a conference whose talks find their event by its slug,
// one of them dated outside its days (a warning quoting the event's
// name), a note of the event, and another event starting when it
// starts once in Madrid's zone.
const renameSite = `
-- config.toml --
title = "Rename"
base_url = "https://example.org/"
-- content/events/conf.md --
---
kind: event
name: Conf 2024
start: 2024-05-01 09:00
end: 2024-05-02 17:00
venue: Harbour Hall
timezone: Europe/Lisbon
rooms: [Main, Side]
---
The conference.
-- content/events/summit.md --
---
kind: event
name: Summit
start: 2024-05-01 08:00
end: 2024-05-01 17:00
timezone: Europe/Lisbon
---
Another event the same day.
-- content/talks/a.md --
---
title: Talk A
speakers: [Ada Lovelace]
event: conf
date: 2024-05-01T10:00:00
room: Main
---
Body of A.
-- content/talks/b.md --
---
title: Talk B
speakers: [Grace Hopper]
event: conf
date: 2024-05-09T11:00:00
room: Side
---
Body of B.
-- content/notes/n.md --
---
title: A note
date: 2024-06-01
event: conf
---
Body of the note.
`

// eventPage is the event page of renameSite named name.
func eventPage(name string) string {
	return zonedEventPage(name, "Europe/Lisbon")
}

// zonedEventPage is the event page of renameSite named name, in zone.
func zonedEventPage(name, zone string) string {
	return "---\nkind: event\nname: " + name + "\nstart: 2024-05-01 09:00\nend: 2024-05-02 17:00\nvenue: Harbour Hall\ntimezone: " + zone + "\nrooms: [Main, Side]\n---\nThe conference.\n"
}

// TestSessionRenamesAnEventInPlace renames an event page: in place when
// no page finds the event by name (every page of the event, its
// schedule and the warning quoting its name shown anew), by a build
// when a talk names it as it was or is called or when it moves among
// the events of its start, which are listed by name; and gives it
// another time zone in place.
func TestSessionRenamesAnEventInPlace(t *testing.T) {
	dir, s := startSession(t, renameSite)
	ctx := context.Background()
	// The cases run in order, each on the site the one before left.
	for _, tc := range []struct {
		name, file, text string
		fast             bool
		rendered         []string
		shows            map[string]string
		warns            string
	}{{
		name: "renamed",
		file: "content/events/conf.md", text: eventPage("Conf Lisbon 2024"),
		fast:     true,
		rendered: []string{"events/conf/index.html", "talks/a/index.html", "talks/b/index.html"},
		shows: map[string]string{
			"talks/a/index.html":              "Conf Lisbon 2024",
			"events/conf/schedule/index.html": "Conf Lisbon 2024", "schedule/index.html": "Conf Lisbon 2024",
			"events/conf/schedule.xml": "Conf Lisbon 2024", "schedule.ics": "Conf Lisbon 2024",
		},
		warns: `outside its event Conf Lisbon 2024`,
	}, {
		// A talk naming an event nobody declares makes one.
		name: "a talk of another event",
		file: "content/talks/c.md", text: "---\ntitle: Talk C\nevent: Conf Porto 2024\ndate: 2024-06-01T10:00:00\n---\nBody of C.\n",
		fast:  true,
		shows: map[string]string{"events/conf-porto-2024/index.html": "Talk C"},
	}, {
		// Talk C's event field now finds the event page by its name.
		name: "renamed as another talk calls its event",
		file: "content/events/conf.md", text: eventPage("Conf Porto 2024"),
		shows: map[string]string{"events/conf/index.html": "Talk C"},
	}, {
		// Talk C would leave it.
		name: "renamed from the name a talk calls it",
		file: "content/events/conf.md", text: eventPage("Conf 2024"),
		shows: map[string]string{"events/conf-porto-2024/index.html": "Talk C"},
	}, {
		name: "renamed again, no talk calling it so",
		file: "content/events/conf.md", text: eventPage("Conf Europe 2024"),
		fast:  true,
		shows: map[string]string{"talks/b/index.html": "Conf Europe 2024"},
		warns: `outside its event Conf Europe 2024`,
	}, {
		// Its talks, written without an offset, keep their wall clock
		// an hour earlier, and their order (site.Site.Reevent).
		name: "another time zone",
		file: "content/events/conf.md", text: zonedEventPage("Conf Europe 2024", "Europe/Madrid"),
		fast:  true,
		shows: map[string]string{"talks/a/a.ics": "DTSTART:20240501T080000Z"},
		warns: `outside its event Conf Europe 2024`,
	}, {
		// Events of one start are listed by name: in Madrid's zone it
		// starts with the summit, and is listed after it now.
		name: "renamed past another event of its start",
		file: "content/events/conf.md", text: zonedEventPage("Tech Conf", "Europe/Madrid"),
		shows: map[string]string{"events/index.html": "Tech Conf"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			edit(t, dir, tc.file, tc.text)
			rb, diags := s.Rebuild(ctx, []string{tc.file})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if patched(rb) != tc.fast {
				t.Errorf("patched = %v, want %v; stages %v", patched(rb), tc.fast, rb.Stages)
			}
			for _, p := range tc.rendered {
				if !slices.Contains(rb.Rendered, p) && !slices.Contains(rb.Stale, p) {
					t.Errorf("%s neither rendered nor left stale; rendered %q", p, rb.Rendered)
				}
			}
			for p, text := range tc.shows {
				if !strings.Contains(body(t, s, p), text) {
					t.Errorf("%s does not show %q", p, text)
				}
			}
			if tc.warns != "" && !slices.ContainsFunc(diags.Strings(), func(l string) bool { return strings.Contains(l, tc.warns) }) {
				t.Errorf("no diagnostic saying %q in %q", tc.warns, diags.Strings())
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}
