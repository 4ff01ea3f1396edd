package exports

import (
	"strconv"
	"strings"
	"time"
)

// zoned layouts carry a UTC offset; floating ones do not and are placed in
// the export's zone.
var (
	zonedLayouts    = []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02T15:04:05-0700"}
	floatingLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"}
)

// parseTime reads a date and time as exports write them. A time with an
// offset keeps it; one without is placed in loc and reported floating.
func parseTime(s string, loc *time.Location) (t time.Time, floating, ok bool) {
	s = strings.TrimSpace(s)
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, false, true
		}
	}
	for _, l := range floatingLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, true, true
		}
	}
	return time.Time{}, false, false
}

// parseDay reads a date alone ("2024-10-26"), or the date of a date and
// time, as midnight in loc.
func parseDay(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 10 {
		if t, _, ok := parseTime(s, loc); ok {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc), true
		}
	}
	t, err := time.ParseInLocation(time.DateOnly, s, loc)
	return t, err == nil
}

// parseClock reads "HH:MM" or "HH:MM:SS": a time of day as the time since
// midnight, or a frab duration.
func parseClock(s string) (time.Duration, bool) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || v > 10000 {
			return 0, false
		}
		n[i] = v
	}
	if len(parts) == 2 {
		return time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute, n[1] < 60
	}
	return time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute + time.Duration(n[2])*time.Second, n[1] < 60 && n[2] < 60
}

// loadZone resolves an export's IANA zone name.
func loadZone(name string) (*time.Location, bool) {
	if name == "" || name == "Local" {
		return nil, false
	}
	loc, err := time.LoadLocation(name)
	return loc, err == nil
}
