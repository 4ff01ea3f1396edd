package content

import (
	"strings"
	"time"

	"lectern/internal/diag"
)

// fields reads the front matter of one document: it finds keys by any of
// their names, records where each known field was written, warns about
// values of the wrong shape, and remembers which keys it used so that the
// rest can go to Params.
type fields struct {
	doc   *Document
	root  *node
	loc   *time.Location
	index map[string]int // lower-cased key → position in root.keys
	used  []bool
	// utcDay reports that the date was written as midnight UTC in
	// JavaScript's form (isUTCMidnight): a day, which a time of day
	// written apart completes in the site's zone (clockTime).
	utcDay bool
	// forced is the kind a record's collection gives it; "" for a page.
	forced Kind
	// fallbackTitle finds a title when the fields give none: a page's
	// comes from its body or file name; a record has only its fields.
	fallbackTitle func()
	// permalinkOnly is Options.PermalinkOnly, for a page.
	permalinkOnly bool
	// rootURLs is Options.RootURLs, for a page.
	rootURLs bool
	// daysFromZero is RecordOptions.DaysFromZero, for a record.
	daysFromZero bool
	// pageDays marks a page's fields: a bare number as its talk's day
	// is kept as written (EventDay.Bare), 0 too, until all the site's
	// pages say how they count (pageDaysFromZero).
	pageDays bool
	// strs is Options.strs: Params' texts are boxed by it.
	strs *strtab
	// keepFront is Options.KeepFront, for a page.
	keepFront bool
	// collectionTags is Options.CollectionTags.
	collectionTags bool
	// collections name the collections of the site's config
	// (Options.Collections) and those the directory data over the page
	// files it into: a tag naming one is no subject.
	collections []string
	// spacedTags is Options.SpacedTags.
	spacedTags bool
	// monthFirst is Options.MonthFirst.
	monthFirst bool
	// externalPosts is Options.ExternalPosts.
	externalPosts bool
	// mediaPrefix is Options.MediaPrefix.
	mediaPrefix string
	// owner is Options.Owner, for a page.
	owner *Person
	// sectionPosts is Options.SectionPosts.
	sectionPosts bool
	// pandocFormat: "format" is Pandoc's output format (Options.Quarto).
	pandocFormat bool
	// own is the person a speaker page keeps under "speaker:" (see
	// ownPerson); nil when the page's top level declares its person.
	own *Person
	// spanEnd is the last day of an event dated by the days of one
	// month in one text (daySpan), at the field that wrote them: its
	// end when no end field gives one.
	spanEnd      parsedDate
	spanEndEntry entry
}

// newFields reads root in the first of langs it writes a text in, where
// it writes one per language (see localized).
func newFields(doc *Document, root *node, loc *time.Location, aliases map[string][]string, langs []string) *fields {
	root = localized(root, langs)
	f := &fields{doc: doc, root: root, loc: loc}
	if root == nil {
		return f
	}
	f.index = make(map[string]int, len(root.keys))
	f.used = make([]bool, len(root.keys))
	for i, e := range root.keys {
		k := strings.ToLower(e.key)
		if _, ok := f.index[k]; !ok {
			f.index[k] = i
		}
	}
	for i, e := range root.keys {
		// A key written in camelCase or with hyphens (JavaScript's
		// slideUrl, Hugo's video-url) answers to lectern's snake_case
		// names too, after any key written as that name itself.
		if k := snakeKey(e.key); k != "" {
			if _, ok := f.index[k]; !ok {
				f.index[k] = i
			}
		}
	}
	f.siteAliases(aliases)
	return f
}

// siteAliases makes a site's own field names (config.toml's [fields])
// answer for lectern's: with summary = ["hook"], a front matter with
// "hook" and no "summary" is read as if it had written "summary". A
// field the front matter names itself keeps its own value.
func (f *fields) siteAliases(aliases map[string][]string) {
	for field, names := range aliases {
		field = strings.ToLower(field)
		if _, ok := f.index[field]; ok {
			continue
		}
		for _, n := range names {
			if i, ok := f.index[strings.ToLower(n)]; ok {
				f.index[field] = i
				break
			}
		}
	}
}

// BareKey is a field's name lower-cased without its separators, as
// tools write one name several ways: "YouTube_ID", "youtubeId" and
// "start time" are "youtubeid" and "starttime". A leading underscore
// stays: it marks a key its author switched off or keeps private
// ("_sponsors" beside "sponsors", Hugo's "_build"), which is not the
// field it would name without it.
func BareKey(key string) string {
	b := keyMarks.Replace(strings.ToLower(key))
	if strings.HasPrefix(key, "_") {
		return "_" + b
	}
	return b
}

// keyMarks are the separators BareKey drops.
var keyMarks = strings.NewReplacer("_", "", "-", "", " ", "")

