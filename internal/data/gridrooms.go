package data

import (
	"strconv"
	"strings"
	"time"

	"lectern/internal/content"
)

// roomList reads the rooms a day or a slot of a list of days lists:
// names, or mappings titling each ({title: Room A}), or one name alone.
// keys reports names written bare ("track-1"), which a rooms file may
// name by key.
func roomList(rs *content.Value) (rooms []string, keys bool) {
	if rs == nil {
		return nil, false
	}
	items := rs.Items()
	if !rs.IsList() {
		items = []*content.Value{rs}
	}
	keys = true
	for _, r := range items {
		name := r.Text()
		if r.IsMap() {
			name, keys = refText(field(r, "title", "name", "room")), false
		}
		// An untitled room keeps its place, so that the rooms after
		// it stay matched to their talks.
		rooms = append(rooms, name)
	}
	return rooms, keys
}

// roomsWithTalks reports whether a day lists its rooms, each with its
// own list of talks (see dayRooms).
func roomsWithTalks(d *content.Value) bool {
	rooms := field(d, "rooms", "tracks", "locations")
	if field(d, "date", "day") == nil || rooms == nil || !rooms.IsList() || len(rooms.Items()) == 0 {
		return false
	}
	talks := field(rooms.Items()[0], "talks", "sessions", "slots")
	return talks != nil && talks.IsList()
}

// dayRooms reads a list of days, each listing its rooms, each room its
// talks with their own times (jekyll-theme-conference's program.yml):
//
//	days:
//	  - date: 2020-05-04
//	    rooms:
//	      - name: Room A
//	        talks:
//	          - {name: Opening, time_start: '9:00', time_end: '9:30'}
//
// or naming a record of a data file of slots for their times, and a
// room by its key (devfest-theme-hugo's schedule.yml, resolved by
// resolveSlots):
//
//   - day: '2024-12-05'
//     rooms:
//   - room: main
//     slots:
//   - {slot: talk-1, talk: state_of_json_schema}
//
// A talk with neither a start nor a slot is left untimed, so that Load
// can say why, if the file places nothing; one without an end ends when
// the room's next talk starts, as in dayMap.
func dayRooms(v *content.Value, loc *time.Location) []Slot {
	var out []Slot
	for _, d := range v.Items() {
		dv := field(d, "date", "day")
		if dv == nil {
			continue
		}
		day, _, floating, ok := moment(dv, loc)
		if !ok {
			continue
		}
		rooms := field(d, "rooms", "tracks", "locations")
		if rooms == nil {
			continue
		}
		for _, r := range rooms.Items() {
			room := refText(field(r, "name", "title"))
			roomKey := false
			if room == "" {
				// A key ("room: main"), which a rooms file may name.
				room, roomKey = refText(field(r, "room", "key", "id")), true
			}
			talks := field(r, "talks", "sessions", "slots")
			if talks == nil {
				continue
			}
			first := len(out)
			for _, t := range talks.Items() {
				ref := field(t, "talk", "talk_id", "id", "slug", "title", "name")
				if ref == nil || ref.Text() == "" {
					continue
				}
				sl := Slot{Pos: ref.Pos(), Ref: ref.Text(), Day: day, End: -1, Room: room, roomKey: roomKey, Floating: floating,
					Entry: entryTypes[strings.ToLower(refText(field(t, "type", "kind")))]}
				start, ok := offsetClock(refText(field(t, "time_start", "start_time", "startTime", "start", "time")))
				if !ok {
					sl.untimed, sl.slotKey = true, refText(field(t, "slot", "timeslot", "slot_id", "slot_key"))
					out = append(out, sl)
					continue
				}
				sl.Start = start
				if end, ok := offsetClock(refText(field(t, "time_end", "end_time", "endTime", "end"))); ok {
					sl.End = end
				}
				out = append(out, sl)
			}
			untilNextTimed(out[first:])
		}
	}
	return out
}

// offsetClock reads a time of day as clock does, followed or not by
// jekyll-theme-conference's day offset, " +N", the days after the one
// the time's day lists ("0:30 +1" is half past midnight the next day,
// as a talk running past midnight ends): the time from the start of the
// listed day. Only a space and a plus sign and a number of days up to
// nine are an offset, so that "10:00+02:00" stays a clock's to read.
func offsetClock(s string) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	days := 0
	if i := strings.LastIndex(s, " +"); i > 0 {
		if n, err := strconv.Atoi(strings.TrimSpace(s[i+2:])); err == nil && n >= 0 && n <= 9 {
			days, s = n, strings.TrimSpace(s[:i])
		}
	}
	d, ok := clock(s)
	if !ok {
		return 0, false
	}
	return d + time.Duration(days)*24*time.Hour, true
}
