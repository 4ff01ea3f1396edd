package render

import (
	"time"

	"lectern/internal/config"
)

// localLayout is RFC 3339 without its offset: HTML's local date-time,
// which a datetime attribute, schema.org and a frab reader take as the
// time where the event is.
const localLayout = "2006-01-02T15:04:05"

// isoTime writes t for a datetime attribute or an export: RFC 3339, or,
// for a floating local time (config.IsFloating: a site, event and date
// that name no zone), the same without an offset, so that no reader is
// told the time is UTC's.
func isoTime(t time.Time) string {
	if config.IsFloating(t) {
		return t.Format(localLayout)
	}
	return t.Format(time.RFC3339)
}

// shownTime writes t for a page: a time of day as isoTime does, and a
// date without one (midnight, shown as the date alone) in RFC 3339 as
// ever, floating or not: only a time of day is a clock a reader
// elsewhere would misread.
func shownTime(t time.Time) string {
	if hasTime(t) {
		return isoTime(t)
	}
	return t.Format(time.RFC3339)
}

// icalTime writes t as an iCalendar DATE-TIME (RFC 5545, 3.3.5): in UTC
// ("20240502T080000Z"), so that no VTIMEZONE is needed, or, for a floating
// local time, floating ("20240502T100000", no Z, no TZID), which a
// calendar puts at that hour wherever its reader is.
func icalTime(t time.Time) string {
	if config.IsFloating(t) {
		return t.Format("20060102T150405")
	}
	return t.UTC().Format("20060102T150405Z")
}
