package data

import (
	"strings"

	"lectern/internal/content"
)

// Reading logs file their books in groups too: by status, under keys
// naming it ({current: [...], read: [...], wtr: [...], dnf: [...]}, as a
// Goodreads sync writes books.json), and by the year they were read
// ([{year: 2015, books: [...]}]). The group says what the book does not.

// shelve gives book, listed under key in group, what its filing says
// and it does not write itself: the status key names (currentlyReading,
// toRead, dnf; see content.ReadingStatus), else the status its group
// took from its own key; and the year its group names as when it was
// read, kept as written, for a book that writes no date it was read.
// A group's year is when its books were read, not when they came out:
// a book's own year field is that.
func shelve(book, group *content.Value, key string) *content.Value {
	if !book.IsMap() {
		return book
	}
	if field(book, "status") == nil {
		if _, ok := content.ReadingStatus(key); ok {
			book = book.With("status", content.TextValue(group.KeyPos(key), key))
		} else if st := field(group, "status"); st != nil && !st.IsList() && !st.IsMap() {
			book = book.With("status", st)
		}
	}
	if y := field(group, "year"); y != nil && !y.IsList() && !y.IsMap() && y.Text() != "" && !readDate(book) {
		book = book.With("date_read", y)
	}
	return book
}

// readDate reports whether book writes when it was read, by any name
// content reads one: a day or words naming one, not a mere yes
// (completed: true) or an empty field (finished: ""), which leave the
// group's year the only word on when.
func readDate(book *content.Value) bool {
	for _, n := range content.ReadDateNames() {
		if d := field(book, n); d != nil && !d.IsList() && !d.IsMap() {
			switch strings.ToLower(strings.TrimSpace(d.Text())) {
			case "", "true", "false", "yes", "no":
				continue
			}
			return true
		}
	}
	return false
}
