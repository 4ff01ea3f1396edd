package data

import (
	"path"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// A programme kept as one file a day (an Astro data collection
// src/content/schedules/2023-12-10.json) is a mapping of the day, its
// title and its list of slots, each naming a talk written elsewhere or
// standing for itself (a break), timed by a pair [start, end]:
//
//	{"title": "Day 2", "talks": [
//	  {"time": ["8:00", "8:30"], "talk": "migrating-from-vim"},
//	  {"time": ["10:30", "11:00"], "title": "break"}]}
//
// The day is the mapping's date, else the date the file's name begins
// with.

// daySlotLists are the keys under which a day's mapping lists its slots.
var daySlotLists = []string{"talks", "sessions", "slots", "timeslots", "items", "entries", "events", "schedule", "program", "programme", "agenda"}

// dayFile reads a file that is one day of a programme, rel its path
// from the folder it was found in. ok is false when v is not such a
// mapping. A day whose slots neither it nor the file's name dates is a
// warning: its talks would be left unscheduled without a word.
func dayFile(v *content.Value, rel string, loc *time.Location) ([]Slot, bool, diag.List) {
	if !v.IsMap() {
		return nil, false, nil
	}
	list := field(v, daySlotLists...)
	if list == nil || !list.IsList() || len(list.Items()) == 0 {
		return nil, false, nil
	}
	for _, s := range list.Items() {
		if field(s, "speakers", "speaker", "presenters", "presenter") != nil {
			// Sessions written whole, not slots naming talks: a
			// title there is a talk's, not a break's.
			return nil, false, nil
		}
	}
	day, floating, ok := time.Time{}, true, false
	if dv := field(v, "date", "day"); dv != nil {
		day, _, floating, ok = moment(dv, loc)
	}
	if !ok {
		day, ok = nameDay(stem(path.Base(rel)), loc)
		floating = true
	}
	dated := ok
	room := refText(field(v, "room", "location", "track"))
	var out []Slot
	for _, s := range list.Items() {
		if !s.IsMap() {
			continue
		}
		ref := field(s, "talk", "talk_id", "talkid", "session", "session_id", "id", "slug", "title", "name")
		start, end, ok := slotTimes(s)
		if ref == nil || ref.IsMap() || ref.IsList() || ref.Text() == "" || !ok {
			continue
		}
		sl := Slot{Pos: ref.Pos(), Ref: ref.Text(), Day: day, Start: start, End: end, Floating: floating, Room: room,
			Entry: entryTypes[strings.ToLower(refText(field(s, "type", "kind")))]}
		if r := refText(field(s, "room", "location", "track")); r != "" {
			sl.Room = r
		}
		out = append(out, sl)
	}
	if len(out) == 0 {
		return nil, false, nil
	}
	if !dated {
		var diags diag.List
		diags.Warnf(v.Pos(), "this day of the programme gives no date, so its slots place nothing; add \"date: YYYY-MM-DD\", or name the file by its day, like 2023-12-10%s", path.Ext(rel))
		return nil, true, diags
	}
	return out, true, nil
}

// slotTimes reads a slot's start and end: "time" as a pair of times
// (["8:00", "8:30"]), a range ("8:00 - 8:30") or a start alone, else
// start and end fields. end is -1 when the slot gives none.
func slotTimes(s *content.Value) (start, end time.Duration, ok bool) {
	if t := field(s, "time", "times"); t != nil && t.IsList() {
		items := t.Items()
		if len(items) == 0 || len(items) > 2 {
			return 0, 0, false
		}
		if start, ok = clock(items[0].Text()); !ok {
			return 0, 0, false
		}
		end = -1
		if len(items) == 2 {
			if e, ok := clock(items[1].Text()); ok {
				end = e
			}
		}
		return start, end, true
	}
	text := refText(field(s, "start_time", "startTime", "time_start", "start", "time"))
	if from, to, ok := content.ParseClockRange(text); ok {
		return from, to, true
	}
	if start, ok = clock(text); !ok {
		return 0, 0, false
	}
	end = -1
	if e, ok := clock(refText(field(s, "end_time", "endTime", "time_end", "end"))); ok {
		end = e
	}
	return start, end, true
}

// nameDay reads the date a file's name is or begins with
// ("2023-12-10", "2023-12-10-day-2").
func nameDay(name string, loc *time.Location) (time.Time, bool) {
	if len(name) < 10 || len(name) > 10 && !strings.ContainsRune("-_. ", rune(name[10])) {
		return time.Time{}, false
	}
	day, err := time.ParseInLocation(time.DateOnly, name[:10], loc)
	return day, err == nil
}
