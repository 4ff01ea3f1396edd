package content

import (
	"strings"
	"time"
)

// Dates written out in words, as JavaScript's Date reads them and as
// Astro's blog starter writes them ("pubDate: 'Jul 08 2022'"), and as
// RSS and e-mail do ("Fri, 08 Jul 2022 10:00:00 +0200"): an English
// month name or its first three letters, a day of the month (with "st",
// "nd", "rd" or "th"), a four-digit year, in the orders "Jul 8 2022",
// "July 8, 2022" and "8 July 2022"; optionally a weekday, a time of day
// (10:00, 10:00:30, with am or pm, or 2pm) and a zone as parseZone reads
// it. Every word must be one of these: anything else is not a date, so
// that prose is never read as one. Numeric day-month orders (08/07/2022)
// are left out: whether the day or the month comes first is the
// writer's custom, not something the text says.

// monthWords are the English month names; a month is also named by its
// first three letters ("Sep" and "Sept" both name September).
var monthWords = []string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// weekdayWord reports whether w names a day of the week, in full or by
// its first three letters.
func weekdayWord(w string) bool {
	for _, d := range weekdays {
		if w == d || len(w) >= 3 && strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// weekdays are the English names of the days of the week.
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// monthWord returns the month w names, in full or by three or four of
// its first letters, and false for any other word.
func monthWord(w string) (time.Month, bool) {
	for i, m := range monthWords {
		if w == m || (len(w) == 3 || w == "sept") && strings.HasPrefix(m, w) {
			return time.Month(i + 1), true
		}
	}
	return 0, false
}

// parseWordDate reads a date written in words (see above), placed in
// loc when it names no zone.
func parseWordDate(s string, loc *time.Location) (parsedDate, error) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	var (
		month          time.Month
		day, year      int
		clock          string
		meridiem, zone string
	)
	for i, w := range words {
		w = strings.TrimSuffix(w, ".")
		switch {
		case w == "":
		case month == 0 && monthSet(w, &month):
		case weekdayWord(w) && i == 0:
		case len(w) == 4 && allDigits(w) && year == 0:
			year, _ = smallInt(w, 4, 4)
		case dayWord(w) > 0 && day == 0 && clock == "":
			day = dayWord(w)
		case strings.Contains(w, ":") && clock == "":
			clock = w
		case (w == "am" || w == "pm") && meridiem == "":
			meridiem = w
		case (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) && clock == "" && meridiem == "":
			clock, meridiem = w[:len(w)-2], w[len(w)-2:]
		case zone == "" && (w == "z" || w == "utc" || w == "gmt" || w[0] == '+' || w[0] == '-'):
			zone = w
		default:
			return parsedDate{}, errNotDate
		}
	}
	if month == 0 || day == 0 || year == 0 || day > daysIn(month, year) {
		return parsedDate{}, errNotDate
	}
	if clock == "" {
		if meridiem != "" || zone != "" {
			return parsedDate{}, errNotDate
		}
		return parsedDate{t: time.Date(year, month, day, 0, 0, 0, 0, loc), floating: true}, nil
	}
	h, m, sec, ns, ok := wordClock(clock, meridiem)
	if !ok {
		return parsedDate{}, errNotDate
	}
	at, floating := loc, true
	if zone != "" {
		z, ok := parseZone(strings.ToUpper(zone))
		if !ok {
			return parsedDate{}, errNotDate
		}
		at, floating = z, false
	}
	return parsedDate{t: time.Date(year, month, day, h, m, sec, ns, at), floating: floating, hasClock: true}, nil
}

// monthSet sets *m to the month w names, reporting whether it names one.
func monthSet(w string, m *time.Month) bool {
	mo, ok := monthWord(w)
	if ok {
		*m = mo
	}
	return ok
}

// dayWord reads a day of the month, 1 to 31, with or without an
// ordinal suffix ("8", "08", "8th", "1st"); 0 for anything else.
func dayWord(w string) int {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if t, ok := strings.CutSuffix(w, suffix); ok {
			w = t
			break
		}
	}
	n, ok := smallInt(w, 1, 2)
	if !ok || n < 1 || n > 31 {
		return 0
	}
	return n
}

// wordClock reads a time of day as parseClock does, or an hour alone
// ("2pm"), on a twelve-hour clock when meridiem is "am" or "pm".
func wordClock(clock, meridiem string) (h, m, sec, ns int, ok bool) {
	if !strings.Contains(clock, ":") {
		if meridiem == "" {
			return 0, 0, 0, 0, false
		}
		clock += ":00"
	}
	h, m, sec, ns, ok = parseClock(clock)
	if !ok || meridiem == "" {
		return h, m, sec, ns, ok
	}
	if h < 1 || h > 12 {
		return 0, 0, 0, 0, false
	}
	if h == 12 {
		h = 0
	}
	if meridiem == "pm" {
		h += 12
	}
	return h, m, sec, ns, true
}

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// daysIn is the number of days of month in year.
func daysIn(month time.Month, year int) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
