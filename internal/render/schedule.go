package render

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"time"

	"lectern/internal/diag"
	"lectern/internal/site"
)

// scheduleScript is the progressive enhancement of schedule pages: stars,
// "my schedule", its calendar export and the zone toggle.
const scheduleScript = "/js/myschedule.js"

// schedules adds the programme: for every event with talks its schedule
// page with its iCalendar, frab JSON and frab XML files, the site's main
// schedule again at /schedule/, and the own .ics of every dated talk.
func (b *jobs) schedules() {
	s := b.s
	for _, e := range s.Events {
		if e.Schedule != nil && e.URL != "" {
			b.schedule(e.Schedule, strings.TrimSuffix(e.URL, "/")+"/")
		}
	}
	if s.Schedule != nil {
		b.schedule(s.Schedule, "/")
	}
	for _, p := range s.Pages {
		link := p.CalendarURL()
		if link == "" {
			continue
		}
		b.add(Job{
			// Stamped with the talk's own start, not the site's newest
			// date, a talk's calendar shows only that talk, its speakers
			// and its event: editing another page leaves it as it is.
			Path: outputPath(link), Kind: "calendar", Sources: pageSources(p),
			render: func(t *task) (Output, diag.List) {
				b.writeCalendar(t.buf, p.Title, []*site.Page{p}, time.Time{})
				return Output{Path: outputPath(link), MediaType: "text/calendar", Body: t.buf.Bytes()}, nil
			},
		})
	}
}

// schedule adds the page and files of one schedule under base, a
// directory URL: base+"schedule/", base+"schedule.ics", .json and .xml.
func (b *jobs) schedule(sc *site.Schedule, base string) {
	var sources []string
	if sc.Event != nil && sc.Event.Page != nil {
		sources = append(sources, sc.Event.Page.File)
	}
	for _, p := range sc.Talks {
		sources = append(sources, p.File)
	}
	// A schedule shows its event and its talks, and nothing else of the
	// site, so it is not an index: an edit elsewhere leaves it alone, and
	// a talk joining or leaving it names it through its sources, now or
	// in the last build's.
	link := base + "schedule/"
	b.page("schedule", link, "the schedule of "+sc.Name, "", sources, false, true, func() *Data {
		d := b.base("schedule", link).titled("Schedule")
		if sc.Name != b.s.Config.Title {
			d.Title = "Schedule · " + sc.Name + " · " + b.s.Config.Title
		}
		d.Schedule, d.Event, d.Pages = sc, sc.Event, sc.Talks
		d.Style = scheduleCSS(sc)
		d.Scripts = append([]string{scheduleScript}, d.Scripts...)
		d.described(fmt.Sprintf("The schedule of %s: %s, by day and room.", sc.Name, plural(len(sc.Talks), "session", "sessions")))
		return d
	})
	if len(sc.Days) == 0 {
		return
	}
	files := []struct {
		name, mediaType string
		write           func(*bytes.Buffer)
	}{
		{"schedule.ics", "text/calendar", func(buf *bytes.Buffer) { b.writeCalendar(buf, sc.Name, sc.Talks, newest(sc.Talks)) }},
		{"schedule.json", "application/json", func(buf *bytes.Buffer) { b.writeFrabJSON(buf, sc) }},
		{"schedule.xml", "application/xml", func(buf *bytes.Buffer) { b.writeFrabXML(buf, sc) }},
	}
	for _, f := range files {
		out := strings.TrimPrefix(base, "/") + f.name
		b.add(Job{
			Path: out, Kind: "schedule-file", Sources: sources,
			render: func(t *task) (Output, diag.List) {
				f.write(t.buf)
				return Output{Path: out, MediaType: f.mediaType, Body: t.buf.Bytes()}, nil
			},
		})
	}
}

// newest returns the latest start of pages, the DTSTAMP of a schedule's
// calendar: it changes with the schedule, not with the rest of the site.
func newest(pages []*site.Page) time.Time {
	var t time.Time
	for _, p := range pages {
		if p.Date.After(t) {
			t = p.Date
		}
	}
	return t.UTC()
}

// scheduleCSS returns the rules of a schedule's filters: when the radio
// button of a track or level is checked, the entries of the others are
// hidden. :has() lets this work without JavaScript; in a browser without
// it the filters do nothing and every entry stays readable. Breaks are
// never hidden.
func scheduleCSS(sc *site.Schedule) template.CSS {
	var b strings.Builder
	for _, f := range []struct {
		name  string
		terms []*site.Term
	}{{"track", sc.Tracks}, {"level", sc.Levels}} {
		for _, t := range f.terms {
			v := cssString(t.Slug)
			fmt.Fprintf(&b, ".programme:has(input[name=%q][value=%s]:checked) .session:not(.session-break):not([data-%s=%s]){display:none}\n", f.name, v, f.name, v)
		}
	}
	return template.CSS(b.String())
}

// cssString quotes s as a CSS string. Quotes, backslashes, angle brackets
// and control characters are written as hexadecimal escapes, so that the
// result can never end the string or the <style> element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
