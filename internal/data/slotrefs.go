package data

import (
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// slotTime is the time of day a record of a data file of slots gives:
// devfest-theme-hugo's data/slots.yml holds "- key: talk-1", "start:
// '10:00'", "duration: 25", which the schedule's slots name by key.
type slotTime struct {
	start, end time.Duration // end is -1 when the record gives none
}

// readSlotTimes returns the records of a file that give a time of day
// under an id, by their lower-cased id: a list of records, or a mapping
// of ids to records. A record ends at its end, else after its duration
// (minutes, or a length like 25m). Any file may hold them: they are only
// looked up by the slots of a schedule that name one.
func readSlotTimes(v *content.Value) map[string]slotTime {
	var out map[string]slotTime
	add := func(id string, rec *content.Value) {
		id = strings.ToLower(strings.TrimSpace(id))
		if id == "" || !rec.IsMap() {
			return
		}
		start, end, ok := slotTimes(rec)
		if !ok {
			return
		}
		if end < 0 {
			if d, ok := content.ParseDuration(refText(field(rec, "duration", "length"))); ok {
				end = start + d
			}
		}
		if _, taken := out[id]; !taken {
			if out == nil {
				out = map[string]slotTime{}
			}
			out[id] = slotTime{start, end}
		}
	}
	switch {
	case v.IsList():
		for _, it := range v.Items() {
			add(refText(field(it, "key", "id", "slot", "code")), it)
		}
	case v.IsMap():
		for _, k := range v.Keys() {
			add(k, v.Get(k))
		}
	}
	return out
}

// roomFileNames are the names of a file of rooms, lower-cased, without a
// leading underscore.
var roomFileNames = map[string]bool{
	"room": true, "rooms": true, "track": true, "tracks": true,
	"hall": true, "halls": true, "stage": true, "stages": true,
}

// readRoomNames returns the names of the rooms a file named as rooms
// holds (data/rooms.yml: "- key: main", "label: Main hall"), by their
// lower-cased key (see readLabels).
func readRoomNames(v *content.Value, rel string) map[string]string {
	return readLabels(v, rel, roomFileNames)
}

// resolveSlots gives the slots of one schedule file the times of the
// slot records they name and their rooms the names a rooms file gives
// their keys. A slot that gets no time places nothing. When the file
// then places no talk at all, a warning at its first says what was
// missing, as a grid read without a word would leave every talk
// undated; else the first slot naming a record no file holds is one.
func resolveSlots(slots []Slot, times map[string]slotTime, rooms map[string]string) ([]Slot, diag.List) {
	var out []Slot
	var diags diag.List
	var missing []Slot
	keyed := false
	for _, s := range slots {
		if s.roomKey {
			if n, ok := rooms[strings.ToLower(strings.TrimSpace(s.Room))]; ok {
				s.Room = n
			}
		}
		if s.untimed {
			t, ok := times[strings.ToLower(strings.TrimSpace(s.slotKey))]
			if s.slotKey == "" || !ok {
				missing = append(missing, s)
				continue
			}
			s.Start, s.End, s.untimed, keyed = t.start, t.end, false, true
		}
		out = append(out, s)
	}
	if keyed {
		// A record with a start alone ends when its room's next slot
		// starts, as in every shape.
		for i := 0; i < len(out); {
			j := i + 1
			for j < len(out) && out[j].Day.Equal(out[i].Day) {
				j++
			}
			untilNext(out[i:j])
			i = j
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	m := missing[0]
	for _, x := range missing {
		if x.slotKey != "" {
			m = x // the one the author can fix by a record
			break
		}
	}
	switch {
	case len(out) == 0 && m.slotKey != "":
		diags.Warnf(m.Pos, "this schedule places no talk: its slots name records like %q that no data file of slots holds, so no talk gets a time; add a data file of slots with their times (- key: %s, start: \"10:00\", duration: 25), or give each talk its start: \"10:00\"", m.slotKey, m.slotKey)
	case len(out) == 0:
		diags.Warnf(m.Pos, "this schedule places no talk: its talks give no start time; give each its start: \"10:00\" (and end: or duration:), or name under slot: a record of a data file of slots that gives one")
	case m.slotKey != "":
		diags.Warnf(m.Pos, "the slot %q is a record of no data file of slots, so %q is not placed; add - key: %s with its start and duration to the data file of slots", m.slotKey, m.Ref, m.slotKey)
	}
	return out, diags
}
