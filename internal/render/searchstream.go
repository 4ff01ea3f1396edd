package render

import (
	"bytes"
	"time"
	"unicode/utf8"
)

// streamSearchIndex writes the search index of a build, which keeps no
// entry for the next (see searchMemo), in two passes over the site: the
// first numbers the tags and rooms, which the header lists, and sums
// about how long the entries will be; the second encodes each entry and
// writes it at once. searchWriter.write, which the preview uses, holds
// every encoded entry until the last is made: about ten megabytes at
// 10,000 talks, for an index of five. The bytes are the same.
func (b *jobs) streamSearchIndex(buf *bytes.Buffer) {
	n := newSearchNumbers()
	var refs []int
	entries, size := 0, 0
	b.searchEntries(func(_ searchID, _ []string, _ time.Time, fields func() searchFields) {
		f := fields()
		refs, _ = n.number(refs[:0], f.tags, f.room)
		entries++
		size += f.size(len(refs))
	})
	if !n.header(buf, entries) {
		return
	}
	buf.Grow(size + 8)
	i := 0
	b.searchEntries(func(_ searchID, _ []string, _ time.Time, fields func() searchFields) {
		f := fields()
		var room int
		refs, room = n.number(refs[:0], f.tags, f.room)
		encodeSearchEntry(f).write(buf, i, refs, room)
		i++
	})
	buf.WriteString("]}\n")
}

// searchEncoded, when set, is called with each entry encodeSearchEntry
// makes: tests set it to follow how long entries are held.
var searchEncoded func(*searchEntry)

// size is about the length of the entry of f written with tags tag
// numbers, for the buffer to be grown once: its strings' lengths with
// the text cut, and room for a few characters escaped.
func (f searchFields) size(tags int) int {
	n := len(f.title) + len(f.link) + len(f.names) + len(f.room) + len(f.when) + 8*tags + 32
	if len(f.text) <= searchTextRunes || utf8.RuneCountInString(f.text) <= searchTextRunes {
		n += len(f.text)
	} else {
		n += len(f.text) * searchTextRunes / utf8.RuneCountInString(f.text)
	}
	return n + n/16
}
