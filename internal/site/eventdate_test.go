package site

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestTalksDatedByOneDayEvent: a talk that writes no date takes the day
// of the one-day event it names (by slug, by name, by an Astro
// reference stored as {collection, id}) or, on a site of one event,
// joins: at the time of day it writes, else none, in the event's zone.
// A talk of an event over several days, dated by a month or a year
// alone, or with no date stays undated; a talk's own date wins.
func TestTalksDatedByOneDayEvent(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // file: date
	}{
		{"a conference's day", map[string]string{
			"content/events/rivercon.md": talk("title: RiverCon", "date: 2024-05-16", "timezone: Europe/Paris"),
			"content/events/longconf.md": talk("title: LongConf", "date: 2024-11-04", "end: 2024-11-06"),
			"content/talks/a.md":         talk("title: Quiet types", "event: rivercon"),
			"content/talks/b.md":         talk("title: Loud types", "event: RiverCon", "time: \"14:30\""),
			"content/talks/c.md":         talk("title: Long talk", "event: longconf"),
			"content/talks/d.md":         talk("title: Own date", "event: rivercon", "date: 2024-05-15 10:00"),
			"content/talks/e.md":         talk("title: By reference", "event: {collection: events, id: rivercon}"),
		}, []string{
			"talks/a.md: 2024-05-16T00:00:00+02:00",
			"talks/b.md: 2024-05-16T14:30:00+02:00",
			"talks/c.md: undated",
			"talks/d.md: 2024-05-15T10:00:00+02:00",
			"talks/e.md: 2024-05-16T00:00:00+02:00",
		}},
		{"a meetup's evening", map[string]string{
			"content/events/harbour.md": talk("title: Harbour JS", "date: 2024-09-03T18:30:00+02:00"),
			"content/events/hack.md":    talk("title: Hack night", "date: 2025-02-07T20:00:00-05:00", "end: 2025-02-08T00:00:00-05:00"),
			"content/talks/a.md":        talk("title: Tiny servers", "event: harbour"),
			"content/talks/b.md":        talk("title: Late demo", "event: hack"),
		}, []string{
			"talks/a.md: 2024-09-03T00:00:00+02:00",
			"talks/b.md: 2025-02-07T00:00:00-05:00",
		}},
		{"a site of one event", map[string]string{
			"content/events/summit.md": talk("title: Summit", "date: 2025-06-12"),
			"content/talks/a.md":       talk("title: Opening"),
		}, []string{"talks/a.md: 2025-06-12T00:00:00Z"}},
		{"an event of a year", map[string]string{
			"content/events/yearly.md": talk("title: Yearly", "date: 2019"),
			"content/talks/a.md":       talk("title: Some talk", "event: yearly"),
		}, []string{"talks/a.md: undated"}},
		{"an event without a date", map[string]string{
			"content/events/someday.md": talk("title: Someday"),
			"content/talks/a.md":        talk("title: Some talk", "event: someday"),
		}, []string{"talks/a.md: undated"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := siteOf(t, tt.files)
			var got []string
			for _, p := range s.Talks {
				line := p.Doc.Path + ": undated"
				if !p.Doc.Date.IsZero() {
					line = p.Doc.Path + ": " + p.Doc.Date.Format(time.RFC3339)
				}
				got = append(got, line)
			}
			slices.Sort(got)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("talks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
