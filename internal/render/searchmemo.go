package render

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// searchMemo keeps the entries of the search index between the builds of
// the preview, each as JSON beside the values it was made of. An edit
// changes few entries, and encoding every talk again, its text folded and
// cut, was most of the time of rendering the index. An entry is reused
// only when every value it was made of is the same as when it was
// encoded, so the index is byte for byte the one that encoding every
// entry gives.
type searchMemo struct {
	mu      sync.Mutex
	entries map[searchID]*searchEntry
}

// searchID names what an entry is of: a page by its file, a speaker by
// slug.
type searchID struct {
	kind int
	id   string
}

// searchFields are the fields of an entry, as searchIndexJSON lists them,
// before its tags and room are numbered.
type searchFields struct {
	kind               int
	title, link, names string
	tags               []string
	room, when, text   string
}

// searchEntry is one entry of the index as JSON but for the numbers of
// its tags and room, which depend on the entries before it.
type searchEntry struct {
	// in and date are what the entry was made of (see searchWriter.add).
	in   []string
	date time.Time
	// head is the JSON array up to the names field, or the link field
	// when the names and all after them are left out; tail is what
	// follows the room field, the closing bracket included.
	head, tail []byte
	tags       []string
	room       string
	// fields is how many fields the entry keeps: trailing empty ones
	// are left out, and the first three never are.
	fields int
}

// searchWriter writes the entries of one build's search index, reusing
// those its memo holds.
type searchWriter struct {
	// memo is the preview's, nil for a build, which keeps nothing.
	memo *searchMemo
	// last are the entries the memo kept, next those this index keeps.
	last, next map[searchID]*searchEntry
	list       []*searchEntry
}

// newSearchWriter starts an index with what memo, if not nil, kept of
// the last one.
func newSearchWriter(memo *searchMemo) *searchWriter {
	w := &searchWriter{}
	if memo != nil {
		// The map is replaced, never changed, so it is read without the
		// lock. Two builds at once would each keep a map of their own
		// entries, which both check before use.
		memo.mu.Lock()
		w.last = memo.entries
		memo.mu.Unlock()
		w.memo, w.next = memo, make(map[searchID]*searchEntry, len(w.last))
	}
	return w
}

// add adds the entry of id, made of the values in and the date date:
// the one kept from the last build when those are the same, else the one
// made of the fields that fields returns.
func (w *searchWriter) add(id searchID, in []string, date time.Time, fields func() searchFields) {
	var e *searchEntry
	if w.memo != nil {
		if old, ok := w.last[id]; ok && slices.Equal(old.in, in) && sameClock(old.date, date) {
			e = old
		}
	}
	if e == nil {
		e = encodeSearchEntry(fields())
		if w.memo != nil {
			e.in, e.date = slices.Clone(in), date
		}
	}
	if w.next != nil {
		w.next[id] = e
	}
	w.list = append(w.list, e)
}

// sameClock reports whether a and b are the same instant at the same
// offset from UTC, so that they read the same on a clock: their formats
// without a zone's name are the same.
func sameClock(a, b time.Time) bool {
	if !a.Equal(b) {
		return false
	}
	_, x := a.Zone()
	_, y := b.Zone()
	return x == y
}

// encodeSearchEntry encodes f, its text cut as the index keeps it.
func encodeSearchEntry(f searchFields) *searchEntry {
	e := &searchEntry{tags: slices.Clone(f.tags), room: f.room}
	text := clip(f.text, searchTextRunes)
	// Trailing empty fields are left out: the reader takes a missing
	// field for an empty one.
	empty := [...]bool{f.names == "", len(f.tags) == 0, f.room == "", f.when == "", text == ""}
	e.fields = 3 + len(empty)
	for e.fields > 3 && empty[e.fields-4] {
		e.fields--
	}
	e.head = append(e.head, '[')
	e.head = strconv.AppendInt(e.head, int64(f.kind), 10)
	e.head = appendJSONString(append(e.head, ','), f.title)
	e.head = appendJSONString(append(e.head, ','), strings.TrimPrefix(f.link, "/"))
	if e.fields > 3 {
		e.head = appendJSONString(append(e.head, ','), f.names)
	}
	if e.fields > 6 {
		e.tail = appendJSONString(append(e.tail, ','), f.when)
	}
	if e.fields > 7 {
		e.tail = appendJSONString(append(e.tail, ','), text)
	}
	e.tail = append(e.tail, ']')
	if searchEncoded != nil {
		searchEncoded(e)
	}
	return e
}

