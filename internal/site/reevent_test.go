package site

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestReeventGivesWhatBuildGives gives an event page other dates and
// rooms and compares the model with a build of the edited files: the
// event, its talks' order and schedule, the events' order and the
// site's schedule, the warnings; and checks that it refuses, leaving the
// model as it was, another name, zone or slug. Undo must put it back.
func TestReeventGivesWhatBuildGives(t *testing.T) {
	const conf = "content/events/conf.md"
	event := func(fields string) string {
		return "---\nkind: event\nname: Conf\n" + fields + "---\n"
	}
	for _, tc := range []struct {
		name, text string
		ok         bool
		yearly     bool // events' URLs name their year
		// also are files the site has before the edit.
		also map[string]string
	}{
		{"rooms in another order", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\nrooms: [Lab, Hall]\n"), true, false, nil},
		{"a room more", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\nrooms: [Hall, Annex, Lab]\n"), true, false, nil},
		{"dates after the other events'", event("start: 2024-12-01 09:00\nend: 2024-12-02 18:00\nrooms: [Hall, Lab]\n"), true, false, nil},
		{"an end before some talks", event("start: 2024-05-01 09:00\nend: 2024-05-01 18:00\nrooms: [Hall, Lab]\n"), true, false, nil},
		{"dates, rooms and a venue", event("start: 2024-04-30 09:00\nend: 2024-05-03 18:00\nrooms: [Lab]\nvenue: The Hall\n"), true, false, nil},
		{"dates and a body", event("start: 2024-04-30 09:00\nend: 2024-05-03 18:00\nrooms: [Hall, Lab]\n") + "The conference.\n", true, false, nil},
		{"another name", "---\nkind: event\nname: Conference\nslug: conf\nstart: 2024-05-01 09:00\nend: 2024-05-02 18:00\nrooms: [Lab, Hall]\n---\n", false, false, nil},
		{"a time zone, its talks' instants kept", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\ntimezone: Europe/Lisbon\nrooms: [Lab, Hall]\n"), true, false, nil},
		// Written without an offset, the talk keeps its wall clock: 23:00
		// in New York is still after every other talk of the event, and
		// before the site's next.
		{"a time zone moving a talk written without an offset", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\ntimezone: America/New_York\nrooms: [Lab, Hall]\n"), true, false,
			map[string]string{"content/talks/late.md": "---\ntitle: Late\nevent: Conf\ndate: 2024-05-02T23:00:00\nroom: Hall\ntags: [Go]\n---\nLate.\n"}},
		// 18:15 UTC is midnight in Kathmandu: the talk is untimed there,
		// out of the programme kept for the next build.
		{"a time zone making a talk's time midnight", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\ntimezone: Asia/Kathmandu\nrooms: [Lab, Hall]\n"), true, false,
			map[string]string{"content/talks/mid.md": "---\ntitle: Midnight\nevent: Conf\ndate: 2024-05-01T18:15:00Z\nroom: Lab\n---\nLate.\n"}},
		// 13:00 in New York is after talks at 16:00 and 17:00 in Lisbon:
		// the site's list of talks, its tag's and its speaker's are
		// ordered again.
		{"a time zone moving a talk past others", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\ntimezone: America/New_York\nrooms: [Lab, Hall]\n"), true, false,
			map[string]string{"content/talks/noon.md": "---\ntitle: Noon\nevent: Conf\ndate: 2024-05-01T13:00:00\nroom: Lab\ntags: [Go]\nspeakers: [Ada Lovelace]\n---\nNoon.\n"}},
		// Half past eleven at night, UTC, on New Year's Eve is the next
		// year in Tokyo: the talk's URL names it.
		{"a time zone moving a talk's URL", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\ntimezone: Asia/Tokyo\nrooms: [Lab, Hall]\n"), false, false,
			map[string]string{"content/talks/eve.md": "---\ntitle: Eve\nevent: Conf\ndate: 2024-12-31T23:30:00Z\npermalink: /talks/:year/eve/\n---\nEve.\n"}},
		{"no dates", event("rooms: [Lab, Hall]\n"), false, false, nil},
		{"dates of another year, in the URL", event("start: 2025-05-01 09:00\nend: 2025-05-02 18:00\nrooms: [Hall, Lab]\n"), false, true, nil},
		{"dates of the same year, in the URL", event("start: 2024-06-01 09:00\nend: 2024-06-02 18:00\nrooms: [Hall, Lab]\n"), true, true, nil},
		{"a venue on a line of its own", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\nrooms: [Hall, Lab]\nvenue: Elsewhere\n"), true, false, nil},
		{"the venue alone, where it was", event("start: 2024-05-01 09:00\nend: 2024-05-02 18:00\nrooms: [Hall, Lab]\n"), false, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, assets := inPlaceSite()
			maps.Copy(files, tc.also)
			cfg := config.Default()
			if tc.yearly {
				cfg.Permalinks.Event = "/events/:year/:slug/"
			}
			md := markdown.New(markdown.Options{})
			memo := NewMemo()
			s, last := Build(context.Background(), cfg, content.Set{Docs: parseFiles(files), Assets: assets}, md, Options{Memo: memo})
			orig := eventStructure(s)
			files[conf] = tc.text
			edited := content.Parse(conf, []byte(tc.text), content.Options{})
			p, ok := s.Reevent(edited, md, memo, last)
			if refused(t, "Reevent", ok, tc.ok, s, eventStructure, orig) {
				return
			}
			want, wantDiags := Build(context.Background(), cfg, content.Set{Docs: parseFiles(files), Assets: assets}, md, Options{})
			sameAsBuild(t, s, want, eventStructure, p, last, wantDiags, orig)
		})
	}
}

// eventStructure is removedStructure with every event's dates, rooms,
// venue and URL, in the events' order, and the event pages' dates.
func eventStructure(s *Site) []string {
	out := removedStructure(s)
	for _, e := range s.Events {
		out = append(out, fmt.Sprintf("event %s %s %s–%s %s %q %q %s %v", e.Slug, e.URL, e.Start, e.End, strings.Join(e.Rooms, ","), e.Venue, e.Timezone, e.Location, e.zoned))
	}
	for _, p := range s.Pages {
		if p.Doc.Kind == content.KindEvent {
			out = append(out, fmt.Sprintf("page %s %s %s %s %d", p.Doc.File, p.URL, p.Doc.Date, p.Doc.End, len(p.Source())))
		} else {
			// Dates as placed in their event's zone.
			out = append(out, fmt.Sprintf("dates %s %s %s", p.Doc.File, p.Doc.Date, p.Doc.End))
		}
	}
	return out
}

// TestReeventAtItsPath: an event page published at its path
// (EventPagesByPath, an in-place site's) is edited in place as well,
// its event keeping the page's URL.
func TestReeventAtItsPath(t *testing.T) {
	const conf = "content/events/conf.md"
	text := "---\nkind: event\nname: Conf\nstart: 2024-05-01 09:00\nend: 2024-05-02 18:00\nrooms: [Lab, Hall]\n---\n"
	files, assets := inPlaceSite()
	cfg := config.Default()
	// The pattern would give another URL than the page's path.
	cfg.Permalinks.EventPagesByPath, cfg.Permalinks.Event = true, "/e/:slug/"
	md := markdown.New(markdown.Options{})
	memo := NewMemo()
	s, last := Build(context.Background(), cfg, content.Set{Docs: parseFiles(files), Assets: assets}, md, Options{Memo: memo})
	orig := eventStructure(s)
	files[conf] = text
	edited := content.Parse(conf, []byte(text), content.Options{})
	p, ok := s.Reevent(edited, md, memo, last)
	if refused(t, "Reevent", ok, true, s, eventStructure, orig) {
		return
	}
	want, wantDiags := Build(context.Background(), cfg, content.Set{Docs: parseFiles(files), Assets: assets}, md, Options{})
	sameAsBuild(t, s, want, eventStructure, p, last, wantDiags, orig)
}
