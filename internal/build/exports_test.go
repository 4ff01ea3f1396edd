package build

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/exports"
	"lectern/internal/markdown"
	"lectern/internal/site"
)

// roundTripSite is a two-day event across a daylight-saving change, with
// rooms in an order of its own, a room it does not list, a break without
// a room, a workshop, a keynote, tracks, levels, speakers with a
// biography, slides and a video, and a talk without a time (which frab
// cannot place and leaves out).
const roundTripSite = `
-- config.toml --
title = "Round Trip"
base_url = "https://rt.example.org/"
timezone = "UTC"
-- content/events/kettle-2026.md --
---
name: Kettle Conf 2026
start: 2026-03-28
end: 2026-03-29
timezone: Europe/London
rooms: [Boiler Room, Attic]
---
-- content/speakers/ines-costa.md --
---
name: Inês Costa
bio: Inês keeps the kettles warm.
---
-- content/talks/opening.md --
---
title: Opening
format: keynote
date: 2026-03-28 09:00
duration: 30m
room: Boiler Room
track: Community
level: All
speakers: [Inês Costa]
---
-- content/talks/tea.md --
---
title: Tea
format: break
date: 2026-03-28 09:30
end: 2026-03-28 09:45
---
-- content/talks/steam.md --
---
title: "Steam, Pressure & \"Valves\""
date: 2026-03-28 09:45
duration: 45m
room: Attic
track: Engineering
level: Advanced
speakers: [Inês Costa, Olu Bello]
slides: https://slides.example.org/steam
video: https://video.example.org/steam
summary: What a valve knows.
---
Longer notes on valves.
-- content/talks/garden.md --
---
title: Garden Session
format: workshop
date: 2026-03-28 11:00
duration: 2h
room: Greenhouse
track: Community
speakers: [Olu Bello]
---
-- content/talks/sunday.md --
---
title: After the Clocks Went Forward
date: 2026-03-29 10:00
duration: 1h
room: Boiler Room
level: Beginner
speakers: [Zoë Park]
---
-- content/talks/someday.md --
---
title: Someday
room: Attic
---
`

// TestExportRoundTrip builds a site, reads the schedule.json and
// schedule.xml it publishes back with exports.Read, builds the model of
// what was read, and checks that it is the same programme: the event's
// name, zone and rooms, and every talk's title, start, end, room, track,
// format and speakers. Levels are not compared: neither frab format has
// them. Nor is the zone of schedule.xml: the frab XSD it follows has no
// place for one, so its times keep their offsets and are compared as
// instants.
func TestExportRoundTrip(t *testing.T) {
	src := writeSite(t, roundTripSite)
	dest := filepath.Join(t.TempDir(), "public")
	if _, diags := Build(context.Background(), Options{Source: src, Dest: dest, NoMinify: true}); diags.HasErrors() {
		t.Fatalf("build: %v", diags)
	}
	m, diags := LoadModel(context.Background(), os.DirFS(src), ModelOptions{})
	if diags.HasErrors() {
		t.Fatalf("model: %v", diags)
	}
	want := programme(m.Site.Schedule, true, true)
	if len(want) < 6 {
		t.Fatalf("the site's schedule has %d lines, not the event and its five timed talks:\n%s", len(want), strings.Join(want, "\n"))
	}
	for _, name := range []string{"schedule.json", "schedule.xml"} {
		zoned := name == "schedule.json"
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join(dest, name))
			if err != nil {
				t.Fatal(err)
			}
			docs, ok, diags := exports.Read("data/"+name, body, time.UTC)
			if !ok || len(diags) > 0 {
				t.Fatalf("Read: ok=%v, diags %v", ok, diags)
			}
			for _, d := range docs {
				if len(d.Diags) > 0 {
					t.Errorf("%s: %v", d.Path, d.Diags)
				}
			}
			cfg := m.Config
			cfg.Events = nil // the event is the export's
			back, diags := site.Build(context.Background(), cfg, content.Set{Docs: docs}, markdown.New(markdown.Options{}), site.Options{})
			if diags.HasErrors() {
				t.Fatalf("model of what was read: %v", diags)
			}
			got := programme(back.Schedule, false, zoned)
			if want := programme(m.Site.Schedule, true, zoned); !slices.Equal(got, want) {
				t.Errorf("the programme read back differs:\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// programme lists what a schedule says: a line for its event, then one per
// placed talk. frab lists a talk without a room in the first room of its
// day; orig asks for that rule to be applied, to the schedule the export
// was written from. zoned adds the schedule's zone and writes times in it;
// otherwise they are written in UTC.
func programme(sc *site.Schedule, orig, zoned bool) []string {
	if sc == nil {
		return nil
	}
	zone, loc := "", time.UTC
	if zoned {
		zone, loc = sc.Location.String(), sc.Location
	}
	out := []string{fmt.Sprintf("event %q zone %q rooms %q", sc.Name, zone, sc.Rooms)}
	for _, d := range sc.Days {
		for _, sl := range d.Slots {
			p := sl.Talk
			room := p.Doc.Room
			if orig {
				room = cmp.Or(room, firstOf(d.Rooms), firstOf(sc.Rooms))
			}
			track, format := "", "talk"
			if p.Track != nil {
				track = p.Track.Name
			}
			if p.Format != nil {
				format = p.Format.Slug
			}
			var names []string
			for _, s := range p.Speakers {
				names = append(names, s.Name)
			}
			out = append(out, fmt.Sprintf("%s–%s %q room %q track %q format %q speakers %q",
				sl.Start.In(loc).Format(time.RFC3339), sl.End.In(loc).Format(time.RFC3339), p.Doc.Title, room, track, format, names))
		}
	}
	return out
}

func firstOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// TestExportsMakeSchedules reads the conference-tool fixtures of
// internal/exports alone, as a site with no page but the export would
// have them, and checks that the model lays each out as a schedule grid:
// every talk with a time placed in a day, in a room of the export.
func TestExportsMakeSchedules(t *testing.T) {
	tests := []struct {
		fixture string
		slots   int
		rooms   []string
	}{
		{"frab-json.txtar", 3, []string{"Aula", "Werkstatt"}},
		{"frab-xml.txtar", 3, []string{"Kesselhaus", "Laderaum"}},
		{"pretalx.txtar", 3, []string{"Hall B"}},
		{"sessionize.txtar", 3, []string{"Main Stage"}},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			ar, err := txtar.ParseFile(filepath.Join("..", "exports", "testdata", tt.fixture))
			if err != nil {
				t.Fatal(err)
			}
			var docs []*content.Document
			for _, f := range ar.Files {
				// The second schedule of the XML fixture is another event.
				if f.Name == "want" || f.Name == "data/latin1.xml" {
					continue
				}
				d, ok, diags := exports.Read(f.Name, f.Data, time.UTC)
				if !ok || diags.HasErrors() {
					t.Fatalf("%s: ok=%v %v", f.Name, ok, diags)
				}
				docs = append(docs, d...)
			}
			s, diags := site.Build(context.Background(), config.Default(), content.Set{Docs: docs}, markdown.New(markdown.Options{}), site.Options{})
			if diags.HasErrors() {
				t.Fatalf("model: %v", diags)
			}
			sc := s.Schedule
			if sc == nil {
				t.Fatal("no schedule")
			}
			slots := 0
			for _, d := range sc.Days {
				slots += len(d.Slots)
			}
			if slots != tt.slots || !slices.Equal(sc.Rooms, tt.rooms) {
				t.Errorf("the schedule has %d talks placed in rooms %q, want %d in %q", slots, sc.Rooms, tt.slots, tt.rooms)
			}
		})
	}
}
