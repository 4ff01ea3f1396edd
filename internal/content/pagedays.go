package content

import (
	"strconv"
	"strings"
)

// bareDay reads a day of an event written as a bare number, without a
// sign or a label: 0 to 366.
func bareDay(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" || s[0] == '+' || s[0] == '-' {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n <= 366
}

// pageDaysFromZero sets in docs, a slice of Load's own, the days their
// talk pages name by
// a bare number counted as the site counts them. An Eleventy (or Jekyll)
// site whose talk pages each write "day: 0", "day: 1", looked up by its
// templates in the conference's list of days (site.days[day]), counts
// from 0, as JavaScript and Liquid do: when one talk page names day 0,
// and none a negative day, every bare number is an index from 0 (0 the
// first day, 1 the second). Otherwise a bare number counts from 1 and
// day 0 names no day. One page cannot say how its site counts, all of
// them do, so this runs once every page is read. A document changed is
// a copy with its own Extra, the one given left as it was, so that a
// document the previous build parsed can be given again. It reports
// whether any talk page names its day by a bare number.
func pageDaysFromZero(docs []*Document) (bare bool) {
	zero, negative := false, false
	for _, d := range docs {
		if d.Kind != KindTalk {
			continue
		}
		ed := d.Extras().EventDay
		bare = bare || ed.Bare
		if ed.Bare && ed.N == 0 {
			zero = true
		}
		if n, ok := d.Params["day"].(int64); ok && n < 0 {
			negative = true
		}
	}
	if !zero {
		return bare
	}
	for i, d := range docs {
		ed := d.Extras().EventDay
		if !ed.Bare {
			continue
		}
		c := *d
		c.OwnExtra()
		if negative {
			if ed.N == 0 {
				c.EditExtra().EventDay = EventDay{}
			}
		} else {
			c.EditExtra().EventDay.N++
		}
		docs[i] = &c
	}
	return bare
}
