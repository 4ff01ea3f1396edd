package data

import (
	"strings"

	"lectern/internal/content"
)

// dayMarkedSessions reads a programme written as one list whose days are
// entries of their own, each heading the sessions after it:
//
//	[{"date": "11 July 2019", "type": "date"},
//	 {"time": "09:25", "title": "Keynote", "speaker": [{"name": "Lin Clark"}]}, …]
//
// as the ServerlessDays Eleventy sites write their agenda.json; the list
// may be the one list of a mapping under a programme's name ("agenda",
// "schedule") beside a page's settings (layout, page). It returns the
// sessions as one list, each given its heading's date unless it dates
// itself, as dateKeyedSessions does. ok is false for any other shape:
// no heading first, an entry that is not a mapping, or sessions none of
// which names a speaker (slots naming talks written elsewhere).
func dayMarkedSessions(v *content.Value) (*content.Value, bool) {
	list := markedList(v)
	if list == nil {
		return nil, false
	}
	items := list.Items()
	if len(items) == 0 || dayMark(items[0]) == "" {
		return nil, false
	}
	var sessions []*content.Value
	var day *content.Value
	speaker := false
	for _, it := range items {
		if !it.IsMap() {
			return nil, false
		}
		if d := dayMark(it); d != "" {
			day = content.TextValue(field(it, "date", "day").Pos(), d)
			continue
		}
		if field(it, "speakers", "speaker", "presenters", "presenter") != nil {
			speaker = true
		}
		if field(it, "date", "day") == nil && !ownDay(it) {
			it = it.With("date", day)
		}
		sessions = append(sessions, it)
	}
	if !speaker {
		return nil, false
	}
	return content.ListOf(list, sessions), true
}

// markedList is v when it is a list, else the one list of mappings that
// v, a mapping, holds under a programme's name (scheduleNames); nil when
// there is none.
func markedList(v *content.Value) *content.Value {
	if v.IsList() {
		return v
	}
	if !v.IsMap() {
		return nil
	}
	var list *content.Value
	for _, k := range v.Keys() {
		if x := v.Get(k); scheduleNames[fold(k)] && x != nil && x.IsList() {
			if list != nil {
				return nil
			}
			list = x
		}
	}
	return list
}

// dayMark returns the day an entry of a programme's list heads, "" when
// it heads none: a mapping of a date (or day) and at most its type
// (type: date), the date as written, or its part before a label
// ("04 September 2020 - Track 1" is 04 September 2020).
func dayMark(it *content.Value) string {
	if !it.IsMap() {
		return ""
	}
	for _, k := range it.Keys() {
		switch norm(k) {
		case norm("date"), norm("day"), norm("type"):
		default:
			return ""
		}
	}
	d := field(it, "date", "day")
	if d == nil {
		return ""
	}
	text := strings.TrimSpace(d.Text())
	if _, _, ok := content.ParseDate(text); ok {
		return text
	}
	if before, _, found := strings.Cut(text, " - "); found {
		if _, _, ok := content.ParseDate(strings.TrimSpace(before)); ok {
			return strings.TrimSpace(before)
		}
	}
	return ""
}
