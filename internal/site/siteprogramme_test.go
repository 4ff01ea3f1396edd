package site

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// TestTalksDatedBySiteProgramme: a conference that the site's settings
// date (config.Programme, read by the layout adapter from another tool's
// config or global data) dates the talks that name a day of it: on a
// site that declares no event it is the site's only event, named by the
// settings or the site's title, in its zone, ending on the last day its
// talks name when the settings give a start alone; it gives a lone event
// without a start its dates. An event with dates of its own keeps them,
// and a site whose talks name no day, or name their own event, gets no
// event from the settings.
func TestTalksDatedBySiteProgramme(t *testing.T) {
	start := time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)
	riverbank := config.Event{Name: "Riverbank JS Conf", Start: start, End: start.AddDate(0, 0, 1), Timezone: "Europe/Berlin", Venue: "Old Mill"}
	byDay := map[string]string{
		"content/talks/a.md": talk("title: Opening", "day: 1", "startTime: \"09:30\"", "endTime: \"10:15\""),
		"content/talks/b.md": talk("title: Streams", "day: \"Day 2\"", "startTime: \"11:00\""),
	}
	tests := []struct {
		name   string
		files  map[string]string
		prog   config.Event
		events []string // name: start – end, venue
		want   []string // talk: date
		diags  []string
	}{
		{"no event declared", byDay, riverbank,
			[]string{"Riverbank JS Conf: 2025-09-18T00:00:00+02:00 – 2025-09-19T00:00:00+02:00, Old Mill"},
			[]string{"talks/a.md: 2025-09-18T09:30:00+02:00", "talks/b.md: 2025-09-19T11:00:00+02:00"}, nil},
		{"named by the site's title, ending on its talks' last day", byDay, config.Event{Start: start},
			[]string{"Northwind: 2025-09-18T00:00:00Z – 2025-09-19T00:00:00Z, "},
			[]string{"talks/a.md: 2025-09-18T09:30:00Z", "talks/b.md: 2025-09-19T11:00:00Z"}, nil},
		{"an event page without a start", with(byDay, "content/events/river.md", talk("title: River Days", "timezone: Europe/Lisbon")), config.Event{Start: start},
			[]string{"River Days: 2025-09-18T00:00:00+01:00 – 2025-09-19T00:00:00+01:00, "},
			[]string{"talks/a.md: 2025-09-18T09:30:00+01:00", "talks/b.md: 2025-09-19T11:00:00+01:00"}, nil},
		{"an event page with its own start", with(byDay, "content/events/river.md", talk("title: River Days", "date: 2025-10-01", "end: 2025-10-02")), riverbank,
			[]string{"River Days: 2025-10-01T00:00:00Z – 2025-10-02T00:00:00Z, "},
			[]string{"talks/a.md: 2025-10-01T09:30:00Z", "talks/b.md: 2025-10-02T11:00:00Z"}, nil},
		{"talks with dates of their own", map[string]string{"content/talks/a.md": talk("title: Opening", "date: 2025-09-18 09:30")}, riverbank,
			nil, []string{"talks/a.md: 2025-09-18T09:30:00Z"}, nil},
		{"talks naming their event", map[string]string{"content/talks/a.md": talk("title: Opening", "event: Other Days", "day: 1")}, riverbank,
			[]string{"Other Days: undated, "}, []string{"talks/a.md: undated"},
			[]string{`content/talks/a.md:4:1: warning: "day" names day 1 of the event "Other Days", which has no start date to count from, so the talk is not yet scheduled, nor are the event's other talks dated so; give the event a start date: "date: 2024-06-10" on its page or record, or start in its [[events]] entry of config.toml`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := config.Default()
			cfg.Title = "Northwind"
			cfg.Programme, cfg.ProgrammePos = tt.prog, diag.Pos{File: "_config.yml", Line: 3, Col: 3}
			fsys := fstest.MapFS{}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			set, diags := content.Load(fsys, content.Options{Location: cfg.Location})
			s, d := Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), Options{})
			diags.Append(d)
			var events, talks, warnings []string
			for _, e := range s.Events {
				line := e.Name + ": undated"
				if !e.Start.IsZero() {
					line = e.Name + ": " + e.Start.Format(time.RFC3339) + " – " + e.End.Format(time.RFC3339)
				}
				events = append(events, line+", "+e.Venue)
			}
			for _, p := range s.Talks {
				line := p.Doc.Path + ": undated"
				if !p.Doc.Date.IsZero() {
					line = p.Doc.Path + ": " + p.Doc.Date.Format(time.RFC3339)
				}
				talks = append(talks, line)
			}
			slices.Sort(talks)
			for _, d := range diags.Strings() {
				if strings.Contains(d, "warning") {
					warnings = append(warnings, d)
				}
			}
			if !slices.Equal(events, tt.events) {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(events, "\n"), strings.Join(tt.events, "\n"))
			}
			if !slices.Equal(talks, tt.want) {
				t.Errorf("talks:\n%s\nwant:\n%s", strings.Join(talks, "\n"), strings.Join(tt.want, "\n"))
			}
			if !slices.Equal(warnings, tt.diags) {
				t.Errorf("warnings:\n%q\nwant:\n%q", warnings, tt.diags)
			}
		})
	}
}

// with is files and one more.
func with(files map[string]string, name, text string) map[string]string {
	out := map[string]string{name: text}
	for k, v := range files {
		out[k] = v
	}
	return out
}
