package content

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Talks dated by the day of their event. Conference sites written for
// Eleventy, Astro, Hugo or Jekyll often give a talk's day as a number
// or a label relative to the event ("day: 2", "day: Day 1",
// "day: Saturday") beside a time of day ("startTime: 10:30"), and the
// event's first day elsewhere. The loading stage reads the day; the
// site model, which knows the talk's event, dates the talk.

// EventDay is the day of its event a talk names instead of a date: the
// Nth day (N, 1 for the first) or the first day of the event that falls
// on Weekday (ByWeekday). Its zero value names no day. End is the time
// of day the talk ends on that day when it writes one (HasEnd: "end:
// 11:15", "endTime: 11:15", "time: 10:30 - 11:15"), which has no day to
// go on until the model dates the talk.
type EventDay struct {
	N       int
	Weekday time.Weekday
	End     time.Duration
	// The flags last, together, for a page's copy of its document.
	ByWeekday bool
	HasEnd    bool
	// Bare marks a day a talk's page names by a bare number ("day: 0",
	// "day: 2"), N as written, which counts from 0 where any of the
	// site's talk pages names day 0 (pageDaysFromZero). Load gives no
	// document out with Bare set and N 0.
	Bare bool
}

// IsZero reports whether d names no day.
func (d EventDay) IsZero() bool { return d.N == 0 && !d.ByWeekday && !d.Bare }

// String is the day as an author writes it: "day 2", "Saturday".
func (d EventDay) String() string {
	if d.ByWeekday {
		return d.Weekday.String()
	}
	return "day " + strconv.Itoa(d.N)
}

// Of returns the midnight, in loc, of the day d names of an event whose
// first day is start's day in loc. A weekday is the first day on or
// after the first day that falls on it.
func (d EventDay) Of(start time.Time, loc *time.Location) time.Time {
	s := start.In(loc)
	first := time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, loc)
	if d.ByWeekday {
		return first.AddDate(0, 0, (int(d.Weekday)-int(first.Weekday())+7)%7)
	}
	return first.AddDate(0, 0, d.N-1)
}

// eventDayKeys are the fields naming a talk's day of its event.
var eventDayKeys = []string{"day"}

// parseEventDay reads a day of an event: a number from 1 ("2"), "Day 2"
// (any case, "day-2", "day_2"), or a weekday's name. Anything else, a
// date among them, is no day of an event. fromZero reads a bare number
// as an index from 0, as a data file whose talks name their first day
// "day: 0" counts them (RecordOptions.DaysFromZero): "0" is the first
// day, "1" the second.
func parseEventDay(s string, fromZero bool) (EventDay, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if w, ok := weekdayOf(strings.TrimSuffix(s, ".")); ok {
		return EventDay{Weekday: w, ByWeekday: true}, true
	}
	labelled := false
	if rest, ok := strings.CutPrefix(s, "day"); ok {
		s, labelled = strings.TrimLeft(rest, " -_"), true
	}
	n, err := strconv.Atoi(s)
	if fromZero && !labelled {
		n++ // "Day 1" is still the first day
	}
	if err == nil && n >= 1 && n <= 366 && s[0] != '+' && s[0] != '-' {
		return EventDay{N: n}, true
	}
	return EventDay{}, false
}

// DaysFromZero reports whether the records v lists, talks of a data
// file, count their days from 0: one names its day by the number 0
// ("day": 0, JavaScript's first index, with which an Eleventy site's
// templates look the day up in the conference's list of days), and
// none by a negative number. v is the file's list of records.
func DaysFromZero(v *Value) bool {
	if v == nil || v.n.kind != listNode {
		return false
	}
	zero := false
	for _, it := range v.n.items {
		if it.kind != mapNode {
			continue
		}
		for _, e := range it.keys {
			if !slices.Contains(eventDayKeys, strings.ToLower(e.key)) || e.val.kind != scalarNode {
				continue
			}
			n, err := strconv.Atoi(strings.TrimSpace(e.val.text))
			if err != nil {
				continue
			}
			if n < 0 {
				return false
			}
			zero = zero || n == 0
		}
	}
	return zero
}

