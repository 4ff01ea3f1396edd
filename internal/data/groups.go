package data

import "lectern/internal/content"

// Talk archives, programmes and sponsor lists often file their records in
// groups: a list of years each holding its talks ([{year: 2018, events:
// [...]}]), a mapping of kinds of talk (conference: [...], research:
// [...]), a titled list ({name: Talks, source: [...]}), sponsors by tier
// ([{name: Gold Sponsors, sponsors: [...]}]), or a programme's days and
// slots ([{date: 2019-09-06, events: [{time: "9:50 - 10:20", title: …}]}]).
// The records are the titled mappings inside; a group gives them the day,
// time and room they do not write themselves, and a sponsor its tier.

// titleKeys name a record; a group has none of them but as its label.
var titleKeys = []string{"title", "name", "talk_title", "session_title"}

// labelKeys are the scalar fields a titled group may have beside its
// title without being a record itself.
var labelKeys = []string{"title", "name", "label", "heading", "description", "summary", "id", "slug", "year", "type", "category", "icon", "order", "weight"}

// listTitles name a list of talks, as a group's title ("name: Talks"),
// beside listKeys.
var listTitles = []string{"presentations", "publications", "papers", "workshops", "keynotes", "conferences", "appearances", "speaking", "conference talks"}

// memberLists are lists a record holds that are not its group's records:
// its people, sponsors, links and reading, each titled by a name. A list
// named as the file's own records (sponsors in a file of sponsors) is.
var memberLists = []string{"speakers", "speaker", "presenters", "authors", "author", "people", "hosts", "sponsors",
	"moderators", "organizers", "organisers", "links", "materials", "items", "books", "readings",
	"resources", "tags", "categories", "rooms", "tracks", "videos",
	// A speaker's card of a talk lists its buttons ({event, link,
	// actions: [{name: Video, link: …}, {name: Slides, link: …}]}).
	"actions", "buttons"}

// inheritKeys are the fields a group passes to records that lack them.
var inheritKeys = []string{"date", "day", "time", "start_time", "end_time", "room", "location", "track", "event", "conference"}

// maxGroupDepth bounds how deep groups nest (years, days, slots).
const maxGroupDepth = 4

// grouping reads the groups of one file, whose records are of kind; in a
// programme (a file of days or slots listing its sessions whole), a
// titled mapping holding records is a group too: a day ("title:
// Conference Day 1") or a slot.
type grouping struct {
	kind      content.Kind
	programme bool
}

// ungroup returns items with each group replaced by the records inside
// it, which take the fields of inheritKeys from their groups.
func (g grouping) ungroup(items []*content.Value) []*content.Value {
	return g.ungroupAt(items, 0)
}

func (g grouping) ungroupAt(items []*content.Value, depth int) []*content.Value {
	out := make([]*content.Value, 0, len(items))
	for _, it := range items {
		lists := g.keyedLists(it)
		if lists == nil || depth >= maxGroupDepth {
			out = append(out, it)
			continue
		}
		for _, kl := range lists {
			children := kl.list.Items()
			for i, c := range children {
				children[i] = g.inherit(c, it)
				if g.kind == content.KindReading {
					children[i] = shelve(children[i], it, kl.key)
				}
			}
			out = append(out, g.ungroupAt(children, depth+1)...)
		}
	}
	return out
}

// inherit gives record the fields of inheritKeys its group sets and it
// does not, and a sponsor the tier its group's title names.
func (g grouping) inherit(record, group *content.Value) *content.Value {
	if !record.IsMap() {
		return record
	}
	for _, k := range inheritKeys {
		if field(record, k) != nil || ownDay(record) && (k == "date" || k == "day") {
			continue
		}
		if v := field(group, k); v != nil && !v.IsList() && !v.IsMap() {
			record = record.With(k, v)
		}
	}
	if g.programme && field(record, slotTimeKeys...) == nil {
		// A slot's times of day ({start: 1:30pm, end: 2:15pm, sessions:
		// [...]}) are its sessions' own; a full date is a group's
		// day, which "date" gives.
		for _, k := range []string{"start", "end"} {
			if v := field(group, k); v != nil && !v.IsList() && !v.IsMap() {
				if _, ok := clock(v.Text()); ok {
					record = record.With(k, v)
				}
			}
		}
	}
	if g.kind == content.KindSponsor && field(record, "tier", "level") == nil {
		// A tier is named by the group's tier or level, else its title.
		if t := field(group, append([]string{"tier", "level"}, titleKeys...)...); t != nil && !t.IsList() && !t.IsMap() {
			record = record.With("tier", t)
		}
	}
	return record
}

// slotTimeKeys are the fields with which a session gives its own times.
var slotTimeKeys = []string{"start", "end", "time", "start_time", "end_time", "starttime", "endtime"}

