package data

import (
	"time"

	"lectern/internal/content"
)

// Span is the days of a conference the site's settings give
// (config.Config.Programme): its first day, and its last (zero for a
// conference of one day).
type Span struct {
	Start, End time.Time
}

// conferenceDays gives the slots of days written without their year
// ("Thursday 11 September", "June 25", "Thursday 15th") the date of the
// conference's day they name, when one day of span answers to it: the
// settings say which year (and month) is meant, so nothing is guessed
// and nothing need be said. The others are left to the combiner, which
// dates them by the site's dated pages (combiner.dated).
func conferenceDays(slots []Slot, span Span, loc *time.Location) []Slot {
	if span.Start.IsZero() {
		return slots
	}
	told := map[string]time.Time{}
	for i, s := range slots {
		if s.DayName == "" {
			continue
		}
		day, seen := told[s.DayName]
		if !seen {
			day = spanDay(s.DayName, span, loc)
			told[s.DayName] = day
		}
		if !day.IsZero() {
			slots[i].Day, slots[i].Floating, slots[i].DayName = day, true, ""
		}
	}
	return slots
}

// spanDay is the one day of span that name, a day without its year,
// names: by month and day, its weekday too when written, or by weekday
// and day of the month. Zero when no day, or more than one, answers.
func spanDay(name string, span Span, loc *time.Location) time.Time {
	m, dom, wd, hasWeekday, byMonth := content.WeekdayMonthDay(name)
	if !byMonth {
		var ok bool
		if wd, dom, ok = splitDayName(name); !ok {
			return time.Time{}
		}
		hasWeekday = true
	}
	first := time.Date(span.Start.Year(), span.Start.Month(), span.Start.Day(), 0, 0, 0, 0, loc)
	last := first
	if !span.End.IsZero() {
		last = time.Date(span.End.Year(), span.End.Month(), span.End.Day(), 0, 0, 0, 0, loc)
	}
	var found time.Time
	for d, n := first, 0; !d.After(last) && n < 366; d, n = d.AddDate(0, 0, 1), n+1 {
		if d.Day() != dom || byMonth && d.Month() != m || hasWeekday && d.Weekday() != wd {
			continue
		}
		if !found.IsZero() {
			return time.Time{}
		}
		found = d
	}
	return found
}
