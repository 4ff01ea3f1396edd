package site

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// An event page given another time zone moves every other page of its
// event in time: a date written without an offset keeps its wall clock
// in the new zone, one written with an offset is shown in it (see
// placeDates). Reevent makes that edit in place when rezone finds that
// it leaves every URL as it was. Every list holding a page of the event
// is ordered again, after Build's rules for ties (see retime), unless
// each two neighbours compare as they did (and so, the order being
// total, every pair, which is all a sort reads). The event's own talks
// are ordered again and its schedule laid out again by Reevent; the
// warnings of its talks' speakers in two places at once quote their
// times, and are swapped, and the programme kept for the next build
// records their new starts.

// rezone places the dates of every page of event e but page (its own
// page), whose zone e now has, again from what their files say, and
// orders again the lists holding them (see above); it returns their
// speakers' warnings before and after, and how to put it all back. ok
// is false, and nothing changed, when a URL would change.
func (s *Site) rezone(e *Event, page *Page) (undo func(), old, now diag.List, ok bool) {
	olds := map[*Page]*Page{}
	var moved []*Page
	var speakers []*Speaker
	for _, q := range s.Pages {
		if q.Event != e || q == page {
			continue
		}
		if q.source == nil {
			return nil, nil, nil, false
		}
		was := *q
		olds[q] = &was
		moved = append(moved, q)
		for _, sp := range q.Speakers {
			if !slices.Contains(speakers, sp) {
				speakers = append(speakers, sp)
			}
		}
	}
	checkSpeakers(speakers, &old)
	// The programme kept for the next build's notices of moves holds
	// each dated talk's start, in its zone.
	prog := map[string]Placement{}
	if s.Programme != nil {
		prog = s.Programme.Talks
	}
	placed := maps.Clone(prog)
	for _, q := range moved {
		q.Doc.Date, q.Doc.End = q.source.Date, q.source.End
		placeDates(&q.Doc, e)
		if q.Doc.Kind != content.KindTalk || s.Programme == nil {
			continue
		}
		// A time at midnight in one zone and not in the other takes the
		// talk out of the programme, or puts it in, as changes does.
		if HasTime(q.Doc.Date) {
			prog[q.URL] = Placement{Start: q.Doc.Date, Room: q.Doc.Room}
		} else {
			delete(prog, q.URL)
		}
	}
	undo = func() {
		for q, was := range olds {
			q.Doc.Date, q.Doc.End = was.Doc.Date, was.Doc.End
		}
		clear(prog)
		maps.Copy(prog, placed)
	}
	b := &builder{cfg: s.Config}
	for _, q := range moved {
		if b.pageURL(q) != q.URL {
			undo()
			return nil, nil, nil, false
		}
	}
	for _, l := range s.listsHolding(moved) {
		if keptNeighbours(*l.list, l.order, olds) {
			continue
		}
		was := *l.list
		sorted := slices.Clone(was)
		slices.SortStableFunc(sorted, func(a, b *Page) int { return cmp.Or(l.order(a, b), l.tie(a, b)) })
		*l.list = sorted
		prev := undo
		undo = func() { *l.list = was; prev() }
	}
	checkSpeakers(speakers, &now)
	return undo, old, now, true
}

// listsHolding are the lists ordered by date that hold pages (the
// site's talks and notes, their people's, their terms'), each once,
// with their orders and ties as retime has them.
func (s *Site) listsHolding(pages []*Page) []orderedList {
	byURL := func(a, b *Page) int { return strings.Compare(a.URL, b.URL) }
	byFile := func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) }
	seen := map[*[]*Page]bool{}
	var out []orderedList
	add := func(l *[]*Page, order, tie func(a, b *Page) int) {
		if len(*l) > 1 && !seen[l] {
			seen[l] = true
			out = append(out, orderedList{l, order, tie})
		}
	}
	add(&s.Talks, byDate, byURL)
	add(&s.Notes, newestFirst, byURL)
	for _, q := range pages {
		for _, sp := range q.Speakers {
			add(&sp.Talks, byDate, byFile)
		}
		for _, sp := range q.Authors {
			add(&sp.Notes, newestFirst, byFile)
		}
		for _, t := range append(slices.Clip(q.Tags), q.Track, q.Format, q.Level) {
			if t != nil {
				add(&t.Pages, newestFirst, byFile)
			}
		}
	}
	return out
}

// keptNeighbours reports whether every two neighbours of list, ordered
// by order, one of them moved (its page before in olds), compare as
// they did.
func keptNeighbours(list []*Page, order func(a, b *Page) int, olds map[*Page]*Page) bool {
	before := func(p *Page) *Page {
		if was := olds[p]; was != nil {
			return was
		}
		return p
	}
	for i := 1; i < len(list); i++ {
		a, b := list[i-1], list[i]
		if olds[a] == nil && olds[b] == nil {
			continue
		}
		if cmp.Compare(order(a, b), 0) != cmp.Compare(order(before(a), before(b)), 0) {
			return false
		}
	}
	return true
}
