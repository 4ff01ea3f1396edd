package data

import (
	"strings"

	"lectern/internal/content"
)

// listAt returns the list of v that keys lead to, each key matched
// without regard to case as Hugo matches its settings' keys
// (params.Schedule is params.schedule); nil when there is none.
func listAt(v *content.Value, keys []string) *content.Value {
	for _, k := range keys {
		if v == nil || !v.IsMap() {
			return nil
		}
		var next *content.Value
		for _, have := range v.Keys() {
			if strings.EqualFold(have, k) {
				next = v.Get(have)
				break
			}
		}
		v = next
	}
	if v == nil || !v.IsList() {
		return nil
	}
	return v
}

// settingsRecords reports whether the list v, among a config's
// settings under the name rel, holds records rather than what a
// theme's template lays out: a programme is read only as speakers with
// their talks (speakersWithTalks), and a list of talks only when every
// entry has a title. hugo-conference's sites also write their
// timetable there, entries of a name, a time of day and a description
// (Check-in, "Talks (session 1)", Coffee Break twice) with no day, which
// would be talk pages of no one, at clashing URLs.
func settingsRecords(v *content.Value, rel string) bool {
	if isScheduleFile(rel) {
		_, ok := speakersWithTalks(v)
		return ok
	}
	if k, _ := nameKind(rel); k != content.KindTalk {
		return true
	}
	for _, it := range v.Items() {
		if !it.IsMap() || field(it, "title") == nil {
			return false
		}
	}
	return true
}

// speakerTalkKeys are the keys under which a programme's entry that is
// a speaker describes their talk as a mapping of its own (presentation:
// {title, description, time}), as content reads a speaker's.
var speakerTalkKeys = []string{"presentation", "talk", "session"}

// speakersWithTalks returns the entries of the list v that are
// speakers with their talk (a name, no title, and a mapping under
// speakerTalkKeys that has a title), as a list of its own; ok is false
// when there is none, or when an entry is anything but a mapping. The
// other entries, a name and a time (Check-in, Lunch), are the
// programme's breaks, which place nothing without a day and are left
// out.
func speakersWithTalks(v *content.Value) (*content.Value, bool) {
	if !v.IsList() {
		return nil, false
	}
	var people []*content.Value
	for _, it := range v.Items() {
		if !it.IsMap() {
			return nil, false
		}
		if field(it, "name") == nil || field(it, "title") != nil {
			continue
		}
		for _, k := range speakerTalkKeys {
			if t := field(it, k); t != nil && t.IsMap() && field(t, "title") != nil {
				people = append(people, it)
				break
			}
		}
	}
	if len(people) == 0 {
		return nil, false
	}
	return content.ListOf(v, people), true
}