// ownDay reports whether record dates itself: a start, datetime or
// start_date of its own, unless that is a time of day alone ("start:
// 09:30"), which needs its group's day.
func ownDay(record *content.Value) bool {
	s := field(record, "start", "datetime", "start_date")
	if s == nil {
		return false
	}
	_, clockOnly := clock(s.Text())
	return !clockOnly
}

// lists returns the lists of records a group holds, nil when v is not a
// group: a mapping holding lists of titled mappings (not of its people or
// links) that is itself no record. It has no title; or a title naming a
// list ("Talks", listKeys and listTitles); or a title over a list named
// as the file's own records (a tier's sponsors); or it is in a programme.
// Its other fields are labels. A speaker holding the list of their talks
// is a record.
func (g grouping) lists(v *content.Value) []*content.Value {
	kls := g.keyedLists(v)
	if kls == nil {
		return nil
	}
	lists := make([]*content.Value, len(kls))
	for i, kl := range kls {
		lists[i] = kl.list
	}
	return lists
}

// keyedList is a list of records a group holds, with the key it is
// written under.
type keyedList struct {
	key  string
	list *content.Value
}

// keyedLists is lists with the key of each list.
func (g grouping) keyedLists(v *content.Value) []keyedList {
	if !v.IsMap() {
		return nil
	}
	t := field(v, titleKeys...)
	titled := t != nil && !g.programme
	if t != nil && (t.IsList() || t.IsMap()) {
		return nil
	}
	var lists []keyedList
	ownKind, off := false, false
	var unlabelled []string
	for _, k := range v.Keys() {
		x := v.Get(k)
		switch {
		case x == nil || x.IsNull():
		case switchedOff(k) && x.IsList():
			// A list its author switched off ("_sponsors" beside
			// "sponsors") is neither read nor a record's field.
			off = off || g.ofRecords(x)
		case x.IsList() && g.ofRecords(x):
			kind, named := recordNames[fold(k)]
			own := named && kind == g.kind
			// A programme's day lists its sessions under any of the
			// keys a day's slots are listed under, items among them
			// ({date: 9 Dec 2026, items: [{time: …, title: …}]}),
			// which elsewhere are a record's own list.
			// So does an untitled group of talks, a talk archive's
			// conference ({conference: X, date: …, items: [{title: …}]}).
			items := (g.programme || !titled && g.kind == content.KindTalk) && inKeys(k, daySlotLists)
			if inKeys(k, memberLists) && !own && !items {
				if titled {
					return nil
				}
				continue
			}
			lists = append(lists, keyedList{k, x})
			ownKind = ownKind || own
		case titled && (x.IsList() || x.IsMap()):
			return nil // a record with fields of its own
		case titled && !inKeys(k, labelKeys):
			unlabelled = append(unlabelled, k)
		}
	}
	if titled && !ownKind && !inKeys(t.Text(), listKeys) && !inKeys(t.Text(), listTitles) {
		return nil
	}
	if titled && len(unlabelled) > 0 && (!ownKind || g.readsAny(v, unlabelled)) {
		return nil // a record with fields of its own
	}
	if lists == nil && off {
		// A group whose only lists are switched off holds no records.
		return []keyedList{}
	}
	return lists
}

// readsAny reports whether a record of g's kind reads one of keys of v
// as a field of its own (a date, a url, a logo): v is then a record
// holding a list, not a group whose other fields are its layout hints
// (a tier's numPerRow, color or height, which lectern does not read).
func (g grouping) readsAny(v *content.Value, keys []string) bool {
	rec := content.Record(v, content.RecordOptions{Path: "group", Kind: g.kind})
	for _, k := range keys {
		if _, hint := rec.Params[k]; !hint {
			return true
		}
	}
	return false
}

// ofRecords reports whether l is a list of mappings, one titled at least
// (a record or a further group).
func (g grouping) ofRecords(l *content.Value) bool {
	items := l.Items()
	if len(items) == 0 {
		return false
	}
	found := false
	for _, it := range items {
		if !it.IsMap() {
			return false
		}
		if field(it, titleKeys...) != nil || g.lists(it) != nil {
			found = true
		}
	}
	return found
}

// inKeys reports whether key is one of keys, compared by norm.
func inKeys(key string, keys []string) bool {
	n := norm(key)
	for _, k := range keys {
		if norm(k) == n {
			return true
		}
	}
	return false
}

// sessionsInGroups reports whether a programme's list is of groups (days,
// slots) whose records name their speakers: sessions written whole.
func sessionsInGroups(v *content.Value) bool {
	g := grouping{kind: content.KindTalk, programme: true}
	items := v.Items()
	if len(items) == 0 || g.lists(items[0]) == nil {
		return false
	}
	for _, it := range g.ungroup(items) {
		if field(it, "speakers", "speaker", "presenters", "presenter") != nil {
			return true
		}
	}
	return false
}
