package site

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"lectern/internal/content"
)

// Schedule is a programme laid out for display: the talks of one event, or
// of the talks that belong to no event, by day, with each talk placed in a
// grid of rooms by time.
type Schedule struct {
	// Event is the event shown, or nil for the talks of no event.
	Event *Event
	// Name is the event's name, or the site's title for talks of no event.
	Name string
	// URL is the schedule page's path ("/events/x/schedule/"); Calendar,
	// JSON and XML are its iCalendar, frab JSON and frab XML files
	// ("/events/x/schedule.ics"…). The site's main schedule is also
	// published at /schedule/ (see Site.Schedule). All four are "" for
	// the talks of no event that form no programme (see Programme),
	// which have no page or files.
	URL, Calendar, JSON, XML string
	// Location is the zone the schedule is shown in: its event's, or the
	// site's for talks of no event (each of which keeps its own offset).
	Location *time.Location
	// Rooms are every room the schedule uses, in display order: the
	// event's rooms as listed, then the others in the order the
	// programme first names them (see roomOrder).
	Rooms []string
	// Tracks and Levels are the terms its talks use, for filters: tracks
	// by name, levels in their natural order (see sortLevels).
	Tracks []*Term
	Levels []*Term
	// Days are in date order; each holds at least one talk.
	Days []*Day
	// Periods are the talks dated only by a month or a year
	// (content.Precision), one period for each, oldest first: they
	// have no day to be shown in, and are not unscheduled either.
	Periods []*Period
	// Unscheduled are the talks without a date, in title order.
	Unscheduled []*Page
	// Talks are every talk of the schedule, in time order.
	Talks []*Page
}

// Day is one calendar day of a schedule, in the zone its talks are shown
// in.
type Day struct {
	// Date is midnight at the start of the day.
	Date time.Time
	// Rooms are the grid's columns: the rooms of this day's talks that do
	// not span every room, in the schedule's display order.
	Rooms []string
	// Rows are the grid's rows, split at every time a talk starts or ends.
	Rows []Row
	// Slots are the talks with a time of day, by start, column and title.
	Slots []*Slot
	// Untimed are the talks dated this day without a time of day.
	Untimed []*Page
}

// Period is a month or a year of a schedule, for the talks dated by it
// alone.
type Period struct {
	// Date is the first instant of the period; Precision says whether
	// it is a month or a year.
	Date      time.Time
	Precision content.Precision
	// Talks are in the schedule's order.
	Talks []*Page
}

// Row is one row of a day's grid: from Start to End (zero for a last row
// that only talks without an end start in). Starts reports that a talk
// starts at Start, so that the row deserves a time label; Gap, that no
// talk runs in it at all, a pause in the programme the grid labels.
type Row struct {
	Start, End time.Time
	Starts     bool
	Gap        bool
}

// Slot is one talk placed in a day's grid. Row and Col are 1-based indexes
// of Day.Rows and Day.Rooms (Col is 1 when the day has no rooms); the talk
// covers Rows rows and Cols columns.
type Slot struct {
	Talk       *Page
	Row, Rows  int
	Col, Cols  int
	Start, End time.Time
	// Plenary reports that the talk spans every room: a break, a keynote
	// or a talk without a room, when no other talk runs beside it.
	Plenary bool
	// Break reports a break (see IsBreak), which filters never hide.
	Break bool
}

// IsPlenary reports whether a talk is meant for everyone at once: a break,
// a keynote, or a talk without a room (which includes one whose room was
// written as all rooms, see content.Document.AllRooms).
func IsPlenary(p *Page) bool {
	return p.Doc.Room == "" || IsBreak(p) || strings.EqualFold(p.Doc.Format, "keynote")
}

// HasTime reports whether t has a time of day: a date written without one
// is midnight and has none.
func HasTime(t time.Time) bool {
	return !t.IsZero() && (t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0)
}

// CalendarURL returns the path of a talk's own iCalendar file: beside its
// page, named after its slug ("/talks/x/x.ics"), or the page's path with
// .ics for a page written to a file ("/about.ics"). It is "" for a page
// that is not a talk dated by its day (a month or a year is no calendar
// entry), or that has no page (Pageless).
func (p *Page) CalendarURL() string {
	if p.Doc.Kind != "talk" || p.Doc.Date.IsZero() || p.Doc.DatePrecision.Partial() || p.URL == "" || p.Pageless {
		return ""
	}
	if strings.HasSuffix(p.URL, "/") {
		return p.URL + EscapePath(cmp.Or(p.Doc.Slug, "talk")) + ".ics"
	}
	dot := strings.LastIndexByte(p.URL, '.')
	if dot > strings.LastIndexByte(p.URL, '/') {
		return p.URL[:dot] + ".ics"
	}
	return p.URL + ".ics"
}