// snakeKey is key in snake_case ("slideUrl" and "slide-url" are
// "slide_url"), or "" when that is only key lower-cased.
func snakeKey(key string) string {
	plain := true
	for i := 0; i < len(key) && plain; i++ {
		c := key[i]
		plain = !(c == '-' || c == ' ' || 'A' <= c && c <= 'Z')
	}
	if plain {
		// Most keys are written in snake_case already: no copy.
		return ""
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c == '-' || c == ' ':
			b.WriteByte('_')
			changed = true
		case 'A' <= c && c <= 'Z':
			if i > 0 && key[i-1] != '_' && key[i-1] != '-' && !('A' <= key[i-1] && key[i-1] <= 'Z') {
				b.WriteByte('_')
				changed = true
			}
			b.WriteByte(c + 'a' - 'A')
		default:
			b.WriteByte(c)
		}
	}
	if !changed {
		return ""
	}
	return b.String()
}

// lookup returns the first of names (lectern's own name first, then its
// aliases) that the front matter sets to a value, and marks it used. Keys
// written with no value mean the default: they are marked used and
// skipped. Aliases that are set but not chosen stay for Params.
func (f *fields) lookup(names ...string) (entry, bool) {
	for _, name := range names {
		i, ok := f.index[name]
		if !ok || f.used[i] {
			continue
		}
		e := f.root.keys[i]
		f.used[i] = true
		if e.val.isNull() || e.val.kind == scalarNode && e.val.tag == tagString && strings.TrimSpace(e.val.text) == "" {
			continue
		}
		return e, true
	}
	return entry{}, false
}

// isKey reports whether entry e is the one that answers to name.
func (f *fields) isKey(e entry, name string) bool {
	i, ok := f.index[name]
	return ok && f.root.keys[i].pos == e.pos
}

// has reports whether any of names is set to a value, without using it.
func (f *fields) has(names ...string) bool {
	for _, name := range names {
		if i, ok := f.index[name]; ok && !f.root.keys[i].val.isNull() {
			return true
		}
	}
	return false
}

// peek returns the scalar text of name without using it.
func (f *fields) peek(name string) string {
	if i, ok := f.index[name]; ok {
		if v := f.root.keys[i].val; v.kind == scalarNode && v.tag != tagNull {
			return strings.TrimSpace(v.text)
		}
	}
	return ""
}

// record notes where the canonical field was written.
func (f *fields) record(field string, e entry) {
	f.doc.Fields.Set(field, e.pos)
}

// recordValue notes where the canonical field's value was written, for
// a field whose diagnostics are about the value (a URL, a slug) rather
// than the field.
func (f *fields) recordValue(field string, e entry) {
	f.record(field, entry{pos: e.val.pos})
}

func (f *fields) warnf(pos diag.Pos, format string, args ...any) {
	f.doc.Diags.Warnf(pos, format, args...)
}

// text reads a text field. Lists and mappings make no sense there and are
// reported.
func (f *fields) text(field string, names ...string) (string, entry, bool) {
	e, ok := f.lookup(names...)
	if !ok {
		return "", e, false
	}
	return f.entryText(field, e)
}

// entryText is text for the entry e, looked up for field: its text,
// recorded as field's, or a warning when it is not text.
func (f *fields) entryText(field string, e entry) (string, entry, bool) {
	if e.val.kind != scalarNode {
		f.warnf(e.pos, "%q should be text, not %s; the field is ignored", e.key, e.val.shape())
		return "", e, false
	}
	f.record(field, e)
	return cleanText(e.val.text), e, true
}

// setText stores a text field in dst when it is set.
func (f *fields) setText(dst *string, field string, names ...string) {
	if s, _, ok := f.text(field, names...); ok {
		*dst = s
	}
}

// cleanText trims blanks around s and turns the CRLF that exporters leave
// in long text into LF. Only ASCII blanks are trimmed: a non-breaking space
// was put there on purpose.
func cleanText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return strings.Trim(s, " \t\n")
}

// boolValue reads a yes/no value. YAML 1.2 knows only true and false, but a
// field that can only be yes or no may take the other spellings people use.
func boolValue(n *node) (value, ok bool) {
	if n.kind != scalarNode {
		return false, false
	}
	switch strings.ToLower(strings.TrimSpace(n.text)) {
	case "true", "yes", "y", "on", "1":
		return true, true
	case "false", "no", "n", "off", "0":
		return false, true
	}
	return false, false
}

// flag reads a boolean field.
func (f *fields) flag(field, name string) (value, set bool) {
	e, ok := f.lookup(name)
	if !ok {
		return false, false
	}
	v, ok := boolValue(e.val)
	if !ok {
		f.warnf(e.pos, "%q should be true or false, not %s; the field is ignored", e.key, describe(e.val))
		return false, false
	}
	f.record(field, e)
	return v, true
}

// describe quotes a scalar or names the shape of anything else.
func describe(n *node) string {
	if n.kind == scalarNode {
		return `"` + n.text + `"`
	}
	return n.shape()
}

// words reads a list of words written as a list or as comma-separated
// text: trimmed, empty ones dropped, duplicates that differ only in case
// removed, keeping the first spelling.
func (f *fields) words(e entry, what string) []string {
	var raw []string
	switch e.val.kind {
	case scalarNode:
		raw = strings.Split(e.val.text, ",")
	case listNode:
		for _, it := range e.val.items {
			if it.kind != scalarNode {
				f.warnf(it.pos, "each of %q should be %s, not %s; it is ignored", e.key, what, it.shape())
				continue
			}
			if it.tag != tagNull {
				raw = append(raw, it.text)
			}
		}
	default:
		f.warnf(e.pos, "%q should be a list or comma-separated text, not %s; the field is ignored", e.key, e.val.shape())
		return nil
	}
	return dedupeWords(nil, raw)
}

