package data

import (
	"slices"
	"strings"
	"time"

	"lectern/internal/content"
)

// programmeKeys are the keys under which an event record lists its
// programme's slots.
var programmeKeys = []string{"program", "programme", "schedule", "agenda"}

// slotLists reads the other lists of slots an event record keeps beside
// its programme: a list under any other key whose every item is a
// mapping that names a talk (talk, id, slug, title…) and gives a day
// (date, day), and names no speaker (that is a talk written whole). A
// record's other lists (sponsors by id and level, organizers by name)
// give no day, so they are not slots. The key names the format of the
// talks it lists, in the plural (devopsdays' ignites:, a lineup's
// keynotes: or lightning_talks:), which a talk placed by it takes when
// it names none. An item with its own times is a slot as a programme's
// is; one with only a day is a part of the programme's slot of that
// day whose type is that format (type: ignite; see fills), which they fill in
// their order (see share) and which is then no entry of its own; else
// it places nothing. prog are the programme's slots; filled are the
// indexes of those the lists fill.
func (r recordReader) slotLists(v *content.Value, event *content.Document, prog []Slot) (out []Slot, filled map[int]bool) {
	filled = map[int]bool{}
	for _, key := range v.Keys() {
		if slices.Contains(programmeKeys, key) || slices.Contains(nestedTalks, key) {
			continue
		}
		l := v.Get(key)
		if !slotRecords(l) {
			continue
		}
		delete(event.Params, key)
		words := listFormat(key)
		format := strings.ToUpper(words[:1]) + words[1:]
		timed := slotList(l, r.loc)
		parts := map[int][]Slot{} // untimed items by the programme slot they fill
		for _, it := range l.Items() {
			ref := field(it, "talk", "talk_id", "talkid", "id", "slug", "title", "name")
			if field(it, "start_datetime", "start", "datetime", "starts_at", "start_time", "time") != nil {
				continue // read by slotList
			}
			day, _, floating, ok := moment(field(it, "date", "day"), r.loc)
			if !ok {
				continue
			}
			if i := slices.IndexFunc(prog, func(p Slot) bool { return fills(p.Type, words) && p.Day.Equal(day) }); i >= 0 {
				parts[i] = append(parts[i], Slot{Pos: ref.Pos(), Ref: ref.Text(), Day: day, Floating: floating})
			}
		}
		for i, ss := range parts {
			timed = append(timed, share(prog[i], ss)...)
			filled[i] = true
		}
		slices.SortStableFunc(timed, func(a, b Slot) int { return a.Pos.Line - b.Pos.Line })
		for _, s := range timed {
			if s.Event == "" {
				s.Event = event.Slug
			}
			s.Format = format
			out = append(out, s)
		}
	}
	return out, filled
}

// share gives the items ss, in order, equal shares of the programme's
// slot p they fill (three ignites in 13:00–13:30 are ten minutes each),
// in its room: they are its parts, one after another. A slot with no
// end gives each its start.
func share(p Slot, ss []Slot) []Slot {
	for k := range ss {
		ss[k].Room, ss[k].AllRooms, ss[k].Start, ss[k].End = p.Room, p.AllRooms, p.Start, -1
		if p.End > p.Start {
			n := time.Duration(len(ss))
			ss[k].Start = p.Start + (p.End-p.Start)*time.Duration(k)/n
			ss[k].End = p.Start + (p.End-p.Start)*time.Duration(k+1)/n
		}
	}
	return ss
}

// fills reports whether a programme slot of type typ is the one a list
// of the format words fills: its type is the format, or the format's
// first word (type: lightning for lightning_talks).
func fills(typ, words string) bool {
	first, _, _ := strings.Cut(words, " ")
	return typ != "" && (norm(typ) == norm(words) || norm(typ) == norm(first))
}

// slotRecords reports whether l is a list of slots (see slotLists).
func slotRecords(l *content.Value) bool {
	if l == nil || !l.IsList() || len(l.Items()) == 0 {
		return false
	}
	for _, it := range l.Items() {
		ref := field(it, "talk", "talk_id", "talkid", "id", "slug", "title", "name")
		if !it.IsMap() || ref == nil || ref.IsMap() || ref.IsList() || ref.Text() == "" ||
			field(it, "date", "day", "start_datetime", "starts_at") == nil ||
			field(it, "speakers", "speaker", "presenters", "presenter") != nil {
			return false
		}
	}
	return true
}

// listFormat is the format a list's key names, in the singular and in
// words: "ignites" is "ignite", "lightning_talks" "lightning talk".
func listFormat(key string) string {
	w := strings.TrimSpace(strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(key)))
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}