// newSchedule lays out talks (sorted by time) for display. base is the
// schedule page's directory URL without its trailing "schedule/".
func newSchedule(e *Event, name, base string, loc *time.Location, talks []*Page) *Schedule {
	s := &Schedule{
		Event: e, Name: name, Location: loc, Talks: talks,
	}
	s.place(base, true)
	var listed []string
	if e != nil {
		listed = e.Rooms
	}
	s.Rooms = roomOrder(listed, talks)
	tracks, levels := map[*Term]bool{}, map[*Term]bool{}
	var day *Day
	for _, p := range talks {
		if p.Track != nil {
			tracks[p.Track] = true
		}
		if p.Level != nil {
			levels[p.Level] = true
		}
		if p.Doc.Date.IsZero() {
			s.Unscheduled = append(s.Unscheduled, p)
			continue
		}
		if prec := p.Doc.DatePrecision; prec.Partial() {
			if n := len(s.Periods); n > 0 && s.Periods[n-1].Precision == prec && s.Periods[n-1].Date.Equal(p.Doc.Date) {
				s.Periods[n-1].Talks = append(s.Periods[n-1].Talks, p)
			} else {
				s.Periods = append(s.Periods, &Period{Date: p.Doc.Date, Precision: prec, Talks: []*Page{p}})
			}
			continue
		}
		if day == nil || !sameDate(day.Date, p.Doc.Date) {
			day = &Day{Date: time.Date(p.Doc.Date.Year(), p.Doc.Date.Month(), p.Doc.Date.Day(), 0, 0, 0, 0, p.Doc.Date.Location())}
			s.Days = append(s.Days, day)
		}
		if !HasTime(p.Doc.Date) {
			day.Untimed = append(day.Untimed, p)
			continue
		}
		day.Slots = append(day.Slots, &Slot{Talk: p, Start: p.Doc.Date, End: end(p), Break: IsBreak(p)})
	}
	slices.SortStableFunc(s.Unscheduled, func(a, b *Page) int {
		return cmp.Or(undatedOrder(a, b), undatedFiles(a, b), cmp.Compare(a.Doc.Title, b.Doc.Title))
	})
	s.Tracks, s.Levels = sortedTerms(tracks), sortedTerms(levels)
	sortLevels(s.Levels)
	// Days of a schedule of talks of no event, each in its own zone, may
	// come out of order when their offsets differ.
	slices.SortStableFunc(s.Days, func(a, b *Day) int { return cmp.Compare(a.Date.Format("2006-01-02"), b.Date.Format("2006-01-02")) })
	for _, d := range s.Days {
		d.layout(s.Rooms)
	}
	// The talks of no event that form no programme (a speaker's archive
	// of talks years apart) are shown as a list where they are listed,
	// and have no schedule page or files: no grid of one column of talks
	// years apart, and no link to one. An event's schedule keeps its page.
	if e == nil && !s.Programme() {
		s.URL, s.Calendar, s.JSON, s.XML = "", "", "", ""
	}
	return s
}

// end is a talk's end, or zero when it has none or ends before it starts.
func end(p *Page) time.Time {
	if p.Doc.End.After(p.Doc.Date) {
		return p.Doc.End
	}
	return time.Time{}
}

// instant reports whether the slot's talk is a point in time: written
// to end when it starts. Its End is zero, as for a talk with no end
// (see end), so the talk tells them apart.
func (s *Slot) instant() bool {
	d := s.Talk.Doc
	return !d.End.IsZero() && d.End.Equal(d.Date)
}

// sameDate reports whether a and b fall on the same calendar day, each as
// written in its own zone.
func sameDate(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

func sortedTerms(set map[*Term]bool) []*Term {
	out := make([]*Term, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *Term) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.Slug, b.Slug))
	})
	return out
}

// overlaps reports whether two slots run at the same time: their spans
// [start, end) intersect, a slot without an end lasting no time, or they
// start together. A talk that ends as it starts (an opening word before
// the keynote in its room) is a point in time: it overlaps only a talk
// running on both sides of it, and never another point; a talk without
// an end may run on, so starting with another is a clash.
func overlaps(a, b *Slot) bool {
	switch pa, pb := a.instant(), b.instant(); {
	case pa && pb:
		return false
	case pa:
		return b.Start.Before(a.Start) && a.Start.Before(b.End)
	case pb:
		return a.Start.Before(b.Start) && b.Start.Before(a.End)
	}
	if a.Start.Equal(b.Start) {
		return true
	}
	aEnd, bEnd := cmp.Or(a.End, a.Start), cmp.Or(b.End, b.Start)
	return a.Start.Before(bEnd) && b.Start.Before(aEnd)
}

