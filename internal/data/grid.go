package data

import (
	"strconv"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// Slot is one entry of a schedule found in data: a talk it names, or a
// programme entry (a break, a meal, registration) when it names none.
type Slot struct {
	// Pos is where the slot names its talk.
	Pos diag.Pos
	// Ref is what the slot names: a talk's id, slug, path or title.
	Ref string
	// Entry reports that the slot is a programme entry by its own type
	// ("type: break"), whatever Ref matches.
	Entry bool
	// Day is the slot's day at midnight in its zone; zero when the
	// schedule names the day without its year and month (DayName).
	Day     time.Time
	DayName string
	// Start and End are times of day from midnight; End is -1 when the
	// schedule gives none.
	Start, End time.Duration
	// Room is the slot's room; AllRooms a slot that spans every room.
	Room     string
	AllRooms bool
	// Floating reports a day and time written without a UTC offset.
	Floating bool
	// Event is the slug of the event whose programme lists the slot.
	Event string
	// Type is the slot's type as written (type: ignite), lower case.
	Type string
	// Format is the format of the talks of the list of slots that
	// holds it, "" for a programme (see slotLists).
	Format string

	// untimed marks a slot of a grid whose talk gives no time of its
	// own; slotKey, when set, names the record of a data file of slots
	// that gives it (see resolveSlots), which Load looks up once every
	// file is read. roomKey marks a Room written as a key that a rooms
	// file may name.
	untimed bool
	slotKey string
	roomKey bool
}

// norm folds a key for comparison: "startTime", "start_time" and
// "Start-Time" are one key.
func norm(k string) string { return content.BareKey(k) }

// field returns the first of names a mapping sets, keys compared by norm.
func field(v *content.Value, names ...string) *content.Value {
	if v == nil || !v.IsMap() {
		return nil
	}
	keys := v.Keys()
	for _, n := range names {
		n = norm(n)
		for _, k := range keys {
			if norm(k) == n {
				if x := v.Get(k); x != nil && !x.IsNull() {
					return x
				}
			}
		}
	}
	return nil
}

// clock reads a time of day: "9:05", "09:05:00", "2pm", "2:30 PM".
func clock(s string) (time.Duration, bool) { return content.ParseClock(s) }

// moment reads a date with a time ("2024-09-22 08:00:00-04:00") into
// its day and time of day.
func moment(v *content.Value, loc *time.Location) (day time.Time, at time.Duration, floating, ok bool) {
	t, floating, ok := v.Time(loc)
	if !ok {
		return time.Time{}, 0, false, false
	}
	day = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	return day, t.Sub(day), floating, true
}

// refText is what a slot names: text, or a number as written.
func refText(v *content.Value) string {
	if v == nil {
		return ""
	}
	return v.Text()
}

// readGrid reads the schedule grids whose shape it knows (see
// docs/data-files.md): a list of days, each with its rooms and its time
// slots of talk ids, or with its rooms each listing its timed talks; or
// days mapping rooms to times and talks. ok is false for anything else.
// Its diagnostics are warnings about slots it could not read.
func readGrid(v *content.Value, loc *time.Location) ([]Slot, bool, diag.List) {
	v = daysOf(v)
	if slotDays(v) {
		slots, diags := dayList(v, loc)
		return slots, true, diags
	}
	if v.IsList() && len(v.Items()) > 0 && roomsWithTalks(v.Items()[0]) {
		return dayRooms(v, loc), true, nil
	}
	if v.IsMap() && len(v.Keys()) > 0 {
		slots, ok := dayMap(v, loc)
		return slots, ok, nil
	}
	return nil, false, nil
}

// daysOf is the list of days a file holding one list under "days:"
// names, else v.
func daysOf(v *content.Value) *content.Value {
	if v.IsMap() && len(v.Keys()) == 1 {
		if days := field(v, "days"); days != nil && days.IsList() {
			return days
		}
	}
	return v
}

// slotDays reports whether v is a list of days, each listing its time
// slots (the shape dayList reads).
func slotDays(v *content.Value) bool {
	return v.IsList() && len(v.Items()) > 0 && daySlots(v.Items()[0]) != nil
}

// daySlots is the list of time slots of a day of a list of days: under
// timeslots or slots, or under sessions (or talks) when each of those
// only names a session by key beside its time, as a Hugo conference
// theme's data/schedule.yml writes a day without rooms:
//
//   - day: '2024-09-02'
//     sessions:
//   - {session: __checkin, time: '08:30'}
//   - {session: invited_lo, time: '09:00'}
//
// Sessions written whole (a title of their own) are not slots.
func daySlots(d *content.Value) *content.Value {
	if s := field(d, "timeslots", "slots"); s != nil {
		return s
	}
	s := field(d, "sessions", "talks")
	if s == nil || !s.IsList() || len(s.Items()) == 0 {
		return nil
	}
	for _, it := range s.Items() {
		ref := field(it, "session", "talk", "sessionId", "talkId")
		if !it.IsMap() || ref == nil || ref.IsMap() || ref.IsList() || field(it, "title", "name") != nil {
			return nil
		}
		if _, ok := clock(refText(field(it, "startTime", "start", "time"))); !ok {
			return nil
		}
	}
	return s
}

// slotIDs are the keys under which a slot of a list of days lists the
// talks it holds, one a room: talkIds in most grids, sessionIds in the
// GDG themes' schedule.yml, sessions in Hoverboard's.
var slotIDs = []string{"talkIds", "sessionIds", "talks", "sessions", "ids", "talkId", "sessionId", "talk", "session", "id"}

// dayList reads a list of days:
//
//   - date: "2018-08-24"
//     tracks: [{title: Room A}, {title: Room B}]
//     timeslots:
//   - {startTime: "09:00", endTime: "09:30", talkIds: [101, 102]}
//   - {startTime: "10:00", endTime: "10:30", talkIds: [501]} # all rooms
//
// Hoverboard's schedule writes each room's cell of a slot as
// sessions: [{items: [101]}, {items: [102, 103]}], the items of a cell
// sharing its time.
//
// A slot that lists its talks under no key of slotIDs but has a title
// of its own ("Coffee") is a programme entry, as a slot naming no talk
// is in the other shapes; one with neither places nothing, and the
// first such slot of the file is a warning, as a grid that names its
// talks in a way lectern does not know would otherwise leave every talk
// undated without a word.
func dayList(v *content.Value, loc *time.Location) ([]Slot, diag.List) {
	var out []Slot
	var diags diag.List
	for _, d := range v.Items() {
		day, dayName, floating, ok := listDay(d, loc)
		if !ok {
			pos := d.Pos()
			if dv := field(d, "date", "day", "dateReadable"); dv != nil {
				pos = dv.Pos()
			}
			diags.Warnf(pos, "this day of the schedule gives no date lectern can read, so its slots place nothing; write its date like date: \"2018-08-24\"")
			continue
		}
		dayRooms, _ := roomList(field(d, "tracks", "rooms", "locations"))
		slots := daySlots(d)
		if slots == nil {
			continue
		}
		first := len(out)
		for _, s := range slots.Items() {
			start, ok1 := clock(refText(field(s, "startTime", "start", "time")))
			if !ok1 {
				continue
			}
			end, ok2 := clock(refText(field(s, "endTime", "end")))
			if !ok2 {
				end = -1
				// A slot timed by its start and length ("time:
				// 11:15", "duration: 30") ends after it, not when the
				// room's next slot starts.
				if d, ok := content.ParseDuration(refText(field(s, "duration", "length"))); ok {
					end = start + d
				}
			}
			// A slot may list its own rooms, one for each of its
			// talks ("session_ids: [a, b]", "tracks: [track-1,
			// track-2]"), where the day lists none or other ones.
			rooms, roomKey := dayRooms, false
			if rs, keys := roomList(field(s, "tracks", "rooms", "room", "locations", "location")); len(rs) > 0 {
				rooms, roomKey = rs, keys
			}
			ids := field(s, slotIDs...)
			if ids == nil {
				if t := field(s, "title", "name"); t != nil && strings.TrimSpace(t.Text()) != "" {
					// A pause the grid titles itself ("Coffee"):
					// a programme entry across the day's rooms.
					sl := Slot{Pos: t.Pos(), Ref: t.Text(), Entry: true, Day: day, DayName: dayName, Start: start, End: end, Floating: floating, AllRooms: len(rooms) > 1}
					if len(rooms) == 1 {
						sl.Room, sl.roomKey = rooms[0], roomKey
					}
					out = append(out, sl)
				} else if len(diags) == 0 {
					diags.Warnf(s.Pos(), "this slot names no talk, so it places none; list the ids of its talks, one a room, under talkIds (or sessionIds, talks, sessions)")
				}
				continue
			}
			list := ids.Items()
			if !ids.IsList() {
				list = []*content.Value{ids}
			}
			for i, id := range list {
				// Hoverboard (GDG DevFest sites) writes a room's cell
				// as {items: [101]}; several items share its time.
				cell := []*content.Value{id}
				if items := field(id, "items"); id.IsMap() && items != nil && items.IsList() {
					cell = items.Items()
				}
				for j, ref := range cell {
					sl := Slot{Pos: ref.Pos(), Ref: ref.Text(), Day: day, DayName: dayName, Start: start, End: end, Floating: floating}
					if len(cell) > 1 && end > start {
						sl.Start = start + (end-start)*time.Duration(j)/time.Duration(len(cell))
						sl.End = start + (end-start)*time.Duration(j+1)/time.Duration(len(cell))
					}
					switch {
					case len(list) == 1 && len(rooms) > 1:
						sl.AllRooms = true
					case i < len(rooms):
						sl.Room, sl.roomKey = rooms[i], roomKey
					}
					if sl.Ref != "" {
						out = append(out, sl)
					}
				}
			}
		}
		untilNext(out[first:])
	}
	return out, diags
}

// dayMap reads days that map rooms to their slots, each slot a time of
// day naming a talk; a room's slots may be grouped in a list of
// mappings (by session chair, say), whose keys are ignored:
//
//	Thursday 15th:
//	  Room A:
//	    - Jane Chair:
//	        '09:30': talks/some-talk
//	        '10:00': Break
//
// A slot ends when the room's next one starts.
func dayMap(v *content.Value, loc *time.Location) ([]Slot, bool) {
	var out []Slot
	for _, dk := range v.Keys() {
		dv := v.Get(dk)
		if !dv.IsMap() {
			return nil, false
		}
		sl := Slot{}
		if day, err := time.ParseInLocation(time.DateOnly, strings.TrimSpace(dk), loc); err == nil {
			sl.Day, sl.Floating = day, true
		} else if dayName(dk) {
			sl.DayName = dk
		} else {
			return nil, false
		}
		for _, room := range dv.Keys() {
			times := roomTimes(dv.Get(room))
			if times == nil {
				return nil, false
			}
			for i, t := range times {
				s := sl
				s.Pos, s.Ref, s.Start, s.End, s.Room = t.pos, t.ref, t.at, -1, room
				if i+1 < len(times) {
					s.End = times[i+1].at
				}
				out = append(out, s)
			}
		}
	}
	return out, len(out) > 0
}

type timed struct {
	at  time.Duration
	ref string
	pos diag.Pos
}

// roomTimes reads a room's slots: a mapping of times, or a list of such
// mappings, each under one key. nil when the shape is another.
func roomTimes(v *content.Value) []timed {
	var groups []*content.Value
	switch {
	case v.IsMap():
		groups = []*content.Value{v}
	case v.IsList():
		for _, it := range v.Items() {
			if !it.IsMap() {
				return nil
			}
			for _, k := range it.Keys() {
				groups = append(groups, it.Get(k))
			}
		}
	default:
		return nil
	}
	var out []timed
	for _, g := range groups {
		if !g.IsMap() {
			continue
		}
		for _, k := range g.Keys() {
			at, ok := clock(k)
			if !ok {
				return nil
			}
			out = append(out, timed{at: at, ref: g.Get(k).Text(), pos: g.KeyPos(k)})
		}
	}
	return out
}

// weekdays are the names that begin a day written without its date.
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// dayName reports whether s names a day by weekday and day of the month
// ("Thursday 15th", "Fri 16"), with no year.
func dayName(s string) bool {
	_, _, ok := splitDayName(s)
	return ok
}

// splitDayName reads "Thursday 15th" as Thursday and 15.
func splitDayName(s string) (time.Weekday, int, bool) {
	f := strings.Fields(strings.ToLower(s))
	if len(f) != 2 || len(f[0]) < 3 {
		return 0, 0, false
	}
	wd := -1
	for i, w := range weekdays {
		if strings.HasPrefix(w, strings.TrimSuffix(f[0], ",")) {
			wd = (i + 1) % 7
		}
	}
	n, err := strconv.Atoi(strings.TrimRight(f[1], "stndrh"))
	if wd < 0 || err != nil || n < 1 || n > 31 {
		return 0, 0, false
	}
	return time.Weekday(wd), n, true
}

// entryTypes are the types of a programme's entries that are not talks.
var entryTypes = map[string]bool{
	"custom": true, "break": true, "meal": true, "lunch": true, "food": true,
	"registration": true, "social": true, "other": true, "service": true,
}

// slotList reads a programme written as a list of entries, each with
// its own day and times, naming a talk or standing for itself:
//
//   - {title: Lunch, start: 2024-09-22 12:30, end: 2024-09-22 13:30, room: Hall}
//   - {title: my-talk, type: talk, date: 2019-08-27, start_time: "10:00", end_time: "10:30"}
func slotList(v *content.Value, loc *time.Location) []Slot {
	var out []Slot
	for _, it := range v.Items() {
		ref := field(it, "talk", "talk_id", "talkid", "id", "slug", "title", "name")
		if ref == nil {
			continue
		}
		s := Slot{Pos: ref.Pos(), Ref: ref.Text(), End: -1}
		if st := field(it, "start_datetime", "start", "datetime", "starts_at"); st != nil {
			if day, at, fl, ok := moment(st, loc); ok && strings.ContainsAny(st.Text(), ":") {
				s.Day, s.Start, s.Floating = day, at, fl
			}
		}
		if s.Day.IsZero() {
			d := field(it, "date", "day")
			at, ok := clock(refText(field(it, "start_time", "time", "start")))
			if d == nil || !ok {
				continue
			}
			day, _, fl, ok := moment(d, loc)
			if !ok {
				continue
			}
			s.Day, s.Start, s.Floating = day, at, fl
		}
		if en := field(it, "end_datetime", "end", "ends_at"); en != nil {
			if day, at, _, ok := moment(en, loc); ok && strings.ContainsAny(en.Text(), ":") {
				s.End = day.Sub(s.Day) + at
			} else if at, ok := clock(en.Text()); ok {
				s.End = at
			}
		}
		if s.End < 0 {
			if at, ok := clock(refText(field(it, "end_time"))); ok {
				s.End = at
			}
		}
		s.Room = refText(field(it, "room", "location", "venue"))
		s.Type = strings.ToLower(refText(field(it, "type", "kind")))
		s.Entry = entryTypes[s.Type]
		out = append(out, s)
	}
	return out
}