// dedupeWords appends to dst the words of raw not already in dst,
// ignoring case. Long lists go through a set: a list of thousands of tags
// would take seconds compared pair by pair.
func dedupeWords(dst, raw []string) []string {
	if len(dst)+len(raw) <= smallList {
		return dedupeFew(dst, raw)
	}
	seen := make(map[string]bool, len(dst)+len(raw))
	for _, have := range dst {
		seen[foldKey(have)] = true
	}
	for _, w := range raw {
		w = strings.TrimSpace(cleanText(w))
		if w == "" || seen[foldKey(w)] {
			continue
		}
		seen[foldKey(w)] = true
		dst = append(dst, w)
	}
	return dst
}

// smallList is the longest list of words deduplicated pair by pair,
// which for the few tags or rooms of a page is faster than a set.
const smallList = 16

// dedupeFew is dedupeWords for short lists.
func dedupeFew(dst, raw []string) []string {
	for _, w := range raw {
		w = strings.TrimSpace(cleanText(w))
		if w == "" {
			continue
		}
		dup := false
		for _, have := range dst {
			if strings.EqualFold(have, w) {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, w)
		}
	}
	return dst
}

// foldKey is the same for words that differ only in case: lowering, then
// raising, maps the letters strings.EqualFold also matches ("ſ" and "s",
// the Kelvin sign and "k") to one.
func foldKey(w string) string {
	return strings.ToUpper(strings.ToLower(w))
}

// date reads a date field from text, a YAML timestamp (by its text, not
// yaml.v3's reading of it) or a TOML datetime. partial allows a year or
// a month written alone, which dates a talk or a note but cannot end
// one or say when it changed.
func (f *fields) date(e entry, partial bool) (parsedDate, bool) {
	n := e.val
	if n.kind != scalarNode {
		f.warnf(e.pos, "%q should be a date like 2017-08-16 11:30, not %s; the field is ignored", e.key, n.shape())
		return parsedDate{}, false
	}
	if n.tag == tagBool && strings.EqualFold(n.text, "false") {
		// "time": false, as data files write a time not yet known for a
		// template testing {% if speaker.time %}: no date, and no fault.
		return parsedDate{}, false
	}
	if !n.time.IsZero() {
		return parsedDate{t: n.time, floating: n.floating, hasClock: true}, true
	}
	d, err := readDate(n.text, f.loc, f.monthFirst)
	if err == nil {
		return d, true
	}
	text := strings.TrimSpace(n.text)
	if first, last, ok := daySpan(text, f.loc, f.monthFirst); ok && f.doc.Kind == KindEvent {
		// "21 - 24 May 2025": the event starts on the first day and,
		// unless an end field says otherwise, ends on the last (dates).
		f.spanEnd, f.spanEndEntry = last, e
		return first, true
	}
	if d, named, ok := parsePartialDate(text, f.loc); ok {
		if !partial {
			f.warnf(n.pos, "%q value %q names no day; the field is ignored; write the day, like %s-01", e.key, n.text, partialStart(text))
			return parsedDate{}, false
		}
		if !named {
			// "Spring 2019": the season is not a month, so only the year
			// is kept, and the author may want to write the month.
			f.warnf(n.pos, "%q value %q names no month: it is read as the year %d; write the month, like %s", e.key, n.text, d.t.Year(), d.t.Format("May 2006"))
		}
		return d, true
	}
	if mdy, dmy, ok := ambiguousDate(text); ok {
		// Both readings are dates: say so rather than that the form is
		// unknown, and let the author choose.
		md, _ := time.Parse(time.DateOnly, mdy)
		dm, _ := time.Parse(time.DateOnly, dmy)
		f.warnf(n.pos, "cannot read %q value %q as a date: the day and the month could be either way round; write %s (%s) or %s (%s)", e.key, n.text, mdy, md.Format("2 January"), dmy, dm.Format("2 January"))
		return parsedDate{}, false
	}
	f.warnf(n.pos, "cannot read %q value %q as a date; %s", e.key, n.text, acceptedDates)
	return parsedDate{}, false
}

// params returns the keys no field used, as plain Go values.
// front is every field as written, as plain values (see
// Options.KeepFront).
func (f *fields) front() map[string]any {
	if f.root == nil {
		return nil
	}
	out := make(map[string]any, len(f.root.keys))
	for _, e := range f.root.keys {
		out[e.key] = e.val.valueIn(f.loc, f.strs)
	}
	return out
}

func (f *fields) params() map[string]any {
	if f.root == nil {
		return nil
	}
	var out map[string]any
	for i, e := range f.root.keys {
		if f.used[i] {
			continue
		}
		if out == nil {
			out = make(map[string]any)
		}
		out[e.key] = e.val.valueIn(f.loc, f.strs)
	}
	return out
}
