package data

import (
	"io/fs"
	"maps"
	"path"
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// result is what one data file gave.
type result struct {
	value *content.Value
	docs  []*content.Document
	slots []Slot
	// places are the places a file named as places holds (see Place).
	places map[string]Place
	// authors are the people a file named as authors holds (see
	// readAuthors).
	authors map[string]content.Person
	// times are the slot records the file holds and rooms the names of
	// the rooms of a file named as rooms, which the slots of another
	// file's schedule may name (see resolveSlots).
	times map[string]slotTime
	rooms map[string]string
	// formats and tags are the names a file of formats or of tags gives
	// their keys (see readLabels).
	formats, tags map[string]string
	diags         diag.List
	// order marks a file that only orders the records of the folder
	// beside it (orderOf).
	order bool
	// exported marks a file a Reader read: another tool's export.
	exported bool
}

// orderOf reports whether the data file name, of value v, only orders
// the records of the folder of its base name beside it, as an Astro
// site's src/data/speakers.toml holds order = ["ada", "grace"] for the
// files of src/data/speakers/: a mapping whose every value is a list of
// names, which no record is (a record has fields of its own). Such a
// file is neither records nor a key of .Site.Data, where the folder
// keeps the name.
func orderOf(fsys fs.FS, name string, v *content.Value) bool {
	if !v.IsMap() || len(v.Keys()) == 0 {
		return false
	}
	for _, k := range v.Keys() {
		x := v.Get(k)
		if x == nil || !x.IsList() {
			return false
		}
		for _, it := range x.Items() {
			if it.IsMap() || it.IsList() {
				return false
			}
		}
	}
	info, err := fs.Stat(fsys, path.Join(path.Dir(name), stem(name)))
	return err == nil && info.IsDir()
}

// read reads one data file: through the first Reader that knows it, else
// as data, taking from it the records and the schedule its name, its
// collection or its shape say it holds.
func (o Options) read(fsys fs.FS, f file) result {
	var r result
	src, err := fs.ReadFile(fsys, f.name)
	if err != nil {
		r.diags.Errorf(diag.Pos{File: f.name}, "cannot read: %v", err)
		return r
	}
	if f.keys != nil {
		// A list among a config file's settings: no export, and the
		// config's own problems are the config reader's to report.
		v, _ := content.DecodeData(f.name, src, o.Location)
		if v = listAt(v, f.keys); v == nil || !settingsRecords(v, f.rel) {
			return r
		}
		return o.readValue(fsys, f, v, r)
	}
	for _, read := range o.Readers {
		docs, ok, d := read(f.name, src, o.Location)
		if ok {
			// A reader gives the problems of its records in their own
			// Diags, apart from the file's (see Reader): the run reports
			// both, as for the records read below.
			r.docs, r.diags, r.exported = docs, d, true
			for _, doc := range docs {
				r.diags.Append(doc.Diags)
			}
			return r
		}
	}
	var v *content.Value
	switch {
	case content.ScriptDataExt(f.name):
		var ok bool
		if v, ok = o.scriptData(f, src, &r.diags); !ok {
			return r
		}
		r.value = v
	case !content.DataExt(f.name):
		r.diags.Warnf(diag.Pos{File: f.name, Line: 1, Col: 1}, "not an export lectern reads (frab schedule.xml, BibTeX), so it is left out; see docs/exports-in.md")
		return r
	default:
		var d diag.List
		v, d = content.DecodeData(f.name, src, o.Location)
		r.diags, r.value = d, v
	}
	if v == nil {
		return r
	}
	return o.readValue(fsys, f, v, r)
}

// readValue reads the decoded value v of the file f: records, slots,
// and the tables other files' records name.
func (o Options) readValue(fsys fs.FS, f file, v *content.Value, r result) result {
	if orderOf(fsys, f.name, v) {
		// Only the order of the folder beside it: no records, and the
		// folder keeps the data key.
		r.order = true
		return r
	}
	c := o.declared(f.name)
	kind, isRecords := nameKind(f.rel)
	fields := o.Fields
	if c != nil {
		k, ok := content.ParseKind(c.Kind)
		if !ok {
			r.diags.Errorf(diag.Pos{File: config.FileName}, "collection %q has kind %q; use talk, speaker, event, reading or page", c.Path, c.Kind)
			return r
		}
		kind, isRecords = k, true
		fields = withCollection(fields, c.Fields)
	}
	// A programme of days (and slots) listing its sessions whole, with
	// their speakers, rather than naming talks written elsewhere: the
	// sessions are the talks, dated by their day. Days whose "slots"
	// are such sessions, as Eleventy conference sites write
	// _data/schedule.json, are no grid of talk ids, whose titled slots
	// would be breaks and their speakers lost.
	// The days may be the one list of a mapping ("days:"): its records
	// are then read from that list, each dated by its day.
	recs := v
	if c == nil && !isRecords && namesPresentations(f.rel) {
		// A person's presentations: talks when every entry is one,
		// else data only (talksIfTalks).
		if l, ok := talksIfTalks(v, fields); ok {
			kind, isRecords, recs = content.KindTalk, true, l
		}
	}
	programme := !isRecords && isScheduleFile(f.rel) && sessionsInGroups(v)
	if !isRecords && isScheduleFile(f.rel) && !programme && daysOf(v) != v && sessionsInGroups(daysOf(v)) {
		programme, recs = true, daysOf(v)
	}
	dateDays := false
	if !isRecords && isScheduleFile(f.rel) && !programme {
		// Days keyed by their dates, each a list of sessions.
		if days, ok := dateKeyedSessions(v); ok {
			programme, recs, dateDays = true, days, true
		} else if sessions, ok := dayMarkedSessions(v); ok {
			// One list whose days are entries heading the sessions
			// after them.
			programme, recs, dateDays = true, sessions, true
		}
	}
	if !isRecords && isScheduleFile(f.rel) && !programme && v.IsMap() {
		// One day of a programme, a file a day ({date, times: [{start,
		// end, sessions: [...]}]}), whose slots list sessions written
		// whole: the day is a programme of one day.
		if day := content.ListOf(v, []*content.Value{v}); sessionsInGroups(day) {
			programme, recs = true, day
			if field(v, "date", "day") == nil {
				// Dated by the file's name (2023-12-12.yml), as a
				// day's file of slots is (dayFile).
				if d, ok := nameDay(stem(path.Base(f.rel)), o.Location); ok {
					recs = content.ListOf(v, []*content.Value{v.With("date", content.TextValue(v.Pos(), d.Format(time.DateOnly)))})
				}
			}
		}
	}
	if !isRecords && !programme && isScheduleFile(f.rel) {
		// A programme listing its speakers, each with their talk,
		// between breaks (hugo-conference's params.Schedule): the
		// speakers, their talks joined.
		if people, ok := speakersWithTalks(v); ok {
			kind, isRecords, recs = content.KindSpeaker, true, people
		}
	}
	wholeSlots := programme && (dateDays || slotDays(daysOf(v)))
	if slots, ok, d := readGrid(v, o.Location); ok && !wholeSlots && (c == nil || !isRecords) {
		r.slots = slots
		r.diags.Append(d)
		return r
	}
	if programme {
		kind, isRecords = content.KindTalk, true
	}
	if !isRecords && isScheduleFile(f.rel) && v.IsList() && flatSessions(v) {
		// A programme's flat list of talks written whole, with times
		// of day but no day: the entries are the talks.
		kind, isRecords = content.KindTalk, true
	}
	if !isRecords && isScheduleFile(f.rel) {
		// One day of a programme, a file a day: the day's slots.
		if slots, ok, d := dayFile(v, f.rel, o.Location); ok {
			r.slots = slots
			r.diags.Append(d)
			return r
		}
	}
	if !isRecords && isScheduleFile(f.rel) && v.IsList() {
		// A programme's list of entries: each a slot, talk or break.
		r.slots = slotList(v, o.Location)
		if items := v.Items(); len(r.slots) == 0 && len(items) > 0 {
			// Entries with a time of day but no day (the day lives in
			// a template) place nothing: the author should know.
			r.diags.Warnf(items[0].Pos(), "this schedule places no talk: no entry gives both a day and a start time, so none is placed; give each entry its day and time (date: \"2026-06-11\", time: \"10:00\", or start: \"2026-06-11 10:00\")")
		}
		return r
	}
	if !isRecords {
		r.times, r.rooms = readSlotTimes(v), readRoomNames(v, f.rel)
		r.formats, r.tags = readLabels(v, f.rel, formatFileNames), readLabels(v, f.rel, tagFileNames)
		if isPlaceFile(f.rel) {
			r.places = readPlaces(v, f.name)
		}
		if f.tree && isAuthorFile(f.rel) {
			// Only in a data folder: a content folder's authors/ holds
			// the authors' pages (Hugo's), read as pages.
			r.authors = readAuthors(v, f.name, o.Location, o.TextLanguages)
		}
		return r
	}
	isFile := func(p string) bool {
		info, err := fs.Stat(fsys, p)
		return err == nil && !info.IsDir()
	}
	rr := recordReader{file: f.name, perFile: perFile(recs, kind, fields), programme: programme, permalinkOnly: o.PermalinkOnly, kind: kind, isFile: isFile, loc: o.Location, fields: fields, langs: o.TextLanguages, diags: &r.diags}
	if u, ok := o.Records[strings.TrimSuffix(f.rel, path.Ext(f.rel))]; ok && f.tree {
		rr.url = &u
	}
	if kind == content.KindTalk && !programme {
		// A list of talks naming their days by index ("day": 0): a
		// programme's days, written whole, date their own sessions.
		list := recs
		if recs.IsMap() {
			list, _ = recordList(recs)
		}
		rr.daysFromZero = content.DaysFromZero(list)
	}
	r.docs, r.slots = rr.records(recs)
	for _, doc := range r.docs {
		r.diags.Append(doc.Diags)
	}
	return r
}

// withCollection adds a collection's field names to the site's: a
// collection's name for a field is read before the site's.
func withCollection(site map[string][]string, names map[string]string) map[string][]string {
	out := maps.Clone(site)
	if out == nil {
		out = map[string][]string{}
	}
	for field, name := range names {
		field = strings.ToLower(field)
		out[field] = append([]string{name}, out[field]...)
	}
	return out
}

// perFile reports whether a file's value is one record: a mapping with
// a field of its own, rather than a mapping holding a list of records,
// in groups or beside settings (settingsList), or records filed under
// their ids (keyedRecords).
func perFile(v *content.Value, kind content.Kind, fields map[string][]string) bool {
	if !v.IsMap() {
		return false
	}
	if _, ok := recordList(v); ok || (grouping{kind: kind}).lists(v) != nil {
		return false
	}
	if _, ok := settingsList(v, kind, fields); ok {
		return false
	}
	_, ok := keyedRecords(v, kind, fields)
	return !ok
}
