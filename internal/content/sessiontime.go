package content

import (
	"regexp"
	"strings"
)

// A conference site built with Eleventy or another JavaScript tool may
// write a talk's time of day in its "session" field (session: 9:30am)
// beside a date its tool wrote as midnight UTC (2019-10-17T00:00:00.000Z,
// what JavaScript's toISOString gives for a day): the talk is at 9:30 on
// 17 October, in the site's zone.

// sessionClockKeys name a talk's slot; holding a time of day ("9:30am",
// "13:00", "9:30 - 10:15"), they give its start (and end) as "time"
// does, after the start-time fields (startTimeKeys). Anything else
// ("session: Morning", "slot: 3", "session: 1024", a session's number)
// stays in Params: four digits are a time only in a time field.
var sessionClockKeys = []string{"session", "slot", "timeslot"}

// sessionClock finds the first of sessionClockKeys, not yet used, on a
// talk or event, whose value reads as a time of day or a range of them,
// and returns its index.
func (f *fields) sessionClock() (int, entry, bool) {
	for _, k := range sessionClockKeys {
		i, ok := f.index[k]
		if !ok || f.used[i] {
			continue
		}
		e := f.root.keys[i]
		if e.val.kind != scalarNode || e.val.isNull() {
			continue
		}
		if _, ok := clockOf(e.val.text); ok {
			return i, e, true
		}
		if _, _, ok := readClockRange(e.val.text); ok {
			return i, e, true
		}
	}
	return -1, entry{}, false
}

// utcMidnight matches a date written as midnight UTC in the form
// JavaScript's Date.toISOString writes it, with or without its
// milliseconds: the form of a day a JavaScript tool saves, not a time
// anyone chose.
var utcMidnight = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T00:00:00(?:\.0{1,9})?Z$`)

// isUTCMidnight reports whether text is such a date (utcMidnight). Only
// beside a time of day written apart (clockTime) is it read as the day
// alone, in the site's zone; on its own it stays the instant it says.
func isUTCMidnight(text string) bool {
	return utcMidnight.MatchString(strings.TrimSpace(text))
}
