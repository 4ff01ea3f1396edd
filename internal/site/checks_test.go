package site

import (
	"strings"
	"testing"
	"time"
)

// TestProgrammeChecks asserts the programme's warnings verbatim: each
// names both files with the line of their date.
func TestProgrammeChecks(t *testing.T) {
	event := "content/events/e.md"
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"a clean programme", map[string]string{
			event:                  talk("name: E", "start: 2026-06-11", "end: 2026-06-12", "timezone: Europe/Lisbon", "rooms: [A, B]"),
			"content/talks/k.md":   talk("title: Keynote", "format: keynote", "date: 2026-06-11 09:00", "duration: 1h", "room: A", "speakers: [Ann]"),
			"content/talks/w.md":   talk("title: Beside the keynote", "date: 2026-06-11 09:00", "duration: 1h", "room: B"),
			"content/talks/x.md":   talk("title: Right after", "date: 2026-06-11 10:00", "duration: 1h", "room: A", "speakers: [Ann]"),
			"content/talks/lun.md": talk("title: Lunch", "format: break", "date: 2026-06-11 11:00", "duration: 1h"),
		}, nil},
		{"a room double-booked", map[string]string{
			event:                talk("name: E", "timezone: Europe/Lisbon"),
			"content/talks/a.md": talk("title: First", "date: 2026-06-11 10:15", "duration: 45", "room: Sala Tejo"),
			"content/talks/b.md": talk("title: Second", "date: 2026-06-11 10:30", "duration: 45", "room: Sala Tejo"),
		}, []string{
			`content/talks/a.md:3:1: warning: room "Sala Tejo" is double-booked on 11 June 2026: "First" (10:15–11:00) overlaps "Second" (10:30–11:15, content/talks/b.md:3:1); move one of them to another room or time`,
		}},
		{"two talks starting together without ends", map[string]string{
			"content/talks/a.md": talk("title: First", "date: 2026-06-11 10:15", "room: R"),
			"content/talks/b.md": talk("title: Second", "date: 2026-06-11 10:15", "room: R"),
		}, []string{
			`content/talks/a.md:3:1: warning: room "R" is double-booked on 11 June 2026: "First" (10:15) overlaps "Second" (10:15, content/talks/b.md:3:1); move one of them to another room or time`,
		}},
		{"a break beside a talk", map[string]string{
			"content/talks/a.md": talk("title: Long Workshop", "date: 2026-06-11 11:00", "duration: 2h", "room: Lab"),
			"content/talks/l.md": talk("title: Lunch", "format: break", "date: 2026-06-11 12:30", "duration: 1h"),
		}, []string{
			`content/talks/l.md:4:1: warning: "Lunch" (12:30–13:30) spans every room because it has no room, but "Long Workshop" (Lab, 11:00–13:00, content/talks/a.md:3:1) runs at the same time on 11 June 2026; give "Lunch" a room or change its times`,
		}},
		{"talks in all rooms at once are no clash", map[string]string{
			"content/talks/r.md": talk("title: Registration", "date: 2026-06-11 08:00", "duration: 1h", "room: full"),
			"content/talks/b.md": talk("title: Breakfast", "date: 2026-06-11 08:00", "duration: 1h", "room: All rooms"),
			"content/talks/c.md": talk("title: Coffee", "date: 2026-06-11 08:30", "duration: 30m", "room: full"),
		}, nil},
		{"a talk in all rooms beside a talk in a room", map[string]string{
			"content/talks/k.md": talk("title: Welcome", "date: 2026-06-11 09:00", "duration: 1h", "room: Plenary"),
			"content/talks/a.md": talk("title: Early", "date: 2026-06-11 09:30", "duration: 1h", "room: Lab"),
		}, []string{
			`content/talks/k.md:3:1: warning: "Welcome" (09:00–10:00) spans every room because it is in all rooms, but "Early" (Lab, 09:30–10:30, content/talks/a.md:3:1) runs at the same time on 11 June 2026; give "Welcome" a room or change its times`,
		}},
		{"a cancelled talk frees its room and its speakers", map[string]string{
			"content/talks/a.md": talk("title: Gone", "date: 2026-06-11 10:00", "duration: 1h", "room: A", "speakers: [Priya Raman]", "status: cancelled"),
			"content/talks/b.md": talk("title: In its place", "date: 2026-06-11 10:00", "duration: 1h", "room: A", "speakers: [Priya Raman]"),
		}, nil},
		{"a speaker in two places", map[string]string{
			"content/talks/a.md": talk("title: Morning", "date: 2026-06-11 10:00", "duration: 1h", "room: A", "speakers: [Priya Raman]"),
			"content/talks/b.md": talk("title: Panel", "date: 2026-06-11 10:30", "duration: 1h", "room: B", "speakers: [Tomás, priya raman]"),
		}, []string{
			`content/talks/a.md:3:1: warning: Priya Raman is in two places at once on 11 June 2026: "Morning" (A, 10:00–11:00) and "Panel" (B, 10:30–11:30, content/talks/b.md:3:1); move one of the talks or correct its speakers`,
		}},
		{"a talk outside its event's dates", map[string]string{
			event:                talk("name: DevConf", "start: 2026-06-11", "end: 2026-06-12", "timezone: Europe/Lisbon"),
			"content/talks/a.md": talk("title: Late", "date: 2026-06-13 10:00", "room: A"),
			"content/talks/b.md": talk("title: Last day", "date: 2026-06-12 23:30", "room: A"),
		}, []string{
			`content/talks/a.md:3:1: warning: "Late" is dated 13 June 2026, outside its event DevConf (11 June 2026 to 12 June 2026); correct its date, or the event's start and end (content/events/e.md:3:1)`,
		}},
		{"breaks overlap each other by plan", map[string]string{
			"content/talks/a.md": talk("title: Workshop", "date: 2026-06-11 13:00", "duration: 2h", "room: Lab"),
			"content/talks/b.md": talk("title: Breakfast", "date: 2026-06-11 08:00", "duration: 1h", "room: Foyer", "category: talks"),
			"content/talks/r.md": talk("title: Registration", "date: 2026-06-11 08:00", "duration: 8h", "room: Desk"),
			"content/talks/q.md": talk("title: Quiet room", "date: 2026-06-11 08:00", "duration: 8h", "room: Library", "format: break"),
		}, nil},
		{"a break in every room still clashes with a talk", map[string]string{
			"content/talks/a.md": talk("title: Workshop", "date: 2026-06-11 08:30", "duration: 2h", "room: Lab"),
			"content/talks/b.md": talk("title: Lunch", "date: 2026-06-11 10:00", "duration: 1h", "room: all rooms"),
		}, []string{
			`content/talks/b.md:3:1: warning: "Lunch" (10:00–11:00) spans every room because it is in all rooms, but "Workshop" (Lab, 08:30–10:30, content/talks/a.md:3:1) runs at the same time on 11 June 2026; give "Lunch" a room or change its times`,
		}},
		{"a talk that ends as it starts is a point in time", map[string]string{
			"content/talks/o.md": talk("title: Opening word", "date: 2026-06-11 09:00", "end: 2026-06-11 09:00", "room: Main", "speakers: [Ann]"),
			"content/talks/k.md": talk("title: Keynote", "date: 2026-06-11 09:00", "duration: 15m", "room: Main", "speakers: [Ann]"),
			"content/talks/c.md": talk("title: Closing word", "date: 2026-06-11 09:15", "end: 2026-06-11 09:15", "room: Main"),
			"content/talks/d.md": talk("title: Doors close", "date: 2026-06-11 09:15", "end: 2026-06-11 09:15", "room: Main"),
		}, nil},
		{"a point in time within a talk in its room clashes", map[string]string{
			"content/talks/k.md": talk("title: Keynote", "date: 2026-06-11 09:00", "duration: 15m", "room: Main"),
			"content/talks/w.md": talk("title: Welcome", "date: 2026-06-11 09:10", "end: 2026-06-11 09:10", "room: Main"),
		}, []string{
			`content/talks/k.md:3:1: warning: room "Main" is double-booked on 11 June 2026: "Keynote" (09:00–09:15) overlaps "Welcome" (09:10, content/talks/w.md:3:1); move one of them to another room or time`,
		}},
		{"a talk without an end still clashes with one starting with it", map[string]string{
			"content/talks/o.md": talk("title: Opening word", "date: 2026-06-11 09:00", "room: Main"),
			"content/talks/k.md": talk("title: Keynote", "date: 2026-06-11 09:00", "duration: 15m", "room: Main"),
		}, []string{
			`content/talks/k.md:3:1: warning: room "Main" is double-booked on 11 June 2026: "Keynote" (09:00–09:15) overlaps "Opening word" (09:00, content/talks/o.md:3:1); move one of them to another room or time`,
		}},
		{"a zone abbreviation", map[string]string{
			event:                talk("name: PyCon AU", "timezone: AEST"),
			"content/talks/a.md": talk("title: A", "date: 2026-06-11 10:00", "room: A"),
		}, nil},
		{"an ambiguous zone abbreviation", map[string]string{
			event:                talk("name: PyCon IE", "timezone: IST"),
			"content/talks/a.md": talk("title: A", "date: 2026-06-11 10:00", "room: A"),
		}, []string{
			`content/events/e.md:3:1: warning: event "PyCon IE": time zone "IST" is an abbreviation of several time zones; write the IANA name of the one meant: "Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"; using local times of no zone meanwhile`,
		}},
		{"a zone that is not one", map[string]string{
			event:                talk("name: PyCon AU", "timezone: Sydney"),
			"content/talks/a.md": talk("title: A", "date: 2026-06-11 10:00", "room: A"),
		}, []string{
			`content/events/e.md:3:1: warning: event "PyCon AU": time zone "Sydney" is not an IANA time zone name; write one such as "Europe/Berlin" or "America/Chicago"; using local times of no zone meanwhile`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := siteOf(t, tt.files)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestWrittenOffsetKept: a talk's written offset is kept unless its event
// names a zone to show it in.
func TestWrittenOffsetKept(t *testing.T) {
	tests := []struct {
		name, event, want string
	}{
		{"event without a zone", talk("name: E"), "2021-01-01T12:00:00-04:00"},
		{"event with a zone", talk("name: E", "timezone: Europe/Lisbon"), "2021-01-01T16:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := siteOf(t, map[string]string{
				"content/events/e.md": tt.event,
				"content/talks/a.md":  talk("title: A", "date: 2021-01-01T12:00-0400", "room: R"),
			})
			if len(diags) > 0 {
				t.Errorf("diagnostics: %q", diags)
			}
			for _, p := range s.Pages {
				if p.Doc.Path == "talks/a.md" {
					if p.Event == nil {
						t.Fatal("the talk joined no event")
					}
					if got := p.Doc.Date.Format(time.RFC3339); got != tt.want {
						t.Errorf("date %s, want %s", got, tt.want)
					}
					return
				}
			}
			t.Fatal("no talk")
		})
	}
}
