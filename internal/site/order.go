package site

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// byDate orders talks by start time, undated last, then by title; the
// undated among themselves as undatedOrder does.
func byDate(a, b *Page) int {
	if c := compareTimes(a.Doc.Date, b.Doc.Date); c != 0 {
		return c
	}
	return cmp.Or(undatedOrder(a, b), undatedFiles(a, b), cmp.Compare(a.Doc.Title, b.Doc.Title))
}

// undatedOrder orders two undated talks by the time of day each writes
// alone (time: 9:15AM), those with one first; it is 0 for dated talks.
// A programme whose sessions have no day yet is still in the order of
// its times, which the titles do not know.
func undatedOrder(a, b *Page) int {
	if !a.Doc.Date.IsZero() || !b.Doc.Date.IsZero() {
		return 0
	}
	switch x, y := a.Doc, b.Doc; {
	case x.HasTimeOfDay && y.HasTimeOfDay:
		return cmp.Compare(x.TimeOfDay, y.TimeOfDay)
	case x.HasTimeOfDay != y.HasTimeOfDay:
		if x.HasTimeOfDay {
			return -1
		}
		return 1
	}
	return 0
}

// undatedFiles orders two undated talks by their files' paths, the
// order the author keeps them in (01-opening.md, 02-keynote.md, as
// Jekyll's collections list them); it is 0 for dated talks.
func undatedFiles(a, b *Page) int {
	if !a.Doc.Date.IsZero() || !b.Doc.Date.IsZero() {
		return 0
	}
	return strings.Compare(a.Doc.File, b.Doc.File)
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
