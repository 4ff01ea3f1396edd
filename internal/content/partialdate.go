package content

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Precision is how much of a date its page wrote: a day (the zero value,
// with or without a time of day), or only a month or a year, as talk
// archives date talks given long ago ("date: 2019", "date: May 2019").
type Precision uint8

// The precisions of a date. A date of PrecisionMonth or PrecisionYear is
// the first instant of its month or year and has no time of day.
const (
	PrecisionDay Precision = iota
	PrecisionMonth
	PrecisionYear
)

// Partial reports whether a date of precision p names no day.
func (p Precision) Partial() bool { return p != PrecisionDay }

// Format writes t at precision p: "2019" for a year, "May 2019" for a
// month, and with layout for a day, so that a template writes any date
// the one way.
func (p Precision) Format(t time.Time, layout string) string {
	return p.format(t, layout, "January 2006")
}

// ISO writes t at precision p as HTML's <time datetime> and ISO 8601
// read it: "2019", "2019-05", or the day "2019-05-14".
func (p Precision) ISO(t time.Time) string {
	return p.format(t, time.DateOnly, "2006-01")
}

// format writes t with the layout of its precision: the year alone, month
// for a month, day for a day; "" for no date.
func (p Precision) format(t time.Time, day, month string) string {
	switch {
	case t.IsZero():
		return ""
	case p == PrecisionYear:
		return t.Format("2006")
	case p == PrecisionMonth:
		return t.Format(month)
	}
	return t.Format(day)
}

// partialDate is a year, or a year and a month, written alone: "2019",
// "2019-05", "2019/5", "May 2019", "Spring 2019".
var partialDate = regexp.MustCompile(`^(?:\d{4}(?:[-/]\d{1,2})?|[A-Za-z]{3,9}\.? \d{4})$`)

// parsePartialDate reads a year or a year and a month written alone, as
// the first instant of that period in loc. named is false for a word
// before the year that is not a month ("Spring 2019"): the date is then
// the year, and the caller says the word was not read.
func parsePartialDate(s string, loc *time.Location) (d parsedDate, named, ok bool) {
	s = strings.TrimSpace(s)
	if !partialDate.MatchString(s) {
		return parsedDate{}, false, false
	}
	yearText, month, named := s, time.Month(0), true
	if word, year, ok := strings.Cut(s, " "); ok {
		yearText = year
		m, isMonth := monthWord(strings.ToLower(strings.TrimSuffix(word, ".")))
		month, named = m, isMonth
	} else if y, m, ok := strings.Cut(strings.ReplaceAll(s, "/", "-"), "-"); ok {
		n, _ := strconv.Atoi(m)
		if n < 1 || n > 12 {
			return parsedDate{}, false, false
		}
		yearText, month = y, time.Month(n)
	}
	year, _ := strconv.Atoi(yearText)
	d = parsedDate{floating: true, precision: PrecisionYear}
	if month != 0 {
		d.precision = PrecisionMonth
	}
	d.t = time.Date(year, max(month, time.January), 1, 0, 0, 0, 0, loc)
	return d, named, true
}

// partialStart writes a partial date as the start of an ISO date: the
// year and month ("2019-05"), the month January when none is given.
func partialStart(s string) string {
	if len(s) == 4 {
		return s + "-01"
	}
	if word, year, ok := strings.Cut(s, " "); ok {
		if m, ok := monthWord(strings.ToLower(strings.TrimSuffix(word, "."))); ok {
			return fmt.Sprintf("%s-%02d", year, int(m))
		}
		return year + "-01" // no month: "Spring 2019" names none
	}
	y, m, _ := strings.Cut(strings.ReplaceAll(s, "/", "-"), "-")
	if len(m) == 1 {
		m = "0" + m
	}
	return y + "-" + m
}
