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

// weekdayWord reports whether w names a day of the week (weekdayOf).
func weekdayWord(w string) bool {
	_, ok := weekdayOf(w)
	return ok
}

// weekdayOf returns the day of the week w names, in lower case, in full
// or by three letters or more of its start ("sat", "tues", "thurs").
func weekdayOf(w string) (time.Weekday, bool) {
	for i, d := range weekdays {
		if w == d || len(w) >= 3 && strings.HasPrefix(d, w) {
			return time.Weekday((i + 1) % 7), true // weekdays start on Monday
		}
	}
	return 0, false
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
		case meridiemWord(w) != "" && meridiem == "":
			meridiem = meridiemWord(w)
		case clock == "" && meridiem == "" && cutMeridiem(w) != w:
			clock = cutMeridiem(w)
			meridiem = meridiemWord(w[len(clock):])
		case strings.Contains(w, ":") && clock == "":
			clock = w
		case clock == "" && strings.Contains(clockSeparators(w), ":"):
			clock = w // 10.30, 14h30
		case w == "at" && clock == "" && year != 0:
			// "October 5, 2019 at 10:30 AM"
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

// meridiemWord returns "am" or "pm" for a word that is one, written
// "am", "a.m." or "a.m" (a final full stop is often cut off as the end
// of a sentence), and "" for any other word.
func meridiemWord(w string) string {
	switch strings.TrimSuffix(w, ".") {
	case "am", "a.m":
		return "am"
	case "pm", "p.m":
		return "pm"
	}
	return ""
}

// cutMeridiem returns w without a trailing "am" or "pm" (as
// meridiemWord reads them) glued to a time of day ("10:30am",
// "2p.m."), and w itself when it has none.
func cutMeridiem(w string) string {
	t := strings.TrimSuffix(w, ".")
	for _, m := range []string{"a.m", "p.m", "am", "pm"} {
		if c, ok := strings.CutSuffix(t, m); ok && c != "" && c[len(c)-1] >= '0' && c[len(c)-1] <= '9' {
			return c
		}
	}
	return w
}

// readClock reads a time of day on its own, as a "time" or "end" field
// gives it: as parseClock does ("14:30"), or on a twelve-hour clock
// ("2:30 PM", "2:30pm", "2 p.m.", "2pm").
func readClock(s string) (h, m, sec, ns int, ok bool) {
	s = clockSeparators(strings.ToLower(strings.TrimSpace(s)))
	if h, m, sec, ns, ok = parseClock(s); ok {
		return h, m, sec, ns, ok
	}
	clock, meridiem := splitMeridiem(s)
	if meridiem == "" {
		return 0, 0, 0, 0, false
	}
	return wordClock(clock, meridiem)
}

// splitMeridiem cuts a trailing "am" or "pm" from s, a lower-case time
// of day, whether a word of its own ("2:30 pm") or glued ("2:30pm"),
// and returns "" for the meridiem when s has none.
func splitMeridiem(s string) (clock, meridiem string) {
	if i := strings.LastIndexByte(s, ' '); i >= 0 && meridiemWord(s[i+1:]) != "" {
		return strings.TrimSpace(s[:i]), meridiemWord(s[i+1:])
	}
	if c := cutMeridiem(s); c != s {
		return c, meridiemWord(s[len(c):])
	}
	return s, ""
}

// wordClock reads a time of day as parseClock does, or an hour alone
// ("2pm"), on a twelve-hour clock when meridiem is "am" or "pm".
func wordClock(clock, meridiem string) (h, m, sec, ns int, ok bool) {
	clock = clockSeparators(clock)
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

// clockSeparators returns a time of day written with a full stop or an
// "h" between hours and minutes, as British ("10.30am") and French
// ("14h30", "14h") programmes write it, with a colon ("10:30am",
// "14:30", "14:00"); any other text as it is.
func clockSeparators(s string) string {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i == len(s) || s[i] != '.' && s[i] != 'h' {
		return s
	}
	rest := s[i+1:]
	switch {
	case len(rest) >= 2 && allDigits(rest[:2]) && (len(rest) == 2 || rest[2] < '0' || rest[2] > '9'):
		return s[:i] + ":" + rest
	case s[i] == 'h' && rest == "":
		return s[:i] + ":00"
	}
	return s
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

// dayClock is a time of day.
type dayClock struct{ h, m, sec, ns int }

// on is the time at c on t's day, in t's zone.
func (c dayClock) on(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), c.h, c.m, c.sec, c.ns, t.Location())
}

// ParseClock reads a time of day as the "time" field takes it ("14:30",
// "9:05:00", "2:30 PM", "2pm", "10 a.m."), as the time since midnight:
// schedules in data files write their slots' times the same ways.
func ParseClock(s string) (time.Duration, bool) {
	c, ok := clockOf(s)
	return time.Duration(c.nanos()), ok
}

// ParseClockRange reads two times of day written as a range ("9:50 -
// 10:20", "2:30–3:15 PM"), as the "time" field takes it, as times since
// midnight: a programme's slots write their times the same way.
func ParseClockRange(s string) (from, to time.Duration, ok bool) {
	f, t, ok := readClockRange(s)
	return time.Duration(f.nanos()), time.Duration(t.nanos()), ok
}

// clockOf reads a time of day as readClock does.
func clockOf(s string) (dayClock, bool) {
	h, m, sec, ns, ok := readClock(s)
	return dayClock{h, m, sec, ns}, ok
}

// meridiemOf returns "am" or "pm" when s, a time of day, ends with one
// (as readClock reads them), and "" otherwise.
func meridiemOf(s string) string {
	_, meridiem := splitMeridiem(strings.ToLower(strings.TrimSpace(s)))
	return meridiem
}

// clockRangeSeps are what stands between the two times of a range, the
// dashes before the hyphen so that "9:00 – 9:30" is cut at its dash.
var clockRangeSeps = []string{"–", "—", " to ", "-"}

// readClockRange reads a "time" field written as a range ("10:00 -
// 10:45", "2:30–3:15 PM"). A start written without am or pm takes the
// end's, unless that would put it after the end ("11:30 - 12:15 PM" starts
// in the morning).
func readClockRange(s string) (from, to dayClock, ok bool) {
	for _, sep := range clockRangeSeps {
		left, right, found := strings.Cut(s, sep)
		if !found {
			continue
		}
		if to, ok = clockOf(right); !ok {
			return dayClock{}, dayClock{}, false
		}
		mer := meridiemOf(right)
		if mer != "" && meridiemOf(left) == "" {
			if f, ok := clockOf(left + " " + mer); ok {
				if f.after(to) {
					f, _ = clockOf(left + " am")
				}
				return f, to, true
			}
		}
		from, ok = clockOf(left)
		return from, to, ok
	}
	return dayClock{}, dayClock{}, false
}

// after reports whether c is later in the day than d.
func (c dayClock) after(d dayClock) bool { return c.nanos() > d.nanos() }

// nanos is c as nanoseconds since midnight.
func (c dayClock) nanos() int64 {
	return (int64(c.h)*3600+int64(c.m)*60+int64(c.sec))*1e9 + int64(c.ns)
}

// MonthDay reads a day written by its month and day of the month with no
// year ("June 25", "25 June", "Jun 25th"), as schedules label their days,
// after its weekday or not ("Thursday 11 September", "Fri, Oct 4").
func MonthDay(s string) (time.Month, int, bool) {
	m, d, _, _, ok := WeekdayMonthDay(s)
	return m, d, ok
}

// WeekdayMonthDay reads s as MonthDay does, with the weekday written
// before the month and day: hasWeekday is false when none is.
func WeekdayMonthDay(s string) (m time.Month, day int, wd time.Weekday, hasWeekday, ok bool) {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(f) == 3 {
		if wd, hasWeekday = weekdayOf(strings.TrimSuffix(f[0], ".")); hasWeekday {
			f = f[1:]
		}
	}
	if len(f) != 2 {
		return 0, 0, 0, false, false
	}
	m, day, ok = monthDay(f)
	if !ok {
		return 0, 0, 0, false, false
	}
	return m, day, wd, hasWeekday, true
}

// monthDay reads two words, a month's and a day of the month's, in
// either order.
func monthDay(f []string) (time.Month, int, bool) {
	for _, order := range [][2]int{{0, 1}, {1, 0}} {
		m, ok := monthWord(strings.TrimSuffix(f[order[0]], "."))
		if !ok {
			continue
		}
		n, ok := smallInt(strings.TrimRight(f[order[1]], "stndrh"), 1, 2)
		if ok && n >= 1 && n <= daysIn(m, 2024) {
			return m, n, true
		}
	}
	return 0, 0, false
}