// layout decides which slots span every room, the day's columns and rows,
// and each slot's place in the grid.
func (d *Day) layout(order []string) {
	for _, sl := range d.Slots {
		sl.Plenary = IsPlenary(sl.Talk)
	}
	// A plenary session with a room that runs beside other talks stays in
	// its room: spanning would hide them.
	for _, sl := range d.Slots {
		if !sl.Plenary || sl.Talk.Doc.Room == "" {
			continue
		}
		for _, other := range d.Slots {
			if other != sl && !IsPlenary(other.Talk) && overlaps(sl, other) {
				sl.Plenary = false
				break
			}
		}
	}
	for _, sl := range d.Slots {
		if !sl.Plenary && !slices.Contains(d.Rooms, sl.Talk.Doc.Room) {
			d.Rooms = append(d.Rooms, sl.Talk.Doc.Room)
		}
	}
	slices.SortStableFunc(d.Rooms, func(a, b string) int {
		return cmp.Compare(slices.Index(order, a), slices.Index(order, b))
	})

	var bounds []time.Time
	for _, sl := range d.Slots {
		bounds = append(bounds, sl.Start)
		if !sl.End.IsZero() {
			bounds = append(bounds, sl.End)
		}
	}
	slices.SortFunc(bounds, time.Time.Compare)
	bounds = slices.CompactFunc(bounds, time.Time.Equal)
	index := func(t time.Time) int {
		i, _ := slices.BinarySearchFunc(bounds, t, time.Time.Compare)
		return i
	}
	for i := 0; i+1 < len(bounds); i++ {
		d.Rows = append(d.Rows, Row{Start: bounds[i], End: bounds[i+1]})
	}
	cols := max(1, len(d.Rooms))
	for _, sl := range d.Slots {
		sl.Row = index(sl.Start) + 1
		if sl.End.IsZero() {
			sl.Rows = 1
		} else {
			sl.Rows = index(sl.End) - index(sl.Start)
		}
		if sl.Row > len(d.Rows) {
			// A talk without an end starts at the last boundary: it
			// needs a row of its own.
			d.Rows = append(d.Rows, Row{Start: sl.Start})
		}
		d.Rows[sl.Row-1].Starts = true
		sl.Col, sl.Cols = 1, cols
		if !sl.Plenary {
			sl.Col, sl.Cols = slices.Index(d.Rooms, sl.Talk.Doc.Room)+1, 1
		}
	}
	covered := make([]bool, len(d.Rows))
	for _, sl := range d.Slots {
		for r := sl.Row - 1; r < sl.Row-1+sl.Rows && r < len(covered); r++ {
			covered[r] = true
		}
	}
	for i := range d.Rows {
		d.Rows[i].Gap = !covered[i] && !d.Rows[i].End.IsZero()
	}
	slices.SortStableFunc(d.Slots, func(a, b *Slot) int {
		return cmp.Or(a.Start.Compare(b.Start), cmp.Compare(a.Col, b.Col), cmp.Compare(a.Talk.Doc.Title, b.Talk.Doc.Title))
	})
}

// pickSchedule picks the site's schedule among the events' as
// schedules picks it, after an edit in place gave an event its first
// talk or took its last: the last dated event's with talks, else the
// first undated one's, else that of the talks of no event (laid out
// again), else none.
func (s *Site) pickSchedule() *Schedule {
	var main *Schedule
	for _, e := range s.Events {
		if len(e.Talks) > 0 && (main == nil || !e.Start.IsZero()) {
			main = e.Schedule
		}
	}
	if loose := s.looseTalks(); main == nil && len(loose) > 0 {
		main = newSchedule(nil, s.Config.Title, "/", s.Config.Location, loose)
	}
	return main
}

// schedules lays out the programme of every event with talks, and of the
// talks of no event, and picks the site's main schedule: the only or
// newest event's, else that of the talks of no event.
func (s *Site) schedules() []*Schedule {
	var all []*Schedule
	for _, e := range s.Events {
		if len(e.Talks) == 0 {
			continue
		}
		base := strings.TrimSuffix(e.URL, "/") + "/"
		e.Schedule = newSchedule(e, e.Name, base, e.Location, e.Talks)
		all = append(all, e.Schedule)
		// Events are sorted by start, undated last: an undated event is
		// the main one only when no dated event has talks.
		if s.Schedule == nil || !e.Start.IsZero() {
			s.Schedule = e.Schedule
		}
	}
	var loose []*Page
	for _, p := range s.Talks {
		if p.Event == nil {
			loose = append(loose, p)
		}
	}
	if len(loose) > 0 {
		ls := newSchedule(nil, s.Config.Title, "/", s.Config.Location, loose)
		all = append(all, ls)
		if s.Schedule == nil {
			s.Schedule = ls
		}
	}
	s.PlaceSchedules()
	return all
}
