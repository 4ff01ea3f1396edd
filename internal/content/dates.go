package content

import (
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"
)

// acceptedDates is the advice given when a date cannot be read.
const acceptedDates = "write it like 2017-08-16, 2017-08-16 11:30, 2017-08-16 11:30:00 -0500, 2017-08-16T11:30:00-05:00 or Aug 16 2017"

// parsedDate is a date read from text.
type parsedDate struct {
	t time.Time
	// floating: written without a UTC offset, so placed in the
	// configured zone.
	floating bool
	// hasClock: a time of day was written, not only a date.
	hasClock bool
	// precision: a day, or only a month or a year (parsePartialDate).
	precision Precision
}

var errNotDate = errors.New("not a date")

// parseDate reads the date forms people and tools write: a date
// (2017-08-16), then optionally "T", "t" or a space and a time of day
// (11:30, 9:00:00, 11:30:00.123), then optionally a zone: "Z", "UTC", or
// an offset written -0500, -05:00 or -05, with or without a space before
// it and with an optional zone abbreviation after it ("-0500 EST"); the
// date may be written 2017/08/16, or in words (parseWordDate). A date
// without a zone is placed in loc and reported as floating. Offsets become
// fixed zones, never the machine's local zone. Written by hand rather than
// as a list of time.Parse layouts because time.Parse would pick the
// machine's zone when the offset happens to match it.
//
// A date written with slashes and the year last (11/01/2023) is read
// when its order is not in doubt: a part above 12 is the day. Else it is
// not a date, unless monthFirst says the site's tool reads it month
// first (Options.MonthFirst).
func parseDate(s string, loc *time.Location) (parsedDate, error) {
	return readDate(s, loc, false)
}

// ParseDate reads a date as a page's date field is read (2025-09-18,
// 2025-09-18 09:00, 2019-08-27T00:00:00-05:00, September 18, 2025),
// for the layout adapter reading other tools' settings. A date written
// without a zone is in UTC and floating: its reader places it in its
// event's zone.
func ParseDate(s string) (t time.Time, floating, ok bool) {
	d, err := parseDate(s, time.UTC)
	return d.t, d.floating, err == nil && d.precision == PrecisionDay
}

// readDate is parseDate, reading a date whose day and month could be
// either way round (11/01/2023) month first when monthFirst is set.
func readDate(s string, loc *time.Location, monthFirst bool) (parsedDate, error) {
	s = strings.TrimSpace(s)
	datePart, rest := s, ""
	if i := strings.IndexAny(s, "Tt "); i >= 0 {
		datePart, rest = s[:i], strings.TrimSpace(s[i+1:])
	}
	if len(datePart) >= 8 && datePart[4] == '/' && strings.Count(datePart, "/") == 2 && allDigits(datePart[:4]) {
		// 2022/07/08: year first, so the order is not in doubt.
		datePart = strings.ReplaceAll(datePart, "/", "-")
	} else if y, m, d, ok := yearLastDate(datePart, monthFirst); ok {
		datePart = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	day, err := time.Parse("2006-1-2", datePart)
	if err != nil || len(datePart) < 8 {
		return parseWordDate(s, loc)
	}
	if rest == "" {
		return parsedDate{t: time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc), floating: true}, nil
	}
	rest = strings.TrimPrefix(rest, "at ") // "2019-10-05 at 10:00"
	clockPart, zonePart := rest, ""
	if i := strings.IndexAny(rest, "+-Zz "); i >= 0 {
		clockPart, zonePart = rest[:i], strings.TrimSpace(rest[i:])
	}
	if w, after, _ := strings.Cut(zonePart, " "); meridiemWord(strings.ToLower(w)) != "" {
		// "2017-08-16 2:30 PM", with or without a zone after it.
		clockPart, zonePart = clockPart+" "+w, strings.TrimSpace(after)
	}
	h, m, sec, ns, ok := readClock(clockPart)
	if !ok {
		return parsedDate{}, errNotDate
	}
	zone, floating := loc, true
	if zonePart != "" {
		z, ok := parseZone(zonePart)
		if !ok {
			return parsedDate{}, errNotDate
		}
		zone, floating = z, false
	}
	t := time.Date(day.Year(), day.Month(), day.Day(), h, m, sec, ns, zone)
	return parsedDate{t: t, floating: floating, hasClock: true}, nil
}

