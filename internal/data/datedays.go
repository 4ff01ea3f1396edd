package data

import (
	"strings"
	"time"

	"lectern/internal/content"
)

// dateKeyedSessions reads a programme written as a mapping of days, each
// a date, to the list of its sessions written whole:
//
//	{"2023-06-01": [{"time": "09:30", "title": "Keynote", "speaker": "Dee Mars"}]}
//
// as Eleventy conference sites key _data/schedule.json by day. It
// returns the sessions as one list, each given its day's date unless it
// dates itself. ok is false for any other shape: a key that is no date
// (YYYY-MM-DD), a day that is not a list of mappings, or sessions none of
// which names a speaker, which are slots naming talks written elsewhere.
func dateKeyedSessions(v *content.Value) (*content.Value, bool) {
	if !v.IsMap() || len(v.Keys()) == 0 {
		return nil, false
	}
	var sessions []*content.Value
	speaker := false
	for _, k := range v.Keys() {
		day := strings.TrimSpace(k)
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			return nil, false
		}
		list := v.Get(k)
		if list == nil || !list.IsList() {
			return nil, false
		}
		for _, s := range list.Items() {
			if !s.IsMap() {
				return nil, false
			}
			if field(s, "speakers", "speaker", "presenters", "presenter") != nil {
				speaker = true
			}
			if field(s, "date", "day") == nil && !ownDay(s) {
				s = s.With("date", content.TextValue(v.KeyPos(k), day))
			}
			sessions = append(sessions, s)
		}
	}
	if !speaker {
		return nil, false
	}
	return content.ListOf(v, sessions), true
}
