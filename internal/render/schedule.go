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

// scheduleScripts are the progressive enhancement of schedule pages:
// stars, "my schedule" and its calendar export; then filters in the URL,
// the zone toggle and "now". The order matters: the second listens to the
// first.
var scheduleScripts = []string{"/js/myschedule.js", "/js/schedule.js"}

// schedules adds the programme: for every event whose talks form one its schedule
// page with its iCalendar, frab JSON and frab XML files, the site's main
// schedule again at /schedule/, and the own .ics of every dated talk.
func (b *jobs) schedules() {
	s := b.s
	// A schedule that is no programme has no URL (site.Schedule.URL):
	// its talks are listed by its event's page, or the home's, and no
	// page or file of it is written.
	for _, e := range s.Events {
		if e.Schedule != nil && e.Schedule.URL != "" && e.URL != "" {
			b.schedule(e.Schedule, strings.TrimSuffix(e.URL, "/")+"/")
		}
	}
	if s.Schedule != nil && s.Schedule.URL != "" {
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
			Path: outputPath(link), Kind: KindCalendar, Sources: pageSources(p), Reads: calendarReads(p),
			render: func(t *task) (Output, diag.List) {
				b.writeCalendar(t.buf, p.Doc.Title, []*site.Page{p}, time.Time{})
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
		sources = append(sources, sc.Event.Page.Doc.File)
	}
	for _, p := range sc.Talks {
		sources = append(sources, p.Doc.File)
	}
	// A schedule shows its event and its talks, and nothing else of the
	// site, so it is not an index: an edit elsewhere leaves it alone, and
	// a talk joining or leaving it names it through its sources, now or
	// in the last build's.
	//
	// A build, which compares no reads (Options.NoReads), makes none:
	// a key per talk and person of the event, for nothing.
	// The page and the calendar read the talks' entries, the frab
	// exports their pages: each list is made once and shared, as no job
	// changes its Reads.
	var entries, pages []Key
	if !b.r.opts.NoReads {
		entries, pages = scheduleReads(sc, EntryKey), scheduleReads(sc, PageKey)
	}
	link := base + "schedule/"
	// A page of the author's standing for this schedule at a URL of its
	// own (devopsdays' events/2019-chicago/program.md) is where the
	// site's menus send readers: lectern's copy at link names it as the
	// canonical page, so a search engine sees one programme, not two.
	intros := b.scheduleIntros(sc, link)
	var canonical *site.Page
	if len(intros) > 0 {
		canonical = intros[0]
	}
	b.schedulePage(sc, outputPath(link), link, b.intros[outputPath(link)], canonical, sources, entries)
	for _, p := range intros {
		b.schedulePage(sc, pageOutput(p), p.URL, p, nil, sources, entries)
	}
	if len(sc.Days) == 0 {
		return
	}
	files := []struct {
		name, mediaType string
		reads           []Key
		write           func(*bytes.Buffer)
	}{
		// The calendar shows what lists show of each talk; the frab
		// exports hold the talks' markdown.
		{"schedule.ics", "text/calendar", entries, func(buf *bytes.Buffer) { b.writeCalendar(buf, sc.Name, sc.Talks, newest(sc.Talks)) }},
		{"schedule.json", "application/json", pages, func(buf *bytes.Buffer) { b.writeFrabJSON(buf, sc) }},
		{"schedule.xml", "application/xml", pages, func(buf *bytes.Buffer) { b.writeFrabXML(buf, sc) }},
	}
	// The frab exports quote each placed talk's markdown.
	quoted := placed(sc)
	for _, f := range files {
		out := strings.TrimPrefix(base, "/") + f.name
		var bodies []*site.Page
		if f.name != "schedule.ics" {
			bodies = quoted
		}
		// The job keeps the writer, not f, whose reads it has.
		write, mediaType := f.write, f.mediaType
		b.add(Job{
			Path: out, Kind: KindScheduleFile, Sources: sources, Reads: f.reads, bodies: bodies,
			render: func(t *task) (Output, diag.List) {
				write(t.buf)
				return Output{Path: out, MediaType: mediaType, Body: t.buf.Bytes()}, nil
			},
		})
	}
}

// placed are the pages in sc's time slots, each once, in slot order.
func placed(sc *site.Schedule) []*site.Page {
	out := make([]*site.Page, 0, len(sc.Talks))
	seen := make(map[*site.Page]bool, len(sc.Talks))
	for _, d := range sc.Days {
		for _, sl := range d.Slots {
			if sl.Talk != nil && !seen[sl.Talk] {
				seen[sl.Talk] = true
				out = append(out, sl.Talk)
			}
		}
	}
	return out
}

// newest returns the latest start of pages, the DTSTAMP of a schedule's
// calendar: it changes with the schedule, not with the rest of the site.
func newest(pages []*site.Page) time.Time {
	var t time.Time
	for _, p := range pages {
		if p.Doc.Date.After(t) {
			t = p.Doc.Date
		}
	}
	return t.UTC()
}

// trackColours is how many track colours the theme's palette has
// (--track-0 … in schedule.css).
const trackColours = 8

// scheduleCSS returns the rules of a schedule's filters and colours.
//
// Filters: when the radio button of a track or level is checked, the
// entries of the others are hidden; a talk for all levels
// (site.IsAllLevels) matches every level. :has() lets this work without
// JavaScript; in a browser without it the filters do nothing and every
// entry stays readable. Breaks are never hidden. A day that a combination
// of filters leaves empty shows its "no sessions match" note, decided here
// from the talks, so that it needs no script either.
//
// Colours: the n-th track of the schedule, in name order, takes colour
// n modulo trackColours, on its sessions, its chips and the legend.
func scheduleCSS(sc *site.Schedule) template.CSS {
	var b strings.Builder
	for i, t := range sc.Tracks {
		fmt.Fprintf(&b, ".programme [data-track=%s]{--track:var(--track-%d)}\n", cssString(t.Slug), i%trackColours)
	}
	for _, t := range sc.Tracks {
		v := cssString(t.Slug)
		fmt.Fprintf(&b, `.programme:has(input[name="track"][value=%s]:checked) .session:not(.session-break):not([data-track=%s]){display:none}`+"\n", v, v)
	}
	for _, t := range sc.Levels {
		if site.IsAllLevels(t) {
			continue
		}
		v := cssString(t.Slug)
		fmt.Fprintf(&b, `.programme:has(input[name="level"][value=%s]:checked) .session:not(.session-break):not([data-level=%s]):not([data-all-levels]){display:none}`+"\n", v, v)
	}
	for _, t := range sc.Levels {
		if site.IsAllLevels(t) {
			v := cssString(t.Slug)
			fmt.Fprintf(&b, `.programme:has(input[name="level"][value=%s]:checked) .session:not(.session-break):not([data-level=%s]){display:none}`+"\n", v, v)
		}
	}
	emptyDays(&b, sc)
	return template.CSS(b.String())
}

// emptyDays writes, for every combination of a track and a level filter
// (either may be "any") that leaves a day without a session, the rules
// that show that day's note and hide its grid of breaks and blank rows.
func emptyDays(b *strings.Builder, sc *site.Schedule) {
	tracks := []*site.Term{nil}
	if len(sc.Tracks) > 1 {
		tracks = append(tracks, sc.Tracks...)
	}
	levels := []*site.Term{nil}
	if len(sc.Levels) > 1 {
		levels = append(levels, sc.Levels...)
	}
	for _, d := range sc.Days {
		if len(d.Slots) == 0 {
			continue
		}
		for _, tr := range tracks {
			for _, lv := range levels {
				if tr == nil && lv == nil || anyMatches(d, tr, lv) {
					continue
				}
				sel := fmt.Sprintf(".programme%s%s #day-%s", checked("track", tr), checked("level", lv), d.Date.Format("2006-01-02"))
				fmt.Fprintf(b, "%s .filter-empty{display:block}\n%s .grid-scroll{display:none}\n", sel, sel)
			}
		}
	}
}

// checked is the :has() selector of a filter set to term, or "" for any.
func checked(name string, term *site.Term) string {
	if term == nil {
		return ""
	}
	return fmt.Sprintf(":has(input[name=%q][value=%s]:checked)", name, cssString(term.Slug))
}

// anyMatches reports whether a talk of day d (not a break) is in track tr
// and for level lv, nil standing for any, as the filters decide.
func anyMatches(d *site.Day, tr, lv *site.Term) bool {
	for _, sl := range d.Slots {
		p := sl.Talk
		if sl.Break || tr != nil && p.Track != tr {
			continue
		}
		if lv != nil && p.Level != lv && !(site.IsAllLevels(p.Level) && !site.IsAllLevels(lv)) {
			continue
		}
		return true
	}
	return false
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

// schedulePage adds the page of schedule sc at link, written to out, introduced by
// intro (nil for none): its title heads the page, its text stands
// above the programme (see scheduleIntros). A copy of the schedule
// whose canonical page is another (a page standing for it at its own
// URL; nil for none) links that page as canonical and is left out of
// the sitemap.
func (b *jobs) schedulePage(sc *site.Schedule, out, link string, intro, canonical *site.Page, sources []string, entries []Key) {
	n := len(b.list)
	sources = append(sources[:len(sources):len(sources)], introSources(intro)...)
	sources = append(sources, introSources(canonical)...)
	b.pageAt(out, KindSchedule, link, "the schedule of "+sc.Name, "", sources, canonical == nil, func() *Data {
		heading := "Schedule"
		if intro != nil && intro.Doc.Title != "" {
			heading = intro.Doc.Title
		}
		d := b.base(KindSchedule, link).titled(heading)
		if sc.Name != b.s.Config.Title {
			d.Title = heading + " · " + sc.Name + " · " + b.s.Config.Title
		}
		d.Schedule, d.Event, d.Pages = b.views.Schedule(sc), b.views.Event(sc.Event), b.views.Entries(sc.Talks)
		d.Style = scheduleCSS(sc)
		d.Scripts = append(append([]string{}, scheduleScripts...), d.Scripts...)
		d.described(fmt.Sprintf("The schedule of %s: %s, by day and room.", sc.Name, plural(len(sc.Talks), "session", "sessions")))
		if intro != nil {
			d.Intro = b.introView(intro)
			d.described(intro.Description)
		}
		if canonical != nil {
			d.Canonical = b.urls.abs(canonical.URL)
		}
		return d
	})
	b.setReads(n, []Key{ChromeKey}, introReads(intro), introReads(canonical), entries)
	b.setLists(n, sc.Talks)
}
