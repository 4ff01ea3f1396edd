package content

import (
	"regexp"
	"time"
)

// A conference or an event often writes its dates as the days of one
// month in one text, as its home page shows them ("21 - 24 May 2025",
// "27/28 July 2025", "August 7-9, 2019"), rather than a start and an
// end: an event's record or page (eventDate, date) and a site's settings
// (layout's programme) read it as its first day and its last.

// spanDaysFirst and spanMonthFirst match the days of one month, the
// days before the month ("21 - 24 May 2025", "27/28 July 2025") or
// after it ("August 7-9, 2019", "May 21 – 24 2025").
var (
	spanDaysFirst  = regexp.MustCompile(`^\s*(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|/|&|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(\pL+\.?,?\s+\d{4})\s*$`)
	spanMonthFirst = regexp.MustCompile(`^\s*(\pL+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|/|&|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*$`)
)

// ParseDaySpan reads s, the days of one month written as one text, as
// its first day and its last, at midnight UTC (floating, as ParseDate's
// dates without an offset are); ok is false for anything else, a date
// among them.
func ParseDaySpan(s string) (first, last time.Time, ok bool) {
	f, l, ok := daySpan(s, time.UTC, false)
	return f.t, l.t, ok
}

// daySpan reads s as ParseDaySpan does, its days in loc.
func daySpan(s string, loc *time.Location, monthFirst bool) (first, last parsedDate, ok bool) {
	var a, b string
	if m := spanDaysFirst.FindStringSubmatch(s); m != nil {
		a, b = m[1]+" "+m[3], m[2]+" "+m[3] // "21 May 2025", "24 May 2025"
	} else if m := spanMonthFirst.FindStringSubmatch(s); m != nil {
		a, b = m[1]+" "+m[2]+", "+m[4], m[1]+" "+m[3]+", "+m[4] // "August 7, 2019"
	} else {
		return parsedDate{}, parsedDate{}, false
	}
	first, err1 := readDate(a, loc, monthFirst)
	last, err2 := readDate(b, loc, monthFirst)
	if err1 != nil || err2 != nil || first.precision != PrecisionDay || last.t.Before(first.t) {
		return parsedDate{}, parsedDate{}, false
	}
	return first, last, true
}
