package site

import (
	"cmp"
	"strconv"
	"strings"
	"time"
)

// byDate orders talks by start time, undated last, then by title.
func byDate(a, b *Page) int {
	if c := compareTimes(a.Doc.Date, b.Doc.Date); c != 0 {
		return c
	}
	return cmp.Compare(a.Doc.Title, b.Doc.Title)
}

// newestFirst orders pages by date, newest first, undated last, then by
// title.
func newestFirst(a, b *Page) int {
	switch {
	case a.Doc.Date.IsZero() && !b.Doc.Date.IsZero():
		return 1
	case !a.Doc.Date.IsZero() && b.Doc.Date.IsZero():
		return -1
	}
	if c := b.Doc.Date.Compare(a.Doc.Date); c != 0 {
		return c
	}
	return cmp.Compare(a.Doc.Title, b.Doc.Title)
}

// compareTimes orders instants, with the zero time after every other.
func compareTimes(a, b time.Time) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Compare(b)
}

// expand fills a permalink pattern's :slug, :year, :month and :day, and
// escapes the result (EscapePath).
func expand(pattern, slug string, date time.Time) string {
	r := strings.NewReplacer(
		":slug", slug,
		":year", strconv.Itoa(date.Year()),
		":month", date.Format("01"),
		":day", date.Format("02"),
	)
	return EscapePath(r.Replace(pattern))
}
