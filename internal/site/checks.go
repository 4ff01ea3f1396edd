package site

import (
	"cmp"
	"fmt"
	"time"

	"lectern/internal/config"
	"lectern/internal/diag"
)

// programme lays out the schedules and reports the mistakes of a
// programme as warnings: the site still builds, but a reader would be
// misled. A time zone that is not an IANA name is reported where events
// are read (addEvent).
func (b *builder) programme() {
	for _, s := range b.site.schedules() {
		checkRooms(s, &b.diags)
		checkDates(s, &b.diags)
	}
	checkSpeakers(b.site.Speakers, &b.diags)
}

// checkRooms reports two talks in one room at once, and a session that
// spans every room while another talk runs.
func checkRooms(s *Schedule, diags *diag.List) {
	for _, d := range s.Days {
		for i, a := range d.Slots {
			for _, b := range d.Slots[i+1:] {
				if !overlaps(a, b) || a.Talk.Status == "cancelled" || b.Talk.Status == "cancelled" {
					// A cancelled talk frees its room.
					continue
				}
				switch {
				case a.Talk.Doc.Room != "" && a.Talk.Doc.Room == b.Talk.Doc.Room:
					diags.Warnf(a.Talk.Doc.Pos("date"), "room %q is double-booked on %s: %q (%s) overlaps %q (%s, %s); move one of them to another room or time",
						a.Talk.Doc.Room, longDate(a.Start), a.Talk.Doc.Title, clockSpan(a.Start, a.End), b.Talk.Doc.Title, clockSpan(b.Start, b.End), b.Talk.Doc.Pos("date"))
				case a.Talk.Doc.AllRooms && b.Talk.Doc.AllRooms:
					// The author put both in every room (registration
					// and breakfast, say): that is their plan, not a clash.
				case IsBreak(a.Talk) && IsBreak(b.Talk):
					// Pauses overlap by plan: registration and a quiet
					// room open all day, breakfast within them.
				case a.Plenary || b.Plenary:
					wide, other := a, b
					if !a.Plenary {
						wide, other = b, a
					}
					diags.Warnf(wide.Talk.Doc.Pos("date"), "%q (%s) spans every room because %s, but %q (%s%s, %s) runs at the same time on %s; give %q a room or change its times",
						wide.Talk.Doc.Title, clockSpan(wide.Start, wide.End), whyPlenary(wide.Talk), other.Talk.Doc.Title, roomOf(other.Talk), clockSpan(other.Start, other.End), other.Talk.Doc.Pos("date"), longDate(wide.Start), wide.Talk.Doc.Title)
				}
			}
		}
	}
}

// checkSpeakers reports a speaker booked for two talks at once.
func checkSpeakers(speakers []*Speaker, diags *diag.List) {
	for _, sp := range speakers {
		var slots []*Slot
		for _, p := range sp.Talks {
			if HasTime(p.Doc.Date) && p.Status != "cancelled" {
				slots = append(slots, &Slot{Talk: p, Start: p.Doc.Date, End: end(p)})
			}
		}
		for i, a := range slots {
			for _, b := range slots[i+1:] {
				if !overlaps(a, b) {
					continue
				}
				if a.Start.After(b.Start) || (a.Start.Equal(b.Start) && a.Talk.Doc.File > b.Talk.Doc.File) {
					a, b = b, a
				}
				diags.Warnf(a.Talk.Doc.Pos("date"), "%s is in two places at once on %s: %q (%s%s) and %q (%s%s, %s); move one of the talks or correct its speakers",
					sp.Name, longDate(a.Start), a.Talk.Doc.Title, roomOf(a.Talk), clockSpan(a.Start, a.End), b.Talk.Doc.Title, roomOf(b.Talk), clockSpan(b.Start, b.End), b.Talk.Doc.Pos("date"))
			}
		}
	}
}

// checkDates reports the talks of an event dated outside its days.
func checkDates(s *Schedule, diags *diag.List) {
	e := s.Event
	if e == nil || e.Start.IsZero() {
		return
	}
	first, last := dayOf(e.Start, e.Location), dayOf(cmp.Or(e.End, e.Start), e.Location)
	for _, p := range s.Talks {
		if p.Doc.Date.IsZero() || p.Doc.DatePrecision.Partial() {
			continue // a month or a year has no day to compare
		}
		if day := dayOf(p.Doc.Date, e.Location); day.Before(first) || day.After(last) {
			diags.Warnf(p.Doc.Pos("date"), "%q is dated %s, outside its event %s (%s); correct its date, or the event's start and end (%s)",
				p.Doc.Title, longDate(p.Doc.Date), e.Name, dayRange(first, last), eventPos(e))
		}
	}
}

// eventPos is where an event's dates are written.
func eventPos(e *Event) diag.Pos {
	if e.Page != nil {
		return e.Page.Doc.Pos("date")
	}
	if e.datesPos.File != "" {
		return e.datesPos
	}
	return diag.Pos{File: config.FileName}
}

// dayOf is midnight of t's day in loc.
func dayOf(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
}

func longDate(t time.Time) string { return t.Format("2 January 2006") }

func dayRange(first, last time.Time) string {
	if first.Equal(last) {
		return longDate(first)
	}
	return longDate(first) + " to " + longDate(last)
}

// clockSpan formats "10:15–11:00", or "10:15" for a talk without an end.
func clockSpan(start, end time.Time) string {
	if end.IsZero() {
		return start.Format("15:04")
	}
	return start.Format("15:04") + "–" + end.Format("15:04")
}

// roomOf is "Room, " for messages, or "" for a talk without a room.
func roomOf(p *Page) string {
	if p.Doc.Room == "" {
		return ""
	}
	return p.Doc.Room + ", "
}

func whyPlenary(p *Page) string {
	switch {
	case p.Doc.AllRooms:
		return "it is in all rooms"
	case p.Doc.Room == "":
		return "it has no room"
	case IsBreak(p):
		return "it is a break"
	}
	return fmt.Sprintf("it is a %s", p.Doc.Format)
}