// parseClock reads a time of day: 9:00, 11:30, 11:30:00, 11:30:00.5.
func parseClock(s string) (h, m, sec, ns int, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, 0, false
	}
	h, ok1 := smallInt(parts[0], 1, 2)
	m, ok2 := smallInt(parts[1], 2, 2)
	if !ok1 || !ok2 || h > 23 || m > 59 {
		return 0, 0, 0, 0, false
	}
	if len(parts) == 3 {
		secText, frac, hasFrac := strings.Cut(parts[2], ".")
		var ok3 bool
		sec, ok3 = smallInt(secText, 2, 2)
		if !ok3 || sec > 60 {
			return 0, 0, 0, 0, false
		}
		if hasFrac {
			if frac == "" || len(frac) > 9 {
				return 0, 0, 0, 0, false
			}
			n, ok4 := smallInt(frac, 1, 9)
			if !ok4 {
				return 0, 0, 0, 0, false
			}
			for range 9 - len(frac) {
				n *= 10
			}
			ns = n
		}
	}
	return h, m, sec, ns, true
}

// smallInt reads an unsigned decimal of minLen to maxLen digits.
func smallInt(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// parseZone reads "Z", "UTC", "GMT" or a numeric offset, with an optional
// abbreviation after the offset, or "UTC" or "GMT" before it.
func parseZone(s string) (*time.Location, bool) {
	switch strings.ToUpper(s) {
	case "Z", "UTC", "GMT":
		return time.UTC, true
	}
	off, _, _ := strings.Cut(s, " ")
	if u := strings.ToUpper(off); len(off) > 4 && (strings.HasPrefix(u, "UTC") || strings.HasPrefix(u, "GMT")) {
		// Nikola writes its posts' dates with the offset after the
		// name: 2018-06-01 18:30:00 UTC+01:00.
		off = off[3:]
	}
	if len(off) < 3 || off[0] != '+' && off[0] != '-' {
		return nil, false
	}
	digits := strings.ReplaceAll(off[1:], ":", "")
	if len(off[1:])-len(digits) > 1 {
		return nil, false
	}
	var h, m int
	var ok bool
	switch len(digits) {
	case 2:
		h, ok = smallInt(digits, 2, 2)
	case 4:
		h, ok = smallInt(digits[:2], 2, 2)
		if ok {
			m, ok = smallInt(digits[2:], 2, 2)
		}
	}
	if !ok || h > 14 || m > 59 {
		return nil, false
	}
	secs := (h*60 + m) * 60
	if off[0] == '-' {
		secs = -secs
	}
	return fixedZone(secs), true
}

// fixedZone returns UTC for a zero offset and a nameless fixed zone
// otherwise.
func fixedZone(offset int) *time.Location {
	if offset == 0 {
		return time.UTC
	}
	return time.FixedZone("", offset)
}

// acceptedDurations is the advice given when a duration cannot be read.
const acceptedDurations = "write minutes (45) or a duration like 45m, 1h30m or 1:30"

// parseDuration reads the length of a talk: a number of minutes ("45",
// "45 min"), hours and minutes ("1:30") or a Go duration ("45m", "1h30m").
func parseDuration(s string) (time.Duration, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	written := s
	for _, unit := range []string{"minutes", "minute", "mins", "min"} {
		if t, ok := strings.CutSuffix(s, unit); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n <= 0 {
			return 0, false
		}
		return time.Duration(n) * time.Minute, true
	}
	if h, m, ok := strings.Cut(s, ":"); ok {
		hh, ok1 := smallInt(h, 1, 2)
		mm, ok2 := smallInt(m, 2, 2)
		if !ok1 || !ok2 || mm > 59 || hh+mm == 0 {
			return 0, false
		}
		return time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute, true
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		d, err = time.ParseDuration(durationUnits.Replace(strings.TrimPrefix(written, "pt")))
	}
	if err != nil || d <= 0 {
		return 0, false
	}
	return d, true
}

// durationUnits rewrites a length of time in words ("1 hour 30 min",
// "1 hr and 30 minutes") as Go writes it ("1h30m"); parseDuration also
// drops ISO 8601's "PT" ("PT1H30M", as schema.org and exports write it).
// Longer words come first, as the first that matches is taken.
var durationUnits = strings.NewReplacer(
	"hours", "h", "hour", "h", "hrs", "h", "hr", "h",
	"minutes", "m", "minute", "m", "mins", "m", "min", "m",
	"seconds", "s", "second", "s", "secs", "s", "sec", "s",
	" and ", "", ",", "", " ", "")

// datePrefix reads a "YYYY-MM-DD-" or "YYYY-MM-DD-HH-MM-" prefix of a
// file name, as Jekyll posts have, and returns the date (placed in loc),
// whether it had a time, and the rest of the name.
func datePrefix(name string, loc *time.Location) (t time.Time, rest string, ok bool) {
	if len(name) < 11 || name[4] != '-' || name[7] != '-' || name[10] != '-' {
		return time.Time{}, name, false
	}
	day, err := time.Parse("2006-01-02", name[:10])
	if err != nil {
		return time.Time{}, name, false
	}
	rest = name[11:]
	h, m := 0, 0
	if len(rest) >= 6 && rest[2] == '-' && rest[5] == '-' {
		hh, ok1 := smallInt(rest[:2], 2, 2)
		mm, ok2 := smallInt(rest[3:5], 2, 2)
		if ok1 && ok2 && hh < 24 && mm < 60 {
			h, m, rest = hh, mm, rest[6:]
		}
	}
	return time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc), rest, true
}

