package site

import (
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
	if d.Kind != content.KindTalk || d.EventDay.IsZero() || !d.Date.IsZero() {
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
		b.diags.Warnf(d.Pos("day"), "%q names %s of an event, but the talk belongs to no event to count from, so it is not yet scheduled, nor is any other talk dated so without an event; give it \"event: …\" naming an event with a start date, or a date of its own", "day", d.EventDay)
		return
	case e.Start.IsZero():
		b.diags.Warnf(d.Pos("day"), "%q names %s of the event %q, which has no start date to count from, so the talk is not yet scheduled, nor are the event's other talks dated so; give the event a start date: \"date: 2024-06-10\" on its page or record, or start in its [[events]] entry of config.toml", "day", d.EventDay, e.Name)
		return
	}
	day := d.EventDay.Of(e.Start, e.Location)
	// The time of day on the wall clock of that day, through a change
	// of daylight saving time too: time.Date normalizes the nanoseconds.
	d.Date = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, int(d.TimeOfDay), e.Location)
	if end := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, int(d.EventDay.End), e.Location); d.EventDay.HasEnd && d.End.IsZero() && end.After(d.Date) {
		d.End = end
	}
	d.Floating = true // in e's zone already; placeDates keeps it there
}
