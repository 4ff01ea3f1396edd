package site

import "time"

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
