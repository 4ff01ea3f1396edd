package site

import (
	"strings"
	"time"
)

// Limits of what makes a schedule a programme.
const (
	// minProgramme is how many talks at times of day one event holds
	// at least for its schedule to be a programme.
	minProgramme = 3
	// maxProgrammeGap is the most days between two days of one event:
	// a weekend between the talks and the sprints (Friday to Monday)
	// keeps them one event, a week between two talks does not.
	maxProgrammeGap = 3
)

// Programme reports whether schedule s, nil when none, is a programme
// readers come for, as a conference's is: at least minProgramme talks
// at times of day within one run of days, each no more than
// maxProgrammeGap days after the one before. Talks dated by the day
// alone, or a speaker's archive of talks spread over months and years
// (each at a time of day as Hugo writes dates, "T19:00:00Z"), are a
// list, not a programme.
func (s *Schedule) Programme() bool {
	if s == nil {
		return false
	}
	n := 0
	var last time.Time
	for _, d := range s.Days {
		if len(d.Slots) == 0 {
			continue
		}
		if !last.IsZero() && calendarDays(last, d.Date) > maxProgrammeGap {
			n = 0
		}
		n += len(d.Slots)
		last = d.Date
		if n >= minProgramme {
			return true
		}
	}
	return false
}

// calendarDays is how many calendar days b is after a, both midnight:
// counted on the dates, so a change of daylight saving time between
// them does not count.
func calendarDays(a, b time.Time) int {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// Archive reports whether the site's talks are a speaker's archive
// rather than programmes: they belong to at least two events, each made
// by its talks naming it (no page, data record or config.toml declares
// it: an author who writes an event down lays out its programme), and
// no event holds two talks on one day. A conference or a meetup series
// has days of several talks (an evening of two talks is enough), so
// each of its events keeps its schedule even when one of them holds a
// single talk; a person's talks given once each at different events,
// years apart, have no day to lay out as a grid. A site of one event
// is that event, and keeps its schedule however few its talks.
//
// A site whose talks name no event at all is an archive too when they
// form no programme (Schedule.Programme) and no day holds two of them:
// a person's talks listed with where each was given and a line about
// the occasion (a Quarto talks listing's records, an Academic talk's
// location without an event), months and years apart.
func (s *Site) Archive() bool {
	events := 0
	for _, e := range s.Events {
		if len(e.Talks) == 0 {
			continue
		}
		if !e.named || e.Page != nil {
			return false
		}
		events++
		days := map[string]bool{}
		for _, p := range e.Talks {
			if !dayOnce(days, p) {
				return false
			}
		}
	}
	if events == 0 {
		return s.eventlessArchive()
	}
	return events >= 2
}

// eventlessArchive reports whether the site's talks, of no event, are
// at least two dated talks, one a day, that form no programme.
func (s *Site) eventlessArchive() bool {
	if s.Schedule == nil || s.Schedule.Programme() {
		return false
	}
	days := map[string]bool{}
	dated := 0
	for _, p := range s.Talks {
		if p.Event != nil || IsBreak(p) {
			return false
		}
		if !dayOnce(days, p) {
			return false
		}
		if !p.Doc.Date.IsZero() {
			dated++
		}
	}
	return dated >= 2
}

// dayOnce adds the day talk p is dated to, as written in its own zone
// (as the schedule groups it, sameDate), to days, and reports false when
// days held it already. A talk with no day (undated, or dated by a month
// or a year) says nothing, and is true.
func dayOnce(days map[string]bool, p *Page) bool {
	d := p.Doc.Date
	if d.IsZero() || p.Doc.DatePrecision.Partial() {
		return true
	}
	key := d.Format("2006-01-02")
	if days[key] {
		return false
	}
	days[key] = true
	return true
}

// PlaceSchedules gives every event's schedule its page and files, or
// takes them away when the site is an archive (Archive): an event of
// one talk, at a time of day that may only say when its page was
// written, is no programme to lay out; its page still lists its talk.
// It is idempotent, so that a preview's edit, whose steps lay out
// schedules again in passing, ends with those a build makes.
func (s *Site) PlaceSchedules() {
	archive := s.Archive()
	for _, e := range s.Events {
		if e.Schedule != nil {
			e.Schedule.place(strings.TrimSuffix(e.URL, "/")+"/", !archive)
		}
	}
}

// place sets the schedule's page and files under base, or none when
// it has no page (shown is false).
func (sc *Schedule) place(base string, shown bool) {
	sc.URL, sc.Calendar, sc.JSON, sc.XML = "", "", "", ""
	if shown {
		sc.URL, sc.Calendar, sc.JSON, sc.XML = base+"schedule/", base+"schedule.ics", base+"schedule.json", base+"schedule.xml"
	}
}

// Clocked reports whether lists show talk p's time of day: not when its
// event's schedule has no page (an archive's, see Archive), where the
// time is as often when the page was written ("07:59:08") as when the
// talk was given, and no programme sets talks beside each other. The
// talk's own page shows its date as written.
func (p *Page) Clocked() bool {
	e := p.Event
	return e == nil || e.Schedule == nil || e.Schedule.URL != ""
}

// When returns when talk p's own page, calendar file and share card say
// it was given: its date and end as written, but the day alone for an
// unclocked talk (Clocked) written to the second, as "07:59:08": no
// programme sets a talk at a second past the minute, and such a time is
// when the page was written, not when the talk began.
func (p *Page) When() (start, end time.Time) {
	start, end = p.Doc.Date, p.Doc.End
	if p.Clocked() || start.IsZero() || start.Second() == 0 && start.Nanosecond() == 0 {
		return start, end
	}
	start = time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, start.Location())
	if !end.IsZero() {
		end = time.Date(end.Year(), end.Month(), end.Day(), 0, 0, 0, 0, end.Location())
		if end.Equal(start) {
			end = time.Time{}
		}
	}
	return start, end
}
