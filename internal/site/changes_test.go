package site

import (
	"context"
	"slices"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

func TestIsBreak(t *testing.T) {
	for _, tc := range []struct {
		name, title, format string
		speakers            bool
		want                bool
	}{
		{"format break", "Morning refreshments", "Break", false, true},
		{"format coffee break", "Coffee", "Coffee break", false, true},
		{"format lunch", "Lunch on the terrace", "Lunch", false, true},
		{"format social", "The Friday party", "Social", true, true},
		{"format talk wins over title", "Lunch", "Talk", false, false},
		{"keynote", "Coffee break", "Keynote", false, false},
		{"title lunch", "Lunch", "", false, true},
		{"title doors open", "Doors open", "", false, true},
		{"title coffee break day 2", "Coffee break (day 2)", "", false, true},
		{"title registration and breakfast", "Registration & breakfast", "", false, true},
		{"title numbered in words", "Break one", "", false, true},
		{"title with speakers is a session", "Lunch", "", true, false},
		{"title about coffee", "Coffee and the art of code", "", false, false},
		{"title of fillers only", "Day 1 morning", "", false, false},
		{"title of a talk", "Breaking changes", "", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := doc("talks/x.md", content.KindTalk, tc.title, func(d *content.Document) {
				d.Format = tc.format
				if tc.speakers {
					d.Speakers = []content.Person{person("Ada")}
				}
			})
			if got := IsBreak(&Page{Doc: *d}); got != tc.want {
				t.Errorf("IsBreak(%q, format %q) = %v, want %v", tc.title, tc.format, got, tc.want)
			}
		})
	}
}

