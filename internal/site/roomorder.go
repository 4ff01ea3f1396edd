package site

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// roomOrder returns a schedule's rooms in display order: listed (an
// event's rooms: list) as written, then every other room its talks use.
// Rooms a file names for many talks (a grid's columns, a slot's tracks
// or rooms list, a day's list of sessions: see roomKey) come first, in
// the order that file first names them, which is the order its author
// wants the columns in even when a room is first used later in the day.
// Rooms each named by a talk page (or a file of one record) alone
// follow, by the time each is first used, so that the room of the
// opening comes first, then by name in natural order (naturalCompare):
// the order of the files says nothing of them (pretalx names them by
// random codes), and the order the first talks sort in (start, then
// title) would put "Annex" before "Main hall" only because a talk
// titled "A…" opens there.
func roomOrder(listed []string, talks []*Page) []string {
	// A file that names the rooms of two talks or more lists them in
	// its author's order; one that names a single talk's says nothing
	// of the others'.
	named := map[string]int{}
	for _, p := range talks {
		if p.Doc.Room != "" {
			named[p.Doc.Pos("room").File]++
		}
	}
	first := map[string]roomKey{}
	var others []string
	for _, p := range talks {
		room := p.Doc.Room
		if room == "" || slices.Contains(listed, room) {
			continue
		}
		k := roomKey{start: p.Doc.Date, name: room}
		if pos := p.Doc.Pos("room"); named[pos.File] > 1 {
			k.file, k.line, k.col = pos.File, pos.Line, pos.Col
		}
		if at, ok := first[room]; !ok {
			others = append(others, room)
			first[room] = k
		} else if k.compare(at) < 0 {
			first[room] = k
		}
	}
	slices.SortStableFunc(others, func(a, b string) int { return first[a].compare(first[b]) })
	return append(slices.Clone(listed), others...)
}

// roomKey is where a talk puts its room in the order of a schedule's
// rooms.
type roomKey struct {
	// start is the talk's start (zero for an undated talk, which sorts
	// last).
	start time.Time
	// file, line and col are where the room is written when a file
	// names the rooms of many talks (a data schedule, a data file of
	// sessions); file is "" for a talk page or record file naming its
	// own room only, whose place among the site's files says nothing
	// of the room's.
	file      string
	line, col int
	name      string
}

func (k roomKey) compare(o roomKey) int {
	// A room no file lists ("" file) sorts after the listed ones.
	return cmp.Or(cmp.Compare(b2i(k.file == ""), b2i(o.file == "")), cmp.Compare(k.file, o.file),
		cmp.Compare(k.line, o.line), cmp.Compare(k.col, o.col),
		compareTimes(k.start, o.start), naturalCompare(k.name, o.name))
}

// naturalCompare orders names as people number rooms: runs of digits
// by their value ("Room 2" before "Room 10"), letters without regard
// to case, and names equal so far by their bytes.
func naturalCompare(a, b string) int {
	x, y := a, b
	for x != "" && y != "" {
		dx, dy := digits(x), digits(y)
		if dx > 0 && dy > 0 {
			nx, ny := strings.TrimLeft(x[:dx], "0"), strings.TrimLeft(y[:dy], "0")
			if c := cmp.Or(cmp.Compare(len(nx), len(ny)), strings.Compare(nx, ny)); c != 0 {
				return c
			}
			x, y = x[dx:], y[dy:]
			continue
		}
		if c := cmp.Compare(strings.ToLower(x[:1]), strings.ToLower(y[:1])); c != 0 {
			return c
		}
		x, y = x[1:], y[1:]
	}
	return cmp.Or(cmp.Compare(len(x), len(y)), strings.Compare(a, b))
}

// digits is the length of the run of ASCII digits s starts with.
func digits(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