// dateSuffix reads the date that ends a file name without its
// extension, after a hyphen or underscore (ViennaJS-2013-11-27,
// kod.io_2014-03-01), and returns it with the name before it; ok is
// false when there is none, or nothing before it.
func dateSuffix(stem string, loc *time.Location) (t time.Time, rest string, ok bool) {
	n := len(stem)
	if n < 12 || (stem[n-11] != '-' && stem[n-11] != '_') || stem[n-6] != '-' || stem[n-3] != '-' {
		return time.Time{}, stem, false
	}
	day, err := time.Parse("2006-01-02", stem[n-10:])
	if err != nil {
		return time.Time{}, stem, false
	}
	rest = strings.TrimRight(stem[:n-11], "-_ ")
	if rest == "" {
		return time.Time{}, stem, false
	}
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc), rest, true
}

// nameDate reads the date a file's name gives (name with its
// extension): a prefix (2018-01-01-hello.md), else a suffix
// (ViennaJS-2013-11-27.md), read alike so that a page is dated, and
// made a note, whichever end of its name the author wrote the date at.
func nameDate(name string, loc *time.Location) (time.Time, bool) {
	if t, _, ok := datePrefix(name, loc); ok {
		return t, true
	}
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	t, _, ok := dateSuffix(name, loc)
	return t, ok
}

// pathDate reads the date a document's path gives: its file name's
// (nameDate), else its folder's when the folder's name is exactly a
// date (2012-04-23/1-keynote.md), as notes kept in a folder per day are
// dated by it. The front matter's date still wins over either.
func pathDate(p string, loc *time.Location) (time.Time, bool) {
	if t, ok := nameDate(baseName(p), loc); ok {
		return t, true
	}
	dir := baseName(path.Dir(p))
	if len(dir) != len("2006-01-02") {
		return time.Time{}, false
	}
	day, err := time.Parse("2006-01-02", dir)
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc), true
}

// yearLastDate reads a date written with slashes, the year last and
// four digits long (11/01/2023, 1/2/2023): the part above 12 is the day;
// when both could be the month, the first is when monthFirst is set (as
// JavaScript's Date reads "11/01/2023", 1 November), and ok is false
// otherwise: where the day comes first is the writer's custom, which the
// text does not say.
func yearLastDate(s string, monthFirst bool) (year, month, day int, ok bool) {
	a, b, y, ok := slashParts(s)
	switch {
	case !ok:
		return 0, 0, 0, false
	case a > 12 && b <= 12:
		return y, b, a, true
	case b > 12 && a <= 12 || a == b || monthFirst:
		return y, a, b, true
	}
	return 0, 0, 0, false
}

// ambiguousDate reports whether s is a date written with slashes and the
// year last whose day and month could be either way round (11/01/2023),
// returning the two dates it may be, month first then day first.
func ambiguousDate(s string) (monthFirst, dayFirst string, ok bool) {
	a, b, y, ok := slashParts(strings.TrimSpace(s))
	if !ok || a > 12 || b > 12 || a == b {
		return "", "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, a, b), fmt.Sprintf("%04d-%02d-%02d", y, b, a), true
}

// slashParts splits "11/01/2023" into its numbers, the first two of one
// or two digits between 1 and 31, the year of four digits. Dashes serve
// as the slashes do ("31-10-2014", as Ruby's Date.parse reads a Jekyll
// post's date), the order decided by the same rule; the two separators
// are never mixed.
func slashParts(s string) (a, b, year int, ok bool) {
	sep := "/"
	if !strings.Contains(s, "/") {
		sep = "-"
	}
	parts := strings.Split(s, sep)
	if len(parts) != 3 || len(parts[2]) != 4 || !allDigits(parts[2]) {
		return 0, 0, 0, false
	}
	a, okA := smallInt(parts[0], 1, 2)
	b, okB := smallInt(parts[1], 1, 2)
	if !okA || !okB || a < 1 || b < 1 || a > 31 || b > 31 {
		return 0, 0, 0, false
	}
	year, _ = strconv.Atoi(parts[2])
	return a, b, year, true
}

// ParseDuration reads a length of time as a talk's duration field is
// read: minutes ("45", "45 min"), hours and minutes ("1:30") or a Go
// duration ("45m", "1h30m"). ok is false for anything else, or a
// length that is not positive.
func ParseDuration(s string) (time.Duration, bool) { return parseDuration(s) }