// appendJSONString appends s as encoding/json writes a string, HTML
// characters escaped.
func appendJSONString(dst []byte, s string) []byte {
	b, err := json.Marshal(s)
	if err != nil {
		// A string always marshals.
		panic(err)
	}
	return append(dst, b...)
}

// write writes the index, byte for byte as encoding/json writes it from
// a struct of its fields (the test's referenceIndex), and keeps its
// entries in the memo for the next build. Tags and rooms are numbered
// first, in the order of the entries, whether or not an entry writes
// them; the header, which lists them, is then written, and the entries
// after it into a buffer grown once.
func (w *searchWriter) write(buf *bytes.Buffer) {
	if w.memo != nil {
		w.memo.mu.Lock()
		w.memo.entries = w.next
		w.memo.mu.Unlock()
	}
	n := newSearchNumbers()
	// refs holds the tag numbers of every entry, one after the other;
	// ends[i] is where entry i's end, room[i] its room number.
	var refs []int
	ends := make([]int, len(w.list))
	room := make([]int, len(w.list))
	size := 0
	for i, e := range w.list {
		start := len(refs)
		refs, room[i] = n.number(refs, e.tags, e.room)
		ends[i] = len(refs)
		size += e.size(ends[i] - start)
	}
	if !n.header(buf, len(w.list)) {
		return
	}
	buf.Grow(size + 8)
	start := 0
	for i, e := range w.list {
		e.write(buf, i, refs[start:ends[i]], room[i])
		start = ends[i]
	}
	buf.WriteString("]}\n")
}

// searchNumbers numbers the tags and rooms of an index, each in the
// order of its first entry.
type searchNumbers struct {
	tagNames, roomNames []string
	tags, rooms         map[string]int
}

func newSearchNumbers() *searchNumbers {
	return &searchNumbers{tags: map[string]int{}, rooms: map[string]int{}}
}

// number numbers the tags and room of an entry, those not seen yet
// after the others, and returns refs with the entry's tag numbers
// appended, each once, and its room's number plus one, 0 for none.
func (n *searchNumbers) number(refs []int, tags []string, room string) ([]int, int) {
	start := len(refs)
	for _, name := range tags {
		r, ok := n.tags[name]
		if !ok {
			r = len(n.tagNames)
			n.tags[name] = r
			n.tagNames = append(n.tagNames, name)
		}
		if !slices.Contains(refs[start:], r) {
			refs = append(refs, r)
		}
	}
	if room == "" {
		return refs, 0
	}
	r, ok := n.rooms[room]
	if !ok {
		r = len(n.roomNames)
		n.rooms[room] = r
		n.roomNames = append(n.roomNames, room)
	}
	return refs, r + 1
}

// header writes the index up to its first entry, the tags and rooms
// numbered so far, and reports whether entries follow; an index of no
// entries is written whole.
func (n *searchNumbers) header(buf *bytes.Buffer, entries int) bool {
	buf.WriteString(`{"v":1,"kinds":`)
	writeJSONStrings(buf, searchKinds)
	buf.WriteString(`,"tags":`)
	writeJSONStrings(buf, n.tagNames)
	buf.WriteString(`,"rooms":`)
	writeJSONStrings(buf, n.roomNames)
	buf.WriteString(`,"e":`)
	if entries == 0 {
		// A nil list, as the index had no entries.
		buf.WriteString("null}\n")
		return false
	}
	buf.WriteByte('[')
	return true
}

// size is about the length of e written with tags tag numbers: a
// little more, as a number may take fewer than the room it is given.
func (e *searchEntry) size(tags int) int { return len(e.head) + len(e.tail) + 8*tags + 16 }

// write writes e, the i-th entry of the index, with the numbers of its
// tags and its room's (see searchNumbers.number).
func (e *searchEntry) write(buf *bytes.Buffer, i int, tags []int, room int) {
	var num [20]byte
	if i > 0 {
		buf.WriteByte(',')
	}
	buf.Write(e.head)
	if e.fields > 4 {
		buf.WriteString(",[")
		for j, r := range tags {
			if j > 0 {
				buf.WriteByte(',')
			}
			buf.Write(strconv.AppendInt(num[:0], int64(r), 10))
		}
		buf.WriteByte(']')
	}
	if e.fields > 5 {
		buf.WriteByte(',')
		buf.Write(strconv.AppendInt(num[:0], int64(room), 10))
	}
	buf.Write(e.tail)
}

// writeJSONStrings writes ss as a JSON array, [] when empty.
func writeJSONStrings(buf *bytes.Buffer, ss []string) {
	buf.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(appendJSONString(nil, s))
	}
	buf.WriteByte(']')
}
