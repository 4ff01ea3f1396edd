package view

import (
	"html/template"
	"time"

	"lectern/internal/content"
)

// EventRef is what other pages show of an event: a talk's eyebrow and
// facts, the schedule's header, a list of events.
type EventRef struct {
	Name  string
	Slug  string
	URL   string
	Venue string
	// Timezone is the IANA name as configured; Location is it resolved.
	Timezone string
	Location *time.Location
	Start    time.Time
	End      time.Time
	// Timed is set for an event its own page dates to a time of day on
	// one day (site.Event.Timed): it is shown with its hours.
	Timed bool
	Rooms []string
	// Schedule is the event's programme page and files, nil for an event
	// without talks or whose talks are no programme (an archive's, see
	// site.Site.Archive), which has no page.
	Schedule *ScheduleRef
}

// ScheduleRef names a schedule's page and files.
type ScheduleRef struct {
	Name string
	// URL is the page ("/events/x/schedule/"); Calendar, JSON and XML are
	// its iCalendar, frab JSON and frab XML files.
	URL      string
	Calendar string
	JSON     string
	XML      string
}

// Event is an event's own page and an entry of the site's events.
type Event struct {
	Name     string
	Slug     string
	URL      string
	Venue    string
	Timezone string
	Location *time.Location
	Start    time.Time
	End      time.Time
	// Timed is set for an event its own page dates to a time of day on
	// one day (site.Event.Timed): it is shown with its hours.
	Timed bool
	Rooms []string
	// Description is the rendered description of an event declared in
	// config.toml; an event page's body is Page.Content.
	Description template.HTML
	// Talks are sorted by start time, then room, then title.
	Talks []*Entry
	// Schedule is the event's programme, nil without talks or when it
	// has no page (see EventRef.Schedule).
	Schedule *Schedule
	// Page is the event's content page. It is set on the event's own
	// output only, nil elsewhere and for an event of config.toml.
	Page *Page
	// Sponsors are the sponsors the event's file lists, by tier; set on
	// the event's own output only.
	Sponsors []*SponsorTier
}

// Schedule is a programme laid out by day and room.
type Schedule struct {
	// Event is the event shown, nil for the talks of no event; Name is
	// its name or the site's title.
	Event *EventRef
	Name  string
	URL   string
	// Calendar, JSON and XML are the schedule's files.
	Calendar string
	JSON     string
	XML      string
	// Location is the zone the schedule is shown in.
	Location *time.Location
	// OneZone reports that every dated talk of the schedule is written in
	// one zone (the same name and offset): a schedule of talks of no
	// event names that zone, not "each talk's own", which may differ.
	OneZone bool
	// Rooms are every room used, in display order; Tracks and Levels the
	// terms its talks use, for filters.
	Rooms  []string
	Tracks []*TermRef
	Levels []*TermRef
	// Days are in date order; Periods the months and years of talks
	// dated by them alone, oldest first; Unscheduled are the talks
	// without a date; Talks are all of them, in time order.
	Days        []*Day
	Periods     []*Period
	Unscheduled []*Entry
	Talks       []*Entry
}

// Period is a month or a year of a schedule and the talks dated by it
// alone. Date is its first instant; Precision says which it is.
type Period struct {
	Date      time.Time
	Precision content.Precision
	Talks     []*Entry
}

// Day is one calendar day of a schedule.
type Day struct {
	// Date is midnight at the start of the day.
	Date time.Time
	// Rooms are the grid's columns; Rows its rows; Slots the talks with a
	// time of day; Untimed the talks of the day without one.
	Rooms   []string
	Rows    []Row
	Slots   []*Slot
	Untimed []*Entry
}

// Row is one row of a day's grid: from Start to End (zero for an open
// last row). Starts reports that a talk starts at Start; Gap that no talk
// runs in it.
type Row struct {
	Start  time.Time
	End    time.Time
	Starts bool
	Gap    bool
}

// Slot is one talk placed in a day's grid: Row and Col are 1-based, and
// the talk covers Rows rows and Cols columns.
type Slot struct {
	Talk  *Entry
	Row   int
	Rows  int
	Col   int
	Cols  int
	Start time.Time
	End   time.Time
	// Plenary reports a talk that spans every room; Break a break.
	Plenary bool
	Break   bool
}