// eventDay reads the day of its event that a talk no field dates names
// ("day: 2"). The field stays in Params, as templates show it; its
// position is recorded as "day", for the model's warnings.
func (f *fields) eventDay() {
	if f.doc.Kind != KindTalk || !f.doc.Date.IsZero() {
		return
	}
	for _, k := range eventDayKeys {
		i, ok := f.index[k]
		if !ok {
			continue
		}
		e := f.root.keys[i]
		if e.val.kind != scalarNode || e.val.isNull() {
			continue
		}
		d, ok := parseEventDay(e.val.text, f.daysFromZero)
		if n, bare := bareDay(e.val.text); bare && f.pageDays {
			d, ok = EventDay{N: n, Bare: true}, true
		}
		if ok {
			d.End, d.HasEnd = f.doc.Extras().EventDay.End, f.doc.Extras().EventDay.HasEnd // dayEndClock's
			f.doc.EditExtra().EventDay = d
			f.record("day", e)
			return
		}
	}
}

// writesEventDay reports whether the front matter names a day of the
// talk's event, without using the field.
func (f *fields) writesEventDay() bool {
	if f.doc.Kind != KindTalk {
		return false
	}
	for _, k := range eventDayKeys {
		if _, ok := parseEventDay(f.peek(k), f.daysFromZero); ok {
			return true
		}
		if _, bare := bareDay(f.peek(k)); bare && f.pageDays {
			return true
		}
	}
	return false
}

// dayStartClock reads a start field holding a time of day alone ("start:
// 14:00") beside a day of the event: the talk's time of day on that
// day, as "time" would give it. It reports whether it did.
func (f *fields) dayStartClock(e entry) bool {
	if e.val.kind != scalarNode || !e.val.time.IsZero() || !f.writesEventDay() {
		return false
	}
	c, ok := clockOf(e.val.text)
	if !ok {
		return false
	}
	f.doc.TimeOfDay, f.doc.HasTimeOfDay = time.Duration(c.nanos()), true
	return true
}

// dayEndClock reads an end field holding a time of day alone ("end:
// 11:15", "endTime: 11:15") beside a day of the event: the time the talk
// ends on that day, kept in EventDay until the model dates the talk. It
// reports whether it did.
func (f *fields) dayEndClock(e entry) bool {
	if !f.doc.Date.IsZero() || e.val.kind != scalarNode || !e.val.time.IsZero() || !f.writesEventDay() {
		return false
	}
	c, ok := clockOf(e.val.text)
	if !ok {
		return false
	}
	f.setDayEnd(c)
	return true
}

// setDayEnd keeps c as the time of day the talk ends on its event's day.
func (f *fields) setDayEnd(c dayClock) {
	f.doc.EditExtra().EventDay.End, f.doc.EditExtra().EventDay.HasEnd = time.Duration(c.nanos()), true
}

// dayDate reads a talk's "day" written as a whole date ("day:
// 2024-05-02", beside "time: 10:30" or a year) as its date when no
// other field dates it: talk records and programmes name the day a talk
// is given so, as others name the day of the event (eventDay). The
// field stays in Params, as templates show it; a day of the event, a
// month or a year alone is no date here.
func (f *fields) dayDate() {
	if f.doc.Kind != KindTalk {
		return
	}
	i, ok := f.index["day"]
	if !ok || f.used[i] {
		return
	}
	e := f.root.keys[i]
	if e.val.kind != scalarNode || e.val.isNull() {
		return
	}
	if e.val.time.IsZero() {
		if _, isDay := parseEventDay(e.val.text, f.daysFromZero); isDay {
			return
		}
		if d, err := readDate(e.val.text, f.loc, f.monthFirst); err != nil || d.precision.Partial() {
			return
		}
	}
	if d, ok := f.date(e, false); ok && !d.precision.Partial() {
		f.record("date", e)
		f.doc.Date, f.doc.Floating, f.doc.DatePrecision = d.t, d.floating, d.precision
		f.utcDay = isUTCMidnight(e.val.text)
	}
}
