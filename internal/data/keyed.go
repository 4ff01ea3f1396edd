package data

import (
	"path"
	"strings"
	"unicode"

	"lectern/internal/content"
)

// keyedRecords returns the keys of a mapping that files its records
// under their ids, as Jekyll and Eleventy sites often write their data
// ({urban-legends: {title: …}, other-talk: {title: …}}, reached by the
// templates as site.data.sessions[id]): each value is a record, and its
// key is its id. ok is false for any other mapping.
//
// The mapping must not be one record itself, which may hold mappings
// too (a speaker's social: {twitter: …}): every value is a mapping with
// at least one field written as text, a number or a date (not only more
// mappings, as a tree of settings is), at least one of them has a title
// by the kind's aliases, and no key of the mapping is a field lectern
// reads (title, name, links, social…: Record uses none of them).
func keyedRecords(v *content.Value, kind content.Kind, fields map[string][]string) ([]string, bool) {
	if !v.IsMap() {
		return nil, false
	}
	keys := v.Keys()
	if len(keys) == 0 {
		return nil, false
	}
	o := content.RecordOptions{Path: "keyed", Kind: kind, Fields: fields}
	titled := false
	for _, k := range keys {
		x := v.Get(k)
		if x == nil || !x.IsMap() || !hasScalar(x) {
			return nil, false
		}
		if !titled && content.Record(x, o).Title != "" {
			titled = true
		}
	}
	if !titled {
		return nil, false
	}
	if self := content.Record(v, o); len(self.Params) < len(keys) {
		// Some key is a field of a record: the mapping is one.
		return nil, false
	}
	return keys, true
}

// hasScalar reports whether a mapping has a value that is neither a
// mapping, a list nor null: a field of a record.
func hasScalar(v *content.Value) bool {
	for _, k := range v.Keys() {
		if x := v.Get(k); x != nil && !x.IsMap() && !x.IsList() && !x.IsNull() {
			return true
		}
	}
	return false
}

// withKeyID returns a keyed record with its key as its id, as if it
// wrote id: <key>, unless it writes an id field of its own: other
// records name it by that key (a session's speakers: [josh-lee]).
func withKeyID(v *content.Value, key string, at *content.Value) *content.Value {
	for _, k := range idKeys {
		if x := v.Get(k); x != nil && !x.IsNull() {
			return v
		}
	}
	return v.With("id", content.TextValue(at.KeyPos(key), key))
}

// keySlug gives a keyed record that writes no slug its key as its slug,
// the name its author gave it, when the key holds a letter: a key of
// digits only ("424") is a number, and the title names the page better.
func keySlug(doc *content.Document, key string) {
	if doc.Fields.Has("slug") || !strings.ContainsFunc(key, unicode.IsLetter) {
		return
	}
	if s := content.Slugify(key); s != "" {
		doc.Slug = s
		doc.Path = path.Dir(doc.Path) + "/" + s + path.Ext(doc.Path)
	}
}
