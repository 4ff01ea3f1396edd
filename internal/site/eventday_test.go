package site

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestTalksDatedByEventDay: a talk that names a day of its event
// ("day: 2", "day: Day 1", "day: Saturday") is dated on that day of the
// event it belongs to (its event field, or the site's only event), at
// its time of day (and ends at its end's), in the event's zone, and is
// in its schedule; one
// whose event has no start, or that has no event, stays undated with a
// warning saying how to date it, once for all such talks of an event.
func TestTalksDatedByEventDay(t *testing.T) {
	page := map[string]string{
		"content/events/orchard.md": talk("title: Orchard Summit", "date: 2025-09-18", "end: 2025-09-20", "timezone: America/Chicago"),
		"content/talks/a.md":        talk("title: Grafting", "day: 2", "startTime: \"10:30\"", "duration: 45"),
		"content/talks/b.md":        talk("title: Pruning", "day: \"Day 1\"", "time: 9:15AM - 10:00AM"),
		"content/talks/c.md":        talk("title: Cider", "day: Saturday", "start: \"14:00\"", "end: \"14:40\""),
		"content/talks/d.md":        talk("title: Opening", "day: 1"),
	}
	configured := map[string]string{
		"config.toml":        "[[events]]\nname = \"Harbour Days\"\nstart = 2025-03-03\ntimezone = \"Europe/Lisbon\"\n",
		"content/talks/a.md": talk("title: Knots", "event: Harbour Days", "day: 3", "time: \"16:00\""),
	}
	noStart := map[string]string{
		"content/talks/a.md": talk("title: Knots", "event: Harbour Days", "day: 3", "time: \"16:00\""),
		"content/talks/b.md": talk("title: Sails", "event: Harbour Days", "date: 2025-03-03 10:00"),
		"content/talks/c.md": talk("title: Oars", "event: Harbour Days", "day: 1"),
	}
	noEvent := map[string]string{
		"content/talks/a.md": talk("title: Knots", "day: Tuesday"),
		"content/talks/b.md": talk("title: Ropes", "day: 2"),
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []string // file: date, end
		diags []string
	}{
		{"event page", page, []string{
			"talks/a.md: 2025-09-19T10:30:00-05:00 – 2025-09-19T11:15:00-05:00",
			"talks/b.md: 2025-09-18T09:15:00-05:00 – 2025-09-18T10:00:00-05:00",
			"talks/c.md: 2025-09-20T14:00:00-05:00 – 2025-09-20T14:40:00-05:00",
			"talks/d.md: 2025-09-18T00:00:00-05:00",
		}, nil},
		{"config event", configured, []string{"talks/a.md: 2025-03-05T16:00:00Z"}, nil},
		{"event without a start", noStart, []string{"talks/a.md: undated", "talks/b.md: 2025-03-03T10:00:00Z", "talks/c.md: undated"}, []string{
			`content/talks/a.md:4:1: warning: "day" names day 3 of the event "Harbour Days", which has no start date to count from, so the talk is not yet scheduled, nor are the event's other talks dated so; give the event a start date: "date: 2024-06-10" on its page or record, or start in its [[events]] entry of config.toml`,
		}},
		{"no event", noEvent, []string{"talks/a.md: undated", "talks/b.md: undated"}, []string{
			`content/talks/a.md:3:1: warning: "day" names Tuesday of an event, but the talk belongs to no event to count from, so it is not yet scheduled, nor is any other talk dated so without an event; give it "event: …" naming an event with a start date, or a date of its own`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := siteOf(t, tt.files)
			var got []string
			for _, p := range s.Talks {
				line := p.Doc.Path + ": undated"
				if !p.Doc.Date.IsZero() {
					line = p.Doc.Path + ": " + p.Doc.Date.Format(time.RFC3339)
				}
				if !p.Doc.End.IsZero() {
					line += " – " + p.Doc.End.Format(time.RFC3339)
				}
				got = append(got, line)
			}
			slices.Sort(got)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("talks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			var warnings []string
			for _, d := range diags {
				if strings.Contains(d, `"day"`) {
					warnings = append(warnings, d)
				}
			}
			if !slices.Equal(warnings, tt.diags) {
				t.Errorf("warnings:\n%q\nwant:\n%q", warnings, tt.diags)
			}
		})
	}
	s, _ := siteOf(t, page)
	if s.Schedule == nil || len(s.Schedule.Days) != 3 || len(s.Schedule.Unscheduled) != 0 {
		t.Fatalf("schedule: want three days and every talk on one, got %+v", s.Schedule)
	}
}
