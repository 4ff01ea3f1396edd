package build

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// eventSite is an event with a page of its own and three talks.
const eventSite = `-- config.toml --
title = "Event"
-- content/events/conf.md --
---
title: Conf
date: 2026-06-11
venue: Hall
---
The conference.
-- content/talks/t1.md --
---
title: Talk one
date: 2026-06-11 10:00
event: conf
speakers: [Ada Lovelace]
---
Body of one.
-- content/talks/t2.md --
---
title: Talk two
date: 2026-06-11 11:00
event: conf
speakers: [Grace Hopper]
---
Body of two.
-- content/talks/t3.md --
---
title: Talk three
date: 2026-06-11 12:00
event: conf
speakers: [Grace Hopper]
---
Body of three.
`

// TestMovingATalkLeavesItsEventsOtherTalks: a talk page of the default
// theme shows what .Page.Event holds of its event, not the event's
// talks, so a slug that moves one talk renders the lists showing it and
// not the event's other talk pages; a theme whose talk page lists the
// event's talks (.Event.Talks) renders them all. Either way every
// output is then what a fresh build gives.
func TestMovingATalkLeavesItsEventsOtherTalks(t *testing.T) {
	const moved = "---\ntitle: Talk one\nslug: first\ndate: 2026-06-11 10:00\nevent: conf\nspeakers: [Ada Lovelace]\n---\nBody of one.\n"
	lists := []string{"index.html", "talks/first/index.html", "talks/first/first.ics", "talks/index.html", "events/conf/index.html",
		"events/conf/schedule/index.html", "schedule/index.html", "speakers/ada-lovelace/index.html", "speakers/index.html"}
	for _, tc := range []struct {
		name, theme string
		want        []string
	}{{
		name: "the default theme",
		want: lists,
	}, {
		name:  "a talk page listing its event's talks",
		theme: "-- layouts/talk.html --\n{{define \"main\"}}<h1>{{.Page.Title}}</h1>{{range .Event.Talks}}<a href=\"{{.URL}}\">{{.Title}}</a>{{end}}{{end}}\n",
		want:  concat(lists, []string{"talks/t2/index.html", "talks/t3/index.html"}),
	}} {
		t.Run(tc.name, func(t *testing.T) {
			dir, s := startSession(t, eventSite+tc.theme)
			ctx := context.Background()
			edit(t, dir, "content/talks/t1.md", moved)
			rb, diags := s.Rebuild(ctx, []string{"content/talks/t1.md"})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			got, want := slices.Sorted(slices.Values(rb.Rendered)), slices.Sorted(slices.Values(tc.want))
			if !slices.Equal(got, want) {
				t.Errorf("rendered\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
			// The other talks' calendars show the event's venue, which
			// their entries hold: they are not left stale either.
			for _, p := range rb.Stale {
				if strings.HasPrefix(p, "talks/t") {
					t.Errorf("%s left stale, as if it showed the moved talk", p)
				}
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}

// TestEventDatesAndRoomsInPlace: an event page given other dates and
// rooms updates the last model in place (site.Site.Reevent), no model
// built, and every output is then a fresh build's: the event's page and
// schedule, its talks' pages, the events' list.
func TestEventDatesAndRoomsInPlace(t *testing.T) {
	dir, s := startSession(t, eventSite)
	for _, text := range []string{
		"---\ntitle: Conf\ndate: 2026-06-10\nend: 2026-06-12\nrooms: [Annex, Hall]\nvenue: Hall\n---\nThe conference.\n",
		"---\ntitle: Conf\ndate: 2026-06-11\nend: 2026-06-11\nrooms: [Hall]\nvenue: Hall\n---\nThe conference, in one room.\n",
	} {
		edit(t, dir, "content/events/conf.md", text)
		rb, diags := s.Rebuild(context.Background(), []string{"content/events/conf.md"})
		if stages := stageNames(rb); slices.Contains(stages, "model") || !slices.Contains(stages, "move") {
			t.Errorf("the event's dates and rooms built the model: stages %q", stages)
		}
		sameAsFullBuild(t, s, dir, diags)
	}
	if out, ok := s.Output("events/conf/index.html"); !ok || !strings.Contains(string(out.Body), "one room") {
		t.Errorf("the event's page does not show the edit")
	}
}
