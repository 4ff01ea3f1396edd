package site

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// siteOf loads files (config.toml and content/…) as the build stages do
// and builds the model, returning it with every diagnostic.
func siteOf(t *testing.T, files map[string]string) (*Site, []string) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	cfg := config.Default()
	var all []string
	if src, ok := files[config.FileName]; ok {
		c, diags := config.Parse(config.FileName, []byte(src))
		if diags.HasErrors() {
			t.Fatalf("config: %v", diags.Strings())
		}
		cfg = c
		all = append(all, diags.Strings()...)
	}
	set, diags := content.Load(fsys, content.Options{Location: cfg.Location})
	all = append(all, diags.Strings()...)
	s, diags := Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), Options{})
	all = append(all, diags.Strings()...)
	return s, all
}

// talk writes a talk's file: front matter lines, joined.
func talk(lines ...string) string {
	return "---\n" + strings.Join(lines, "\n") + "\n---\n"
}

// dump writes a schedule as text: per day its rooms and rows (* where a
// talk starts), then each slot with its row and column spans.
func dump(s *Schedule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "rooms %s\n", strings.Join(s.Rooms, ", "))
	for _, d := range s.Days {
		fmt.Fprintf(&b, "%s [%s]\n ", d.Date.Format("2006-01-02 -07:00"), strings.Join(d.Rooms, ", "))
		for _, r := range d.Rows {
			star := ""
			if r.Starts {
				star = "*"
			}
			fmt.Fprintf(&b, " %s%s", r.Start.Format("15:04"), star)
		}
		b.WriteString("\n")
		for _, sl := range d.Slots {
			kind := ""
			if sl.Plenary {
				kind += " plenary"
			}
			if sl.Break {
				kind += " break"
			}
			fmt.Fprintf(&b, "  %s row %d+%d col %d+%d%s\n", sl.Talk.Doc.Title, sl.Row, sl.Rows, sl.Col, sl.Cols, kind)
		}
		for _, p := range d.Untimed {
			fmt.Fprintf(&b, "  %s (no time)\n", p.Doc.Title)
		}
	}
	for _, p := range s.Unscheduled {
		fmt.Fprintf(&b, "unscheduled %s\n", p.Doc.Title)
	}
	return b.String()
}

// conferenceFiles is a two-day event with three rooms, a keynote and
// breaks spanning them, a workshop over two rows, a room the event does
// not list, a keynote beside another talk, a talk without an end, one
// without a time and one without a date.
var conferenceFiles = map[string]string{
	"config.toml": "timezone = \"UTC\"\n",
	"content/events/conf.md": talk("name: Conf", "start: 2026-06-11", "end: 2026-06-12",
		"timezone: Europe/Lisbon", "rooms: [Auditorium, Sala Tejo, Sala Douro]"),
	"content/talks/keynote.md":  talk("title: Keynote", "format: keynote", "date: 2026-06-11 09:00", "duration: 45m", "room: Auditorium"),
	"content/talks/coffee.md":   talk("title: Coffee", "format: break", "date: 2026-06-11 09:45", "end: 2026-06-11 10:15"),
	"content/talks/a.md":        talk("title: A", "date: 2026-06-11 10:15", "duration: 45", "room: Sala Tejo", "speakers: [Ann]"),
	"content/talks/b.md":        talk("title: B", "date: 2026-06-11 10:15", "duration: 45", "room: Auditorium", "speakers: [Bo]"),
	"content/talks/workshop.md": talk("title: Workshop", "date: 2026-06-11 10:15", "duration: 1h30m", "room: Sala Douro", "speakers: [Cy]"),
	"content/talks/lunch.md":    talk("title: Lunch", "format: break", "date: 2026-06-11 11:45", "duration: 1h"),
	"content/talks/keynote2.md": talk("title: Keynote Two", "format: keynote", "date: 2026-06-12 09:00", "duration: 45m", "room: Auditorium"),
	"content/talks/early.md":    talk("title: Early Workshop", "date: 2026-06-12 09:00", "duration: 45m", "room: Garden"),
	"content/talks/open.md":     talk("title: Open End", "date: 2026-06-12 10:00", "room: Sala Tejo"),
	"content/talks/hallway.md":  talk("title: Hallway", "date: 2026-06-12"),
	"content/talks/tba.md":      talk("title: TBA", "event: conf"),
}

