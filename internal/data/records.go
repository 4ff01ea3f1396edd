package data

import (
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// listKeys are the keys under which a file keeps its list of records
// ("talks:", "[[readings]]"), when the file is not one record itself.
var listKeys = []string{"records", "items", "entries", "talks", "sessions", "speakers", "people",
	"events", "meetups", "sponsors", "books", "readings", "reading", "links"}

// nestedTalks are the keys of an event record that hold its talks, each
// a record of its own.
var nestedTalks = []string{"talks", "sessions"}

// idKeys are the fields that identify a record for references from
// other records and schedules, beside its slug.
var idKeys = []string{"code", "id", "talkid", "talk_id", "uid", "uuid", "key"}

// recordList returns the list of records a mapping holds under one of
// listKeys, when it has no title of its own.
func recordList(v *content.Value) (*content.Value, bool) {
	if v.Get("title") != nil || v.Get("name") != nil {
		return nil, false
	}
	for _, k := range listKeys {
		if l := v.Get(k); l != nil && l.IsList() {
			return l, true
		}
	}
	return nil, false
}

// settingsList returns the records of a mapping that keeps them in one
// list beside its settings, as a theme's speakers file does
// ({show_speakers: true, list: [{first_name: Marco, …}]}): a mapping
// whose values are scalars but for one non-empty list of mappings. The
// settings are not records; they stay in .Site.Data. A mapping with a
// title of its own (by every alias a record's title has, for kind) is
// one record holding a list, and so is one whose list is its people,
// links or books, or records of another kind (an event's talks): those
// lists are the record's own, not the file's.
func settingsList(v *content.Value, kind content.Kind, fields map[string][]string) (*content.Value, bool) {
	if !v.IsMap() {
		return nil, false
	}
	var list *content.Value
	for _, k := range v.Keys() {
		x := v.Get(k)
		switch {
		case x == nil || x.IsNull():
		case switchedOff(k) && x.IsList():
			// Switched off ("_speakers"): not the file's records.
		case x.IsMap() || x.IsList() && (list != nil || !mappings(x)):
			return nil, false
		case x.IsList():
			named, ok := recordNames[fold(k)]
			own := ok && named == kind
			if ok && !own || inKeys(k, memberLists) && !own {
				return nil, false
			}
			list = x
		}
	}
	if list == nil {
		return nil, false
	}
	if content.Record(v, content.RecordOptions{Path: "settings", Kind: kind, Fields: fields}).Title != "" {
		return nil, false
	}
	return list, true
}

// mappings reports whether l is a non-empty list of mappings only.
func mappings(l *content.Value) bool {
	items := l.Items()
	for _, it := range items {
		if !it.IsMap() {
			return false
		}
	}
	return len(items) > 0
}

// recordReader makes documents of the records of one file.
type recordReader struct {
	file    string
	perFile bool // the file is one record, named by its base name
	// programme marks a programme's file of days or slots listing its
	// sessions whole (sessionsInGroups).
	programme bool
	// permalinkOnly is Options.PermalinkOnly.
	permalinkOnly bool
	kind          content.Kind
	// isFile reports whether a path from the site root is a file of
	// the site; nil knows none.
	isFile func(p string) bool
	loc    *time.Location
	fields map[string][]string
	// langs is Options.TextLanguages.
	langs []string
	// url is the URL the site's templates give each record of the
	// file (Options.Records); nil for none.
	url *config.RecordURL
	// daysFromZero: the file's talks count their days from 0
	// (content.DaysFromZero).
	daysFromZero bool
	diags        *diag.List
}

// records reads v, the whole file: one record, a list of them, or a
// mapping holding a list. A reading list is one page whose items are the
// records. An event's talks and its programme come out with it.
func (r recordReader) records(v *content.Value) ([]*content.Document, []Slot) {
	if r.kind == content.KindReading {
		o := r.options(stem(r.file))
		var doc *content.Document
		g := grouping{kind: content.KindReading}
		_, listed := recordList(v)
		if len(g.lists(v)) > 1 {
			// Books filed by status ({reading: [...], finished:
			// [...], toRead: [...]}): one of the keys is a list name
			// too, but every group is read, not that one alone.
			listed = false
		}
		var settings *content.Value
		if !listed && g.lists(v) == nil {
			settings, _ = settingsList(v, r.kind, r.fields)
		}
		switch {
		case v.IsList():
			doc = content.ReadingList(content.ListOf(v, g.ungroup(v.Items())), o)
		case !listed && g.lists(v) != nil:
			// Books filed in groups ({inProgress: [...], completed:
			// [{year, books: [...]}]}): one list of them all, each book
			// with the status and year its groups name (shelve).
			doc = content.ReadingList(content.ListOf(v, g.ungroup([]*content.Value{v})), o)
		case settings != nil:
			doc = content.ReadingList(content.ListOf(settings, g.ungroup(settings.Items())), o)
		default:
			if keys, ok := keyedRecords(v, r.kind, r.fields); ok {
				// Books filed under their ids ({GEB: {title: …}}), as
				// other records are (keyed): one item a key.
				items := make([]*content.Value, len(keys))
				for i, k := range keys {
					items[i] = v.Get(k)
				}
				doc = content.ReadingList(content.ListOf(v, g.ungroup(items)), o)
				break
			}
			doc = content.Record(v, o)
		}
		if doc.Title == "" {
			doc.Title = listTitle(r.file)
		}
		return []*content.Document{doc}, nil
	}
	var items []*content.Value
	switch {
	case v.IsList():
		items = v.Items()
	case r.perFile:
		items = []*content.Value{v}
	default:
		l, ok := recordList(v)
		switch {
		case ok:
			items = l.Items()
		case grouping{kind: r.kind}.lists(v) != nil:
			items = []*content.Value{v}
		default:
			if l, ok := settingsList(v, r.kind, r.fields); ok {
				items = l.Items()
				break
			}
			if keys, ok := keyedRecords(v, r.kind, r.fields); ok {
				return r.keyed(v, keys)
			}
			r.diags.Errorf(v.Pos(), "a file of records should hold a mapping of fields or a list of them, not %s; it is ignored", shape(v))
			return nil, nil
		}
	}
	return r.items(grouping{kind: r.kind, programme: r.programme}.ungroup(items), nil)
}

// keyed reads the records of a mapping filed under their ids
// (keyedRecords), each known by its key.
func (r recordReader) keyed(v *content.Value, keys []string) ([]*content.Document, []Slot) {
	items := make([]*content.Value, len(keys))
	for i, k := range keys {
		items[i] = withKeyID(v.Get(k), k, v)
	}
	return r.items(items, keys)
}

// items reads a file's records; keys, when not nil, are the keys each
// is filed under in a keyed mapping.
func (r recordReader) items(items []*content.Value, keys []string) ([]*content.Document, []Slot) {
	var docs []*content.Document
	var slots []Slot
	for i, it := range items {
		if it.IsNull() || r.namesFile(it) || it.IsMap() && blankRecord(it) {
			continue
		}
		if !it.IsMap() {
			r.diags.Errorf(it.Pos(), "a record should be a mapping of fields (title: …), not %s; it is ignored", shape(it))
			continue
		}
		doc := r.record(it, r.kind)
		if keys != nil {
			keySlug(doc, keys[i])
		}
		if doc.Kind == content.KindTalk {
			if ds := content.Deliveries(it); ds != nil {
				docs = append(docs, r.deliveries(doc, ds)...)
				continue
			}
		}
		if r.perFile && doc.Title == "" && strings.HasPrefix(path.Base(r.file), "_") {
			// A file named with an underscore is no page to any
			// generator; holding one untitled mapping, it is its
			// folder's settings or a tool's cache (of ids, of etags),
			// not a person or a talk: it stays the site's data.
			continue
		}
		docs = append(docs, doc)
		if doc.Kind == content.KindEvent {
			talks, s := r.eventParts(it, doc)
			docs = append(docs, talks...)
			slots = append(slots, s...)
		}
	}
	return docs, slots
}

// namesFile reports whether a record only names a file of the site
// (item: _talks/intro.md), as a Jekyll site lists its collection's
// documents in the order its templates show them: a reference to that
// page, not a record of its own. It is the whole item, or the only
// values of a mapping.
func (r recordReader) namesFile(v *content.Value) bool {
	if r.isFile == nil {
		return false
	}
	file := func(x *content.Value) bool {
		if x == nil || x.IsMap() || x.IsList() || x.IsNull() {
			return false
		}
		p := strings.TrimPrefix(strings.TrimSpace(x.Text()), "/")
		return path.Ext(p) != "" && r.isFile(p)
	}
	if !v.IsMap() {
		return file(v)
	}
	keys := v.Keys()
	for _, k := range keys {
		if !file(v.Get(k)) {
			return false
		}
	}
	return len(keys) > 0
}

// listTitle is the title of a reading list that writes none: its file's
// name, or its folder's for a file whose name starts with an underscore
// (content/reading/_meta.toml is "Reading"), in words
// (_data/reading_list.yml is "Reading list").
func listTitle(file string) string {
	name := stem(file)
	if strings.HasPrefix(name, "_") {
		name = path.Base(path.Dir(file))
	}
	// Its words as a file name joins them (reading_list, readingList)
	// are words of a title: "Reading list".
	var b strings.Builder
	prev := rune(0)
	for _, r := range name {
		switch {
		case r == '_' || r == '-':
			r = ' '
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			b.WriteByte(' ')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
		prev = r
	}
	name = strings.Join(strings.Fields(b.String()), " ")
	if name == "" {
		return "Reading"
	}
	r := []rune(name)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// shape names what a value is, for messages.
func shape(v *content.Value) string {
	switch {
	case v.IsList():
		return "a list"
	case v.IsMap():
		return "a mapping"
	}
	return "text"
}

// options are the record options for a record named base.
func (r recordReader) options(base string) content.RecordOptions {
	folder := kindFolders[r.kind]
	if folder == "" {
		folder = "data"
	}
	return content.RecordOptions{
		File: r.file, Path: folder + "/" + base + path.Ext(r.file),
		Kind: r.kind, Location: r.loc, Fields: r.fields, PermalinkOnly: r.permalinkOnly,
		TextLanguages: r.langs, DaysFromZero: r.daysFromZero,
	}
}

// record reads one record of kind k. Its slug, unless it writes one, is
// made from its title (and an event's date, as a series of meetups
// shares one name), else from its file's name.
func (r recordReader) record(v *content.Value, k content.Kind) *content.Document {
	rr := r
	rr.kind = k
	base := stem(r.file)
	if !r.perFile {
		base = content.HashSlug("record", r.file+":"+v.Pos().String())
	}
	doc := content.Record(v, rr.options(base))
	decimalIDs(v, doc)
	if u, ok := recordURL(r.url, v); ok && doc.URL == "" && doc.Extras().URLPattern == "" {
		doc.URL = u
	}
	if doc.Title == "" {
		// The tool's generator titles the page so.
		doc.Title = recordTitle(r.url, v)
	}
	byEvent := doc.Title == "" && eventTitled(doc)
	if byEvent {
		doc.Title = doc.Event
	}
	if filteredOut(r.url, v) {
		// The tool makes no page of it; it is still listed where the
		// site's templates list it.
		doc.NoPage = true
	}
	if !doc.Fields.Has("slug") && v.IsMap() {
		name := doc.Title
		if (doc.Kind == content.KindEvent || byEvent) && !doc.Date.IsZero() && !namesYear(name, doc.Date.Year()) {
			name += " " + doc.Date.Format(time.DateOnly)
		}
		if s := content.Slugify(name); s != "" {
			doc.Slug = s
			doc.Path = path.Dir(doc.Path) + "/" + s + path.Ext(r.file)
		}
	}
	return doc
}

// namesYear reports whether title has year as a word of its own
// ("PyCon AU 2019", "2019-london"): an event so named is one of its
// series already, and its slug needs no date to tell it apart.
func namesYear(title string, year int) bool {
	return slices.Contains(strings.Split(content.Slugify(title), "-"), strconv.Itoa(year))
}

// eventParts reads the talks an event record lists, each a talk of the
// event on its day unless it gives its own date, and the slots of its
// programme.
func (r recordReader) eventParts(v *content.Value, event *content.Document) ([]*content.Document, []Slot) {
	var talks []*content.Document
	for _, key := range nestedTalks {
		l := v.Get(key)
		if l == nil || !l.IsList() {
			continue
		}
		delete(event.Params, key)
		for _, it := range l.Items() {
			if !it.IsMap() {
				continue
			}
			rr := r
			rr.perFile = false
			t := rr.record(it, content.KindTalk)
			if t.Event == "" {
				t.Event = event.Slug
			}
			if t.Date.IsZero() && !event.Date.IsZero() {
				// The talk is on its event's day; when in the evening
				// the event does not say, so the day has no time.
				e := event.Date
				t.Date, t.End, t.Floating = time.Date(e.Year(), e.Month(), e.Day(), 0, 0, 0, 0, e.Location()), time.Time{}, event.Floating
				t.Fields.Set("date", event.Pos("date"))
			}
			if !t.Fields.Has("slug") && !t.Date.IsZero() {
				// Meetups of a series give their talks the same titles
				// ("Lightning talks"): the day tells them apart.
				if s := content.Slugify(t.Title + " " + t.Date.Format(time.DateOnly)); s != "" {
					t.Slug = s
					t.Path = path.Dir(t.Path) + "/" + s + path.Ext(t.Path)
				}
			}
			talks = append(talks, t)
		}
	}
	var slots []Slot
	for _, key := range programmeKeys {
		if l := v.Get(key); l != nil && l.IsList() {
			delete(event.Params, key)
			for _, s := range slotList(l, r.loc) {
				if s.Event == "" {
					s.Event = event.Slug
				}
				slots = append(slots, s)
			}
		}
	}
	more, filled := r.slotLists(v, event, slots)
	for i := len(slots) - 1; i >= 0; i-- {
		if filled[i] {
			// The block the list's talks are the parts of.
			slots = slices.Delete(slots, i, i+1)
		}
	}
	return talks, append(slots, more...)
}

// recordIDs are the names a record answers to in references: its id
// fields, its slug, and for a file that is one record, the file's base
// name. They are compared without regard to case.
func recordIDs(doc *content.Document, perFile bool) []string {
	var ids []string
	for _, k := range idKeys {
		if v, ok := doc.Params[k]; ok {
			if s := scalarString(v); s != "" {
				ids = append(ids, idKey(s))
			}
		}
	}
	ids = append(ids, idKey(doc.Slug))
	if perFile {
		ids = append(ids, idKey(stem(doc.File)))
	}
	return ids
}

// idKey folds a name a reference may use: case ignored, and a number
// by its value, so that "004", 004 and 4 are one id. YAML reads 004 as
// the number 4 where a list's "004" stays text, and authors write an id
// both ways in one site.
func idKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) < 2 || s[0] != '0' || strings.Trim(s, "0123456789") != "" {
		return s
	}
	if t := strings.TrimLeft(s, "0"); t != "" {
		return t
	}
	return "0"
}

// decimalIDs gives each id field of doc that v writes as digits with
// leading zeros (id: 010) the number those digits say in decimal. YAML
// 1.1 reads 010 as octal 8 (and 008 as 8 too), but an id is a label,
// and a schedule naming [010] means the record written id: 010.
func decimalIDs(v *content.Value, doc *content.Document) {
	for _, k := range idKeys {
		x := v.Get(k)
		if x == nil || x.IsMap() || x.IsList() {
			continue
		}
		switch doc.Params[k].(type) {
		case int64, float64:
		default:
			continue // text keeps its zeros, and idKey folds them
		}
		text := x.Text()
		if idKey(text) == text {
			continue
		}
		if n, err := strconv.ParseInt(idKey(text), 10, 64); err == nil {
			doc.Params[k] = n
		}
	}
}
