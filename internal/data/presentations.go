package data

import (
	"strings"

	"lectern/internal/content"
)

// presentationNames are the base names of files that hold a person's
// talks only when their entries are talks. An academic's or a
// speaker's _data/presentations.yml is as often a list of citations
// ({citation, links}, filed by year) or of bare {link, date} entries as
// a list of talks, so the name alone is not enough, as talks.yml is.
var presentationNames = map[string]bool{"presentation": true, "presentations": true}

// talkListSuffixes end the names of files that list a kind of talk a
// person gave (_data/invited_talks.yml, contributed-talks.yaml,
// conference_presentations.yml): the last word of the name says what
// the file holds, the words before it which of them.
var talkListSuffixes = []string{"talks", "presentations"}

// wrapperKeys are the keys that wrap each talk of a list in a mapping
// of its own (- presentation: {title, event, date, slides}), as a
// template shared by academic sites writes _data/presentations.yml.
var wrapperKeys = []string{"presentation", "talk"}

// namesPresentations reports whether rel's base name is one whose
// entries are talks only when they read as talks (talksIfTalks).
func namesPresentations(rel string) bool {
	name := fold(stem(rel))
	if presentationNames[name] {
		return true
	}
	for _, sep := range []string{"_", "-"} {
		for _, s := range talkListSuffixes {
			if strings.HasSuffix(name, sep+s) && len(name) > len(sep+s) {
				return true
			}
		}
	}
	return false
}

// talksIfTalks returns the talks a presentations file lists, each
// unwrapped from its wrapper key, and whether the file is one of talks.
// It is when it is a list (or a mapping holding one list of records)
// every entry of which, read as a talk, has a title or an event, and
// says when, where or with what it was given: a date, a venue or
// place, an event, slides, a video or links. A list of citations, of
// bare links with their dates, or of years grouping either, is not,
// and stays data only, with no record read and so no warning. The
// decision is the file's, made on all its entries, so it does not
// depend on their order.
func talksIfTalks(v *content.Value, fields map[string][]string) (*content.Value, bool) {
	list := v
	if v.IsMap() {
		l, ok := recordList(v)
		if !ok {
			if l, ok = settingsList(v, content.KindTalk, fields); !ok {
				return nil, false
			}
		}
		list = l
	}
	if !list.IsList() {
		return nil, false
	}
	items := unwrapTalks(list.Items())
	if len(items) == 0 {
		return nil, false
	}
	o := content.RecordOptions{Path: "presentations", Kind: content.KindTalk, Fields: fields}
	for _, it := range items {
		if !it.IsMap() || it.Get("citation") != nil {
			return nil, false
		}
		doc := content.Record(it, o)
		if doc.Title == "" && doc.Event == "" {
			return nil, false
		}
		given := !doc.Date.IsZero() || it.Get("date") != nil || it.Get("year") != nil ||
			doc.Venue != "" || doc.Room != "" || doc.Event != "" ||
			doc.Slides != "" || doc.Video != "" || len(doc.Links) > 0
		if !given {
			return nil, false
		}
	}
	if v.IsMap() {
		return content.ListOf(list, items), true
	}
	return content.ListOf(v, items), true
}

// unwrapTalks returns items with each entry that is a mapping of one
// wrapper key holding a mapping (- presentation: {title: …}) replaced
// by that mapping, when every entry is so written; else items as they
// are.
func unwrapTalks(items []*content.Value) []*content.Value {
	out := make([]*content.Value, 0, len(items))
	for _, it := range items {
		inner := wrapped(it)
		if inner == nil {
			return items
		}
		out = append(out, inner)
	}
	return out
}

// wrapped returns the mapping an entry wraps under one of wrapperKeys,
// or nil when the entry is not so written.
func wrapped(it *content.Value) *content.Value {
	if !it.IsMap() {
		return nil
	}
	keys := it.Keys()
	if len(keys) != 1 || !inKeys(strings.ToLower(keys[0]), wrapperKeys) {
		return nil
	}
	if x := it.Get(keys[0]); x != nil && x.IsMap() {
		return x
	}
	return nil
}