func TestScheduleLayout(t *testing.T) {
	s, diags := siteOf(t, conferenceFiles)
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%s", strings.Join(diags, "\n"))
	}
	if s.Schedule == nil || s.Schedule != s.Events[0].Schedule {
		t.Fatalf("the site's schedule is not its only event's")
	}
	want := `rooms Auditorium, Sala Tejo, Sala Douro, Garden
2026-06-11 +01:00 [Auditorium, Sala Tejo, Sala Douro]
  09:00* 09:45* 10:15* 11:00 11:45*
  Keynote row 1+1 col 1+3 plenary
  Coffee row 2+1 col 1+3 plenary break
  B row 3+1 col 1+1
  A row 3+1 col 2+1
  Workshop row 3+2 col 3+1
  Lunch row 5+1 col 1+3 plenary break
2026-06-12 +01:00 [Auditorium, Sala Tejo, Garden]
  09:00* 09:45 10:00*
  Keynote Two row 1+1 col 1+1
  Early Workshop row 1+1 col 3+1
  Open End row 3+1 col 2+1
  Hallway (no time)
unscheduled TBA
`
	if got := dump(s.Schedule); got != want {
		t.Errorf("schedule:\n%s\nwant:\n%s", got, want)
	}
	sc := s.Schedule
	if sc.URL != "/events/conf/schedule/" || sc.Calendar != "/events/conf/schedule.ics" || sc.JSON != "/events/conf/schedule.json" || sc.XML != "/events/conf/schedule.xml" {
		t.Errorf("URLs = %s %s %s %s", sc.URL, sc.Calendar, sc.JSON, sc.XML)
	}
}

// TestScheduleZones shows a talk's time as written in its event's zone,
// whatever the zone of the machine or the site.
func TestScheduleZones(t *testing.T) {
	event := func(zone string) string {
		return talk("name: E", "timezone: "+zone)
	}
	tests := []struct {
		name  string
		files map[string]string
		// want are the slot starts, each as RFC 3339 with its day.
		want string
	}{
		{"offset in the date, no event", map[string]string{
			"config.toml":        "timezone = \"Europe/Berlin\"\n",
			"content/talks/a.md": talk("title: A", "date: 2017-08-16 11:30:00 -0500", "room: Ballrooms B and C"),
		}, "2017-08-16: 2017-08-16T11:30:00-05:00"},
		{"no offset, the event's zone", map[string]string{
			"content/events/e.md": event("America/Chicago"),
			"content/talks/a.md":  talk("title: A", "date: 2017-08-16 11:30", "room: R"),
		}, "2017-08-16: 2017-08-16T11:30:00-05:00"},
		{"offset in the date, shown in the event's zone", map[string]string{
			"content/events/e.md": event("Pacific/Auckland"),
			"content/talks/a.md":  talk("title: A", "date: 2024-03-01 20:00:00 -0800", "room: R"),
		}, "2024-03-02: 2024-03-02T17:00:00+13:00"},
		{"no zone anywhere: the site's timezone", map[string]string{
			"config.toml":        "timezone = \"Europe/Lisbon\"\n",
			"content/talks/a.md": talk("title: A", "date: 2026-06-11 10:15", "room: R"),
		}, "2026-06-11: 2026-06-11T10:15:00+01:00"},
		{"no zone and no config: UTC", map[string]string{
			"content/talks/a.md": talk("title: A", "date: 2026-06-11 10:15", "room: R"),
		}, "2026-06-11: 2026-06-11T10:15:00Z"},
		{"daylight saving ends during the event", map[string]string{
			"content/events/e.md": event("Europe/Berlin"),
			"content/talks/a.md":  talk("title: A", "date: 2024-10-26 10:00", "room: R"),
			"content/talks/b.md":  talk("title: B", "date: 2024-10-27 10:00", "room: R"),
		}, "2024-10-26: 2024-10-26T10:00:00+02:00 | 2024-10-27: 2024-10-27T10:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := siteOf(t, tt.files)
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics:\n%s", strings.Join(diags, "\n"))
			}
			var got []string
			for _, d := range s.Schedule.Days {
				var starts []string
				for _, sl := range d.Slots {
					starts = append(starts, sl.Start.Format(time.RFC3339))
				}
				got = append(got, d.Date.Format("2006-01-02")+": "+strings.Join(starts, ", "))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("got %s\nwant %s", g, tt.want)
			}
		})
	}
}

