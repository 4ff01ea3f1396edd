package site

import (
	"cmp"
	"slices"
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

// byTitle orders pages by title, as written.
func byTitle(a, b *Page) int { return cmp.Compare(a.Doc.Title, b.Doc.Title) }

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
	return EscapePath(replaceTokens(pattern, dateTokens, func(tok string) string {
		switch tok {
		case ":slug":
			return slug
		case ":year":
			return strconv.Itoa(date.Year())
		case ":month":
			return date.Format("01")
		}
		return date.Format("02") // ":day"
	}))
}

// dateTokens are the tokens expand fills, tried in this order at each
// colon; none is a prefix of another.
var dateTokens = []string{":slug", ":year", ":month", ":day"}

// sortFolded sorts xs stably by the lower case of name(x), then by tie.
// Each name is lowered once, not at every comparison: a site's speakers
// and reading entries are sorted at every build, and lowering inside
// the comparison made a new string per comparison, n log n of them.
func sortFolded[T any](xs []T, name func(T) string, tie func(a, b T) int) {
	keyed := make([]folded[T], len(xs))
	for i, x := range xs {
		keyed[i] = folded[T]{strings.ToLower(name(x)), x}
	}
	slices.SortStableFunc(keyed, func(a, b folded[T]) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return tie(a.x, b.x)
	})
	for i, k := range keyed {
		xs[i] = k.x
	}
}

// folded is a value with the lower case of its name, for sortFolded.
type folded[T any] struct {
	key string
	x   T
}