func TestBreaksHaveNoPage(t *testing.T) {
	at := time.Date(2026, 6, 11, 10, 0, 0, 0, time.UTC)
	lunch := doc("talks/lunch.md", content.KindTalk, "Lunch", func(d *content.Document) { d.Date, d.Format = at.Add(2*time.Hour), "Break" })
	asked := doc("talks/party.md", content.KindTalk, "Party", func(d *content.Document) {
		d.Date, d.Format, d.Params = at.Add(4*time.Hour), "Social", map[string]any{"page": true}
	})
	talk := doc("talks/go.md", content.KindTalk, "Go", func(d *content.Document) { d.Date, d.Format = at, "Talk" })
	s, diags := build(t, config.Default(), Options{}, lunch, asked, talk)
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	var got []string
	for _, p := range s.Talks {
		got = append(got, p.Doc.Title+" pageless="+map[bool]string{true: "yes", false: "no"}[p.Pageless]+" ics="+p.CalendarURL())
	}
	want := []string{"Go pageless=no ics=/talks/go/go.ics", "Lunch pageless=yes ics=", "Party pageless=no ics=/talks/party/party.ics"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	for _, term := range s.Formats.Terms {
		if term.Name == "Break" {
			t.Errorf("a format term lists the break that has no page: %v", urls(term.Pages))
		}
	}
}

func TestStatus(t *testing.T) {
	for _, tc := range []struct {
		name   string
		params map[string]any
		want   string
	}{
		{"none", nil, ""},
		{"cancelled", map[string]any{"status": "cancelled"}, Cancelled},
		{"canceled", map[string]any{"status": "Canceled"}, Cancelled},
		{"moved", map[string]any{"status": "moved"}, Moved},
		{"cancelled true", map[string]any{"cancelled": true}, Cancelled},
		{"canceled yes", map[string]any{"canceled": "yes"}, Cancelled},
		{"cancelled false", map[string]any{"cancelled": false}, ""},
		{"other status", map[string]any{"status": "confirmed"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &content.Document{Params: tc.params}
			if got := status(d); got != tc.want {
				t.Errorf("status(%v) = %q, want %q", tc.params, got, tc.want)
			}
		})
	}
}

func TestMoves(t *testing.T) {
	ten := time.Date(2026, 6, 11, 10, 0, 0, 0, time.UTC)
	eleven := ten.Add(time.Hour)
	built := ten.AddDate(0, 0, -7)
	talk := func(start time.Time, room string) *content.Document {
		return doc("talks/go.md", content.KindTalk, "Go", func(d *content.Document) {
			d.Date, d.End, d.Room = start, start.Add(45*time.Minute), room
		})
	}
	was := Placement{Start: ten, Room: "A"}
	for _, tc := range []struct {
		name     string
		doc      *content.Document
		previous *Programme
		now      time.Time
		want     *Placement
		kept     bool
	}{
		{"first build", talk(ten, "A"), nil, built, nil, false},
		{"unchanged", talk(ten, "A"), &Programme{Talks: map[string]Placement{"/talks/go/": was}}, built, nil, false},
		{"later", talk(eleven, "A"), &Programme{Talks: map[string]Placement{"/talks/go/": was}}, built, &was, true},
		{"other room", talk(ten, "B"), &Programme{Talks: map[string]Placement{"/talks/go/": was}}, built, &was, true},
		{"move kept by the next build", talk(eleven, "A"), &Programme{
			Talks: map[string]Placement{"/talks/go/": {Start: eleven, Room: "A"}},
			Moves: map[string]Move{"/talks/go/": {From: was, Seen: built}},
		}, built.Add(time.Hour), &was, true},
		// Moved back: from where readers saw it last.
		{"moved again", talk(ten, "A"), &Programme{
			Talks: map[string]Placement{"/talks/go/": {Start: eleven, Room: "A"}},
			Moves: map[string]Move{"/talks/go/": {From: was, Seen: built}},
		}, built, &Placement{Start: eleven, Room: "A"}, true},
		{"after the talk", talk(eleven, "A"), &Programme{Talks: map[string]Placement{"/talks/go/": was}}, eleven.Add(time.Hour), nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, diags := Build(context.Background(), config.Default(), content.Set{Docs: []*content.Document{tc.doc}}, markdown.New(markdown.Options{}),
				Options{Changes: Changes{Previous: tc.previous, Now: tc.now}})
			if len(diags) > 0 {
				t.Fatalf("diagnostics: %q", diags.Strings())
			}
			p := s.Talks[0]
			switch {
			case tc.want == nil && p.MovedFrom != nil:
				t.Errorf("MovedFrom = %+v, want none", *p.MovedFrom)
			case tc.want != nil && (p.MovedFrom == nil || !same(*p.MovedFrom, *tc.want)):
				t.Errorf("MovedFrom = %+v, want %+v", p.MovedFrom, *tc.want)
			}
			if _, ok := s.Programme.Moves["/talks/go/"]; ok != tc.kept {
				t.Errorf("move recorded for the next build: %v, want %v", ok, tc.kept)
			}
			if got := s.Programme.Talks["/talks/go/"]; !same(got, Placement{Start: tc.doc.Date, Room: tc.doc.Room}) {
				t.Errorf("programme records %+v", got)
			}
		})
	}
}

func TestShowChangesFor(t *testing.T) {
	ten := time.Date(2026, 6, 11, 10, 0, 0, 0, time.UTC)
	cfg := config.Default()
	cfg.Schedule.ChangesFor = 48 * time.Hour
	d := doc("talks/go.md", content.KindTalk, "Go", func(d *content.Document) { d.Date = ten.Add(time.Hour) })
	prev := &Programme{Talks: map[string]Placement{"/talks/go/": {Start: ten}}}
	for _, tc := range []struct {
		now  time.Time
		want bool
	}{{ten.Add(-72 * time.Hour), true}, {ten.Add(-47 * time.Hour), true}} {
		s, _ := build(t, cfg, Options{Changes: Changes{Previous: prev, Now: tc.now}}, d)
		if got := s.Talks[0].MovedFrom != nil; got != tc.want {
			t.Errorf("at %v: moved shown %v, want %v", tc.now, got, tc.want)
		}
	}
	// Noticed 49 hours ago, the move is no longer shown.
	prev.Moves = map[string]Move{"/talks/go/": {From: Placement{Start: ten}, Seen: ten.Add(-49 * time.Hour)}}
	prev.Talks["/talks/go/"] = Placement{Start: ten.Add(time.Hour)}
	if s, _ := build(t, cfg, Options{Changes: Changes{Previous: prev, Now: ten}}, d); s.Talks[0].MovedFrom != nil {
		t.Errorf("a move noticed 49 hours ago is still shown with show_changes = 48h")
	}
}
