package site

import (
	"time"

	"lectern/internal/content"
)

// dateByOneDayEvent dates talk p, which writes no date and no day of its
// event, on the day of e, its event, when e is a one-day event its page,
// record or config.toml dates: a talk portfolio or an Astro site's talk
// collection names the event an entry of its events collection is
// (event: rivercon-2024, Astro's reference('events')) and leaves the day
// to it, and such a talk was otherwise "Not yet scheduled". The talk
// keeps the time of day it writes (time: 14:00), else has none: a
// meetup's hours stay the event's, which its calendars give the talk
// (Event.Timed). An event over several days does not say which of them
// the talk was on, and an event dated by its talks would date itself.
func dateByOneDayEvent(p *Page, e *Event) {
	d := &p.Doc
	if d.Kind != content.KindTalk || !d.Date.IsZero() || !d.Extras().EventDay.IsZero() || e == nil || !e.oneDay() {
		return
	}
	day := e.Start.In(e.Location)
	// The time of day on the wall clock of that day, as dateByEventDay
	// places one.
	d.Date = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, int(d.TimeOfDay), e.Location)
	d.Floating = true // in e's zone already; placeDates keeps it there
	p.datedByEvent = true
}

// oneDay reports whether the event's own dates put it on one day: a
// start alone, an end on the start's day, or an evening that runs into
// the small hours of the next (Event.Timed); not a month or a year.
func (e *Event) oneDay() bool {
	if e.derived || e.partial || e.Start.IsZero() {
		return false
	}
	end := e.End.In(e.Start.Location())
	return !e.End.After(e.Start) || end.Year() == e.Start.Year() && end.YearDay() == e.Start.YearDay() || e.Timed()
}

// DatedByItsEvent reports whether d, a document as loaded, is a talk
// that writes no date and whose event, as the model holds the site's
// events, is one whose day it would take (dateByOneDayEvent): the event
// its event field names (by an Astro reference, a slug or a name), else
// the one its folder names, else the site's only event.
func (s *Site) DatedByItsEvent(d *content.Document) bool {
	if d.Kind != content.KindTalk || !d.Date.IsZero() || !d.Extras().EventDay.IsZero() {
		return false
	}
	var e *Event
	switch {
	case d.Extras().EventCollection != "":
		if e = s.eventOfRef(d.Extras().EventCollection, d.Event); e == nil {
			e = s.namedEvent(content.Slugify(d.Event), d.Event)
		}
	case d.Event != "":
		e = s.namedEvent(content.Slugify(d.Event), d.Event)
	default:
		if e = s.EventOfFolder(d.Path); e == nil && len(s.Events) == 1 {
			e = s.Events[0]
		}
	}
	return e != nil && e.oneDay()
}
