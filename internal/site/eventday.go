package site

import (
	"cmp"
	"slices"
	"time"

	"lectern/internal/content"
)

// dateByEventDay dates talk p, which names a day of its event instead
// of a date (content.Document.EventDay), on that day of e, its event,
// at the time of day it writes, in e's zone. The day counts from the
// start the event declares (its page's or record's date, config.toml's
// start), never one its talks gave it, which this talk would be among.
// A talk with no event, or whose event has no start, stays undated,
// with a warning saying how to date it, at the first such talk of the
// event (or of no event): the others share its fix.
func (b *builder) dateByEventDay(p *Page, e *Event) {
	d := &p.Doc
	if d.Kind != content.KindTalk || d.Extras().EventDay.IsZero() || !d.Date.IsZero() {
		return
	}
	if e == nil || e.Start.IsZero() {
		// One warning an event says it of all its talks: a programme of
		// fifty talks by day number would otherwise repeat it fifty
		// times.
		if b.dayWarned[e] {
			return
		}
		if b.dayWarned == nil {
			b.dayWarned = map[*Event]bool{}
		}
		b.dayWarned[e] = true
	}
	switch {
	case e == nil:
		b.diags.Warnf(d.Pos("day"), "%q names %s of an event, but the talk belongs to no event to count from, so it is not yet scheduled, nor is any other talk dated so without an event; give it \"event: …\" naming an event with a start date, or a date of its own", "day", d.Extras().EventDay)
		return
	case e.Start.IsZero():
		b.diags.Warnf(d.Pos("day"), "%q names %s of the event %q, which has no start date to count from, so the talk is not yet scheduled, nor are the event's other talks dated so; give the event a start date: \"date: 2024-06-10\" on its page or record, or start in its [[events]] entry of config.toml", "day", d.Extras().EventDay, e.Name)
		return
	}
	day := d.Extras().EventDay.Of(e.Start, e.Location)
	// The time of day on the wall clock of that day, through a change
	// of daylight saving time too: time.Date normalizes the nanoseconds.
	d.Date = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, int(d.TimeOfDay), e.Location)
	if end := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, int(d.Extras().EventDay.End), e.Location); d.Extras().EventDay.HasEnd && d.End.IsZero() && end.After(d.Date) {
		d.End = end
	}
	d.Floating = true // in e's zone already; placeDates keeps it there
}

// siteProgramme gives the conference that the site's settings date
// (config.Programme: another tool's config or global data) to the talks
// that count their days from an event no page, record or config.toml
// entry dates: on a site that declares no event it is the site's only
// event, named by those settings or the site's title, which such talks
// join; on a site of one event without a start it gives that event its
// start and end. Settings that give a start alone end the event on the
// last day its talks name, so that day 2 of a conference dated by its
// first day is no day outside it. Only a site with a talk that names a
// day of its event and no event of its own (event: …) takes the
// settings' dates, so a site whose talks carry their dates keeps the
// events it had.
func (b *builder) siteProgramme(docs []*content.Document) {
	p := b.cfg.Programme
	if p.Start.IsZero() || !slices.ContainsFunc(docs, countsFromSite) {
		return
	}
	var e *Event
	made := len(b.site.Events) == 0
	switch len(b.site.Events) {
	case 0:
		e = &Event{Name: cmp.Or(p.Name, b.cfg.Title), Venue: p.Venue, Timezone: p.Timezone}
		if e.Slug = content.Slugify(e.Name); e.Slug == "" {
			return
		}
		if !b.addEvent(e, b.cfg.ProgrammePos, false) {
			return
		}
	case 1:
		if e = b.site.Events[0]; !e.Start.IsZero() {
			return
		}
	default:
		return
	}
	e.datesPos = b.cfg.ProgrammePos
	e.Start, e.End = p.Start, cmp.Or(e.End, p.End)
	if p.Start.Location() == time.UTC {
		// Written without an offset: the wall clock of the event's zone.
		e.Start, e.End = replace(e.Start, e.Location), replace(e.End, e.Location)
	}
	e.Start = e.Start.In(e.Location)
	if e.End.IsZero() {
		e.End = lastDayNamed(docs, e)
	}
	if !e.End.IsZero() {
		e.End = e.End.In(e.Location)
	}
	if made {
		// Its URL may name its year (placeEvent).
		e.URL = expand(b.cfg.Permalinks.Event, e.Slug, e.Start)
	}
}

// lastDayNamed is the midnight of the last day after e's first that a
// talk counting from the site's event names, zero for none.
func lastDayNamed(docs []*content.Document, e *Event) time.Time {
	var last time.Time
	for _, d := range docs {
		if countsFromSite(d) {
			if day := d.Extras().EventDay.Of(e.Start, e.Location); day.After(last) {
				last = day
			}
		}
	}
	if !last.After(e.Start) {
		return time.Time{}
	}
	return last
}

// countsFromSite reports whether d is a talk dated by a day of an event
// it does not name, so of the site's only event.
func countsFromSite(d *content.Document) bool {
	return d.Kind == content.KindTalk && !d.Extras().EventDay.IsZero() && d.Date.IsZero() && d.Event == "" && d.Extras().EventCollection == ""
}
