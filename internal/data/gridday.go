package data

import (
	"strings"
	"time"

	"lectern/internal/content"
)

// listDay reads the day of a list of days: its date, else a day written
// without its year ("June 25", "Thursday 15th") in its date or in its
// label (dateReadable, as the GDG themes write it), left for dated to
// place. ok is false when neither can be read.
func listDay(d *content.Value, loc *time.Location) (day time.Time, name string, floating, ok bool) {
	dv := field(d, "date", "day")
	if dv != nil {
		if day, _, floating, ok := moment(dv, loc); ok {
			return day, "", floating, true
		}
	}
	for _, v := range []*content.Value{dv, field(d, "dateReadable", "dateLabel")} {
		if v != nil && yearless(v.Text()) {
			return time.Time{}, strings.TrimSpace(v.Text()), false, true
		}
	}
	return time.Time{}, "", false, false
}

// yearless reports whether s names a day without its year: by weekday
// and day of the month, or by month and day.
func yearless(s string) bool {
	_, _, ok := content.MonthDay(s)
	return ok || dayName(s)
}

// untilNext ends each of a day's slots written with a start only when
// its room's next slot starts, as the other shapes do: a slot across
// all rooms is every room's.
func untilNext(day []Slot) {
	for k := range day {
		if day[k].End >= 0 {
			continue
		}
		for _, o := range day {
			sameRoom := o.Room == day[k].Room || o.AllRooms || day[k].AllRooms
			if sameRoom && o.Start > day[k].Start && (day[k].End < 0 || o.Start < day[k].End) {
				day[k].End = o.Start
			}
		}
	}
}

// untilNextTimed ends each of a room's slots that has a start but no end
// when the room's next slot with a time starts, if that is later.
func untilNextTimed(room []Slot) {
	for i := range room {
		if room[i].untimed || room[i].End >= 0 {
			continue
		}
		for j := i + 1; j < len(room); j++ {
			if room[j].untimed {
				continue
			}
			if room[j].Start > room[i].Start {
				room[i].End = room[j].Start
			}
			break
		}
	}
}
