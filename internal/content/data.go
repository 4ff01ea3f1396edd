package content

import (
	"bytes"
	"path"
	"strings"
	"time"

	"lectern/internal/diag"
)

// Value is one value of a data file (YAML, JSON, TOML or CSV) with the
// position it was written at: a mapping, a list or a scalar. It is the
// same tree front matter is read into, so that a record of a data file
// is read by the same field aliases as a page (see Record). A Value is
// never modified once DecodeData returns it.
type Value struct{ n *node }

// DataExt reports whether a file name has the extension of a data file
// that DecodeData reads: .yml, .yaml, .json, .toml or .csv.
func DataExt(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".yml", ".yaml", ".json", ".toml", ".csv":
		return true
	}
	return false
}

// DecodeData reads a data file by its extension. A date written without
// a UTC offset is in loc. It returns nil with an error diagnostic,
// positioned and saying how to fix it, when the file cannot be read; an
// empty file is an empty mapping. It never panics, whatever src holds.
func DecodeData(file string, src []byte, loc *time.Location) (*Value, diag.List) {
	if loc == nil {
		loc = time.UTC
	}
	text, diags := repairText(file, src)
	var root *node
	var d diag.List
	switch strings.ToLower(path.Ext(file)) {
	case ".yml", ".yaml":
		root, d = yamlValue(file, text, 1, dataFile)
	case ".json":
		root, d = jsonData(file, text)
	case ".toml":
		root, d = tomlTree(file, text, 1, loc, dataFile)
	case ".csv":
		root, d = csvTree(file, text)
	default:
		d.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "cannot read %s as data: name it .yml, .yaml, .json, .toml or .csv", path.Base(file))
	}
	diags.Append(d)
	if root == nil {
		return nil, diags
	}
	// A programme repeats its speakers, rooms and tracks on every
	// session: the records made from it hold one copy of each.
	newStrtab().tree(root)
	return &Value{root}, diags
}

// jsonData reads a whole file as one JSON value; text after it is an
// error, as a second value is not JSON.
func jsonData(file string, text []byte) (*node, diag.List) {
	start, _ := firstContentLine(text)
	if start < 0 {
		return &node{kind: mapNode, pos: diag.Pos{File: file, Line: 1, Col: 1}}, nil
	}
	root, end, diags := jsonTree(file, text, start, dataFile)
	if root == nil {
		return nil, diags
	}
	if rest := bytes.TrimSpace(text[end:]); len(rest) > 0 {
		line, col := lineCol(text, len(text)-len(bytes.TrimLeft(text[end:], " \t\r\n")))
		diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, "cannot parse data file: more text after the JSON value; a file holds one value, so wrap several in a list [ … ]")
		return nil, diags
	}
	return root, diags
}

// Pos is where the value is written.
func (v *Value) Pos() diag.Pos { return v.n.pos }

// IsMap reports whether the value is a mapping of keys to values.
func (v *Value) IsMap() bool { return v.n.kind == mapNode }

// IsList reports whether the value is a list.
func (v *Value) IsList() bool { return v.n.kind == listNode }

// IsNull reports whether the value is empty: a key with nothing after it.
func (v *Value) IsNull() bool { return v.n.isNull() }

// Text is a scalar's text as written, trimmed; "" for a mapping, a list
// or null.
func (v *Value) Text() string {
	if v.n.kind != scalarNode || v.n.tag == tagNull {
		return ""
	}
	return cleanText(v.n.text)
}

// Items are a list's values; nil for anything else.
func (v *Value) Items() []*Value {
	if v.n.kind != listNode {
		return nil
	}
	out := make([]*Value, len(v.n.items))
	for i, it := range v.n.items {
		out[i] = &Value{it}
	}
	return out
}

// Keys are a mapping's keys in the order written; nil for anything else.
func (v *Value) Keys() []string {
	out := make([]string, 0, len(v.n.keys))
	for _, e := range v.n.keys {
		out = append(out, e.key)
	}
	return out
}

// Get returns the value of key in a mapping, case ignored, or nil.
func (v *Value) Get(key string) *Value {
	if n := v.n.get(key); n != nil {
		return &Value{n}
	}
	return nil
}

// With returns a mapping of v's keys and key: val after them, as a
// record inherits a field from the group it is written in (a day's date
// for the sessions listed under it); v itself is unchanged. A value that
// is not a mapping is returned as it is.
func (v *Value) With(key string, val *Value) *Value {
	if v.n.kind != mapNode || val == nil {
		return v
	}
	n := *v.n
	n.keys = append(append(make([]entry, 0, len(v.n.keys)+1), v.n.keys...), entry{key: key, pos: val.n.pos, val: val.n, inherited: true})
	return &Value{&n}
}

// ListOf returns a list of items, written where at is: the records a
// file holds in groups, read as one list (a reading list's books filed
// by year).
func ListOf(at *Value, items []*Value) *Value {
	n := &node{kind: listNode, pos: at.n.pos, items: make([]*node, len(items))}
	for i, it := range items {
		n.items[i] = it.n
	}
	return &Value{n}
}

// TextValue returns a scalar holding s, written at pos: a field a record
// takes from where it is filed (a book's status from the name of the
// group it is listed under) rather than from its own text.
func TextValue(pos diag.Pos, s string) *Value {
	return &Value{&node{kind: scalarNode, pos: pos, text: s}}
}

// KeyPos is where key is written in a mapping, or the mapping's own
// position when it is not there.
func (v *Value) KeyPos(key string) diag.Pos {
	for _, e := range v.n.keys {
		if strings.EqualFold(e.key, key) {
			return e.pos
		}
	}
	return v.n.pos
}

// Plain is the value as plain Go values, as Params holds them: string,
// bool, int64, float64, time.Time, []any, map[string]any or nil. A date
// written without a UTC offset is in loc.
func (v *Value) Plain(loc *time.Location) any {
	if loc == nil {
		loc = time.UTC
	}
	return v.n.value(loc)
}

// Time reads a scalar as a date and time, as the date field of a page
// is read; ok is false when it is not one.
func (v *Value) Time(loc *time.Location) (t time.Time, floating, ok bool) {
	if loc == nil {
		loc = time.UTC
	}
	if v.n.kind != scalarNode || v.n.tag == tagNull {
		return time.Time{}, false, false
	}
	if !v.n.time.IsZero() {
		return v.n.time, v.n.floating, true
	}
	d, err := parseDate(v.n.text, loc)
	if err != nil {
		return time.Time{}, false, false
	}
	return d.t, d.floating, true
}
