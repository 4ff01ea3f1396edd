package render

import (
	"bytes"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"lectern/internal/site"
)

// writeCalendar writes an iCalendar document (RFC 5545) to buf with one
// VEVENT per dated talk. Times are in UTC, so that no VTIMEZONE is needed,
// or floating where the site names no zone (icalTime);
// DTSTAMP is stamp rather than the clock, so that two builds of the same
// content are byte-identical (a zero stamp means each talk's own start).
func (b *jobs) writeCalendar(buf *bytes.Buffer, name string, talks []*site.Page, stamp time.Time) {
	w := icalWriter{buf: buf}
	w.line("BEGIN", "VCALENDAR")
	w.line("VERSION", "2.0")
	w.line("PRODID", "-//lectern//lectern//EN")
	w.line("CALSCALE", "GREGORIAN")
	w.line("METHOD", "PUBLISH")
	w.line("X-WR-CALNAME", icalText(name))
	for _, p := range talks {
		if p.Doc.Date.IsZero() || p.Pageless || p.Doc.DatePrecision.Partial() {
			// A break is on the schedule; in a calendar it would be
			// an appointment nobody makes. A talk dated by its month
			// or year alone has no day a calendar could put it on.
			continue
		}
		b.vevent(&w, p, stamp)
	}
	w.line("END", "VCALENDAR")
}

// vevent writes one talk.
func (b *jobs) vevent(w *icalWriter, p *site.Page, stamp time.Time) {
	start, end := calendarTimes(p)
	if stamp.IsZero() {
		stamp = start
	}
	w.line("BEGIN", "VEVENT")
	w.line("UID", icalText(b.uid(p.URL)))
	w.line("DTSTAMP", utc(stamp))
	if site.HasTime(start) {
		w.line("DTSTART", icalTime(start))
		if end.After(start) {
			w.line("DTEND", icalTime(end))
		}
	} else {
		// A date without a time of day is an all-day event on that date.
		w.line("DTSTART;VALUE=DATE", start.Format("20060102"))
	}
	w.line("SUMMARY", icalText(p.Doc.Title))
	if p.Status == site.Cancelled {
		// Calendars that follow the file strike the event out.
		w.line("STATUS", "CANCELLED")
	}
	if loc := location(p); loc != "" {
		w.line("LOCATION", icalText(loc))
	}
	if desc := description(p); desc != "" {
		w.line("DESCRIPTION", icalText(desc))
	}
	if p.Track != nil {
		w.line("CATEGORIES", icalText(p.Track.Name))
	}
	if u := b.urls.abs(p.URL); isAbsolute(u) {
		// URL is a URI: without base_url there is none to give.
		w.line("URL", u)
	}
	w.line("END", "VEVENT")
}

// calendarTimes are when talk p is in a calendar: its own start and end;
// but a talk dated by its day alone, on the day of an event dated to an
// evening (site.Event.Timed), as a meetup's talks are, is given during
// the event: its hours are the event's, not the whole day.
func calendarTimes(p *site.Page) (start, end time.Time) {
	start, end = p.When()
	if e := p.Event; e != nil && !site.HasTime(start) && e.Timed() && sameDate(start, e.Start) {
		return e.Start, e.End
	}
	return start, end
}

// sameDate reports whether a and b fall on the same calendar day, each
// as written: a day without a time of day names a date, not an instant
// to move into another zone.
func sameDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// uid is a talk's UID: its path and the site's host, which stay the same
// from one build to the next so that calendars update the event in place.
func (b *jobs) uid(link string) string {
	host := "lectern.invalid"
	if u, err := url.Parse(b.s.Config.BaseURL); err == nil && u.Host != "" {
		host = u.Host
	}
	id := strings.Trim(link, "/")
	if id == "" {
		id = "index"
	}
	return id + "@" + host
}

// location is "Room, Venue", as much of it as is known.
func location(p *site.Page) string {
	var parts []string
	if p.Doc.Room != "" {
		parts = append(parts, p.Doc.Room)
	}
	if v := talkVenue(p); v != "" {
		parts = append(parts, v)
	}
	return strings.Join(parts, ", ")
}

// talkVenue is where talk p was given: its event's place, or its own when
// its event has none or it has no event, as a talk archive's talk
// writes "location: Atlanta, Georgia" (site.Site.Placeless).
func talkVenue(p *site.Page) string {
	if p.Event != nil && p.Event.Venue != "" {
		return p.Event.Venue
	}
	return p.Doc.Venue
}

// description is the speakers, then the summary as plain text.
func description(p *site.Page) string {
	var parts []string
	if len(p.Speakers) > 0 {
		names := make([]string, len(p.Speakers))
		for i, sp := range p.Speakers {
			names[i] = sp.Name
		}
		parts = append(parts, "With "+strings.Join(names, ", "))
	}
	if p.Description != "" {
		parts = append(parts, p.Description)
	}
	return strings.Join(parts, "\n\n")
}

func utc(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// icalText escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon,
// comma and newline are escaped; carriage returns and other control
// characters, which TEXT may not hold, are dropped.
func icalText(s string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(s, "\r\n", "\n") {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// icalWriter writes content lines ended by CRLF and folded at 75 octets.
type icalWriter struct {
	buf *bytes.Buffer
}

// maxLine is the longest a content line may be, in octets, without its
// CRLF (RFC 5545, 3.1).
const maxLine = 75

// line writes "name:value", folded: a long line is split before 75 octets,
// never inside a UTF-8 sequence, and each continuation starts with a
// space.
func (w *icalWriter) line(name, value string) {
	s := name + ":" + value
	limit := maxLine
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.buf.WriteString(s[:cut])
		w.buf.WriteString("\r\n ")
		s = s[cut:]
		limit = maxLine - 1
	}
	w.buf.WriteString(s)
	w.buf.WriteString("\r\n")
}