// TestScheduleAcrossTheClockChange places a night session over the hour
// that happens twice: it lasts three hours, not two.
func TestScheduleAcrossTheClockChange(t *testing.T) {
	s, _ := siteOf(t, map[string]string{
		"content/events/e.md": talk("name: E", "timezone: Europe/Berlin"),
		"content/talks/a.md":  talk("title: Night", "date: 2024-10-27 01:30", "end: 2024-10-27 03:30", "room: R"),
	})
	sl := s.Schedule.Days[0].Slots[0]
	if got := sl.End.Sub(sl.Start); got != 3*time.Hour {
		t.Errorf("the night session lasts %v, want 3h", got)
	}
	if got := sl.Start.Format(time.RFC3339) + " " + sl.End.Format(time.RFC3339); got != "2024-10-27T01:30:00+02:00 2024-10-27T03:30:00+01:00" {
		t.Errorf("times %s", got)
	}
}

// TestScheduleWithoutEvents lays out the talks of no event, each in its
// own zone, as the site's schedule at /schedule/.
func TestScheduleWithoutEvents(t *testing.T) {
	s, _ := siteOf(t, map[string]string{
		"content/talks/a.md": talk("title: A", "date: 2017-08-16 11:30:00 -0500", "room: Ballrooms B and C"),
		"content/talks/b.md": talk("title: B", "date: 2017-08-17 09:00:00 -0500", "room: Ballrooms B and C"),
		"content/talks/c.md": talk("title: C", "date: 2017-08-17 10:00:00 -0500", "room: Ballrooms B and C"),
	})
	sc := s.Schedule
	if sc == nil || sc.Event != nil || sc.URL != "/schedule/" || sc.Calendar != "/schedule.ics" {
		t.Fatalf("schedule = %+v", sc)
	}
	if len(sc.Days) != 2 || sc.Days[0].Slots[0].Talk.Doc.Title != "A" {
		t.Errorf("days:\n%s", dump(sc))
	}
}

func TestCalendarURL(t *testing.T) {
	tests := []struct {
		url, slug, want string
		kind            content.Kind
		dated           bool
	}{
		{"/talks/a/", "a", "/talks/a/a.ics", content.KindTalk, true},
		{"/2017/talk.html", "talk", "/2017/talk.ics", content.KindTalk, true},
		{"/talks/b", "b", "/talks/b.ics", content.KindTalk, true},
		{"/talks/c/", "c", "", content.KindTalk, false},
		{"/notes/d/", "d", "", content.KindNote, true},
	}
	for _, tt := range tests {
		p := &Page{URL: tt.url}
		p.Doc.Kind, p.Doc.Slug = tt.kind, tt.slug
		if tt.dated {
			p.Doc.Date = time.Date(2024, 1, 1, 10, 0, 0, 0, time.UTC)
		}
		if got := p.CalendarURL(); got != tt.want {
			t.Errorf("CalendarURL(%s) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// TestArchiveScheduleHasNoPage: talks of no event that form no
// programme (a speaker's talks years apart, at Hugo's T19:00:00Z) are
// laid out for the lists that show them, but have no page or files.
func TestArchiveScheduleHasNoPage(t *testing.T) {
	s, _ := siteOf(t, map[string]string{
		"content/talks/a.md": talk("title: A", "date: 2020-07-07T19:00:00Z"),
		"content/talks/b.md": talk("title: B", "date: 2020-09-26T19:00:00Z"),
		"content/talks/c.md": talk("title: C", "date: 2022-07-27T19:00:00Z"),
	})
	sc := s.Schedule
	if sc == nil || len(sc.Talks) != 3 {
		t.Fatalf("schedule = %+v", sc)
	}
	if sc.URL != "" || sc.Calendar != "" || sc.JSON != "" || sc.XML != "" {
		t.Errorf("an archive's schedule has a page or files: %q %q %q %q", sc.URL, sc.Calendar, sc.JSON, sc.XML)
	}
}
