package content

import (
	"strings"
	"time"
)

// bookKeys are front matter fields that only a book's own file has: a
// file of a reading folder with one of them, and no list of items, is one
// book. The author alone is not enough, as a reading list has a writer.
var bookKeys = []string{
	"isbn", "isbn13", "isbn10", "status", "shelf", "rating",
	"date_read", "read_date", "read_at", "read", "finished", "date_finished", "finished_at",
	"finish_date", "finished_on", "completed", "started", "date_started", "started_at", "started_on", "start_date", "goodreads",
	"completed_date", "finished_date", "started_date",
}

// bookNames are names, each after its book_ form: a book's file may
// prefix its book's fields (book_authors, book_rating), as Hugo
// bookshelf themes do to keep them apart from the page's own (its
// authors are the reviewers), and the prefixed one is the book's.
func bookNames(names ...string) []string {
	out := make([]string, 0, 2*len(names))
	for _, n := range names {
		out = append(out, "book_"+n)
	}
	return append(out, names...)
}

// isBook reports whether the reading page being read is one book of a
// one-book-per-file collection (a _books/ folder, say) rather than a
// reading list: it has a book field and no list of items.
func (f *fields) isBook() bool {
	if f.doc.Kind != KindReading || f.has("items", "books", "links") {
		return false
	}
	if i, ok := f.index["reading"]; ok && f.root.keys[i].val.kind == listNode {
		return false
	}
	if f.has(bookKeys...) {
		return true
	}
	// A book_ field is the book's, its author too (book_authors).
	for _, k := range append([]string{"author", "authors"}, bookKeys...) {
		if f.has("book_" + k) {
			return true
		}
	}
	return false
}

// book reads a book's own file as its one reading entry: its title, its
// author or authors (names, or {first, last} mappings) as the book's
// author rather than the page's writer, its link, ISBN, status or shelf,
// rating, the year it came out (published), and when it was read: the
// first of a "read" list of {start, end} (newest first, as such sites
// write it), or the read and started fields. A page that is no book
// (see isBook) is left alone.
func (f *fields) book() {
	if !f.isBook() {
		return
	}
	doc := f.doc
	it := Item{Title: doc.Title}
	for _, name := range bookNames("author", "authors") {
		if e, ok := f.lookup(name); ok {
			f.recordOnce("author", e)
			var names []string
			for _, p := range f.persons(e) {
				names = append(names, p.Name)
			}
			it.Author = strings.Join(names, ", ")
			break
		}
	}
	for _, name := range bookNames(bookLinkKeys...) {
		if s := f.peek(name); strings.Contains(s, "://") {
			if s, e, ok := f.text("link", name); ok {
				it.URL = f.link(e.val.pos, e.key, s)
			}
			break
		}
	}
	if s, _, ok := f.text("isbn", bookNames("isbn", "isbn13", "isbn10")...); ok {
		it.ISBN = NormalizeISBN(s)
	}
	for _, name := range bookNames(bookCoverNames...) {
		if s := f.peek(name); s != "" {
			it.Cover = itemCover(s)
			break
		}
	}
	if s, e, ok := f.text("status", bookNames("status", "shelf")...); ok {
		if st, known := readingStatus(s); known {
			it.Status = st
		} else {
			f.warnf(e.val.pos, "unknown reading status %q; use to-read, reading, read or abandoned", s)
		}
	}
	if e, ok := f.lookup(bookNames("rating")...); ok {
		if v, problem := rating(e.val); problem != "" {
			f.warnf(e.val.pos, "rating %s %s; use 1 to 5 (halves such as 4.5 too)", describe(e.val), problem)
		} else {
			it.Rating = v
		}
	}
	if i, ok := f.index["published"]; ok && f.root.keys[i].val.kind == scalarNode {
		if _, isBool := boolValue(f.root.keys[i].val); !isBool {
			if e, ok := f.lookup("published"); ok {
				if d, ok := f.date(e, false); ok {
					it.Year = d.t.Year()
				}
			}
		}
	}
	if e, ok := f.lookup("series"); ok {
		var number *node
		if n, ok := f.lookup(seriesKeysBeside...); ok {
			number = n.val
		}
		f.series(&it, e.val, number)
	}
	var done bool
	it.Started, it.Date, done = f.readDates()
	impliedStatus(&it, done || !it.Date.IsZero())
	if e, ok := f.lookup("tags"); ok {
		it.Tags = f.words(e, "a word")
		f.unuse(e) // the page's tags too
	}
	it.Note = f.bookNote()
	doc.Items = []Item{it}
	doc.Book = true
}

// readDates returns when a book was started and finished: from a "read"
// field (a date, or a list of {start, end} whose first is the latest
// reading), else from the started and read fields; done is whether a
// field says it was finished without a day (completed: true). An empty
// field (finished: "") names no day and is no date to warn about.
func (f *fields) readDates() (started, read time.Time, done bool) {
	dateOf := func(names ...string) time.Time {
		if e, ok := f.lookup(names...); ok && !blank(e.val) {
			if v, isBool := boolValue(e.val); isBool {
				done = done || v
				return time.Time{}
			}
			if d, ok := f.date(e, false); ok {
				return d.t
			}
		}
		return time.Time{}
	}
	if e, ok := f.lookup("read"); ok {
		n := e.val
		if n.kind == listNode && len(n.items) > 0 {
			n = n.items[0]
		}
		switch n.kind {
		case mapNode:
			for _, k := range []string{"start", "started"} {
				if v := n.get(k); v != nil && !v.isNull() {
					if d, ok := f.date(entry{key: k, pos: v.pos, val: v}, false); ok {
						started = d.t
					}
					break
				}
			}
			for _, k := range []string{"end", "finished", "date"} {
				if v := n.get(k); v != nil && !v.isNull() {
					if d, ok := f.date(entry{key: k, pos: v.pos, val: v}, false); ok {
						read = d.t
					}
					break
				}
			}
		case scalarNode:
			if _, isBool := boolValue(n); !isBool {
				if d, ok := f.date(entry{key: e.key, pos: n.pos, val: n}, false); ok {
					read = d.t
				}
			}
		}
	}
	if read.IsZero() {
		read = dateOf(readDateKeys...)
	}
	if started.IsZero() {
		started = dateOf(startedKeys...)
	}
	return started, read, done
}

// NormalizeISBN keeps the digits and a final X of an ISBN, so that
// "978-0-13-110362-7" and "9780131103627" are one book.
func NormalizeISBN(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'x' || r == 'X':
			b.WriteByte('X')
		}
	}
	return b.String()
}

// bookNoteKeys are the fields a book's own file writes a short review
// in, beside the page's body (review: "Patient and strange.", as Astro
// book schemas name it): the book's note, shown with it on /reading/.
// description is not among them: it is the page's summary.
var bookNoteKeys = []string{"note", "notes", "review", "comment", "thoughts", "remarks"}

// bookNote is the note of a book's own file (see bookNoteKeys): a text,
// or a list of texts, its paragraphs. A yes or no (review: true, as a
// theme's switch for a review section) is no note.
func (f *fields) bookNote() string {
	for _, name := range bookNames(bookNoteKeys...) {
		e, ok := f.lookup(name)
		if !ok {
			continue
		}
		if _, isBool := boolValue(e.val); isBool {
			f.unuse(e)
			continue
		}
		if s := noteText(&node{kind: mapNode, keys: []entry{e}}, e.key); s != "" {
			f.record("note", e)
			return s
		}
	}
	return ""
}
