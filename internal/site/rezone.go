package site

import (
	"cmp"
	"maps"
	"slices"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// An event page given another time zone moves every other page of its
// event in time: a date written without an offset keeps its wall clock
// in the new zone, one written with an offset is shown in it (see
// placeDates). Reevent makes that edit in place when rezone finds that
// it leaves every URL as it was and every list in its order: each list
// holding a page of the event compares every pair of neighbours as it
// did before, and so, its order being total, every pair, which is all
// a sort reads. The event's own talks are ordered again and its
// schedule laid out again by Reevent; the warnings of its talks'
// speakers in two places at once quote their times, and are swapped.

// rezone places the dates of every page of event e but page (its own
// page), whose zone e now has, again from what their files say, and
// reports whether their URLs, whether they have a time, and the order
// of every list holding them are kept (see above), with their speakers' warnings before and after
// and how to put their dates back. ok is false, and the pages' dates
// as they were, when they are not.
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
		if at, ok := prog[q.URL]; ok && q.Doc.Kind == content.KindTalk {
			at.Start = q.Doc.Date
			prog[q.URL] = at
		}
	}
	undo = func() {
		for q, was := range olds {
			q.Doc.Date, q.Doc.End = was.Doc.Date, was.Doc.End
		}
		maps.Copy(prog, placed)
	}
	b := &builder{cfg: s.Config}
	for _, q := range moved {
		// A time at midnight in one zone and not in the other puts the
		// talk among the untimed, or takes it out.
		if b.pageURL(q) != q.URL || HasTime(q.Doc.Date) != HasTime(olds[q].Doc.Date) {
			undo()
			return nil, nil, nil, false
		}
	}
	for _, l := range s.listsHolding(moved) {
		if !keptNeighbours(l, olds) {
			undo()
			return nil, nil, nil, false
		}
	}
	checkSpeakers(speakers, &now)
	return undo, old, now, true
}

// listsHolding are the lists sorted by date that hold pages (the
// site's talks and notes, their people's, their terms'), each once.
func (s *Site) listsHolding(pages []*Page) []sortedList {
	seen := map[**Page]bool{}
	var out []sortedList
	add := func(l []*Page, order func(a, b *Page) int) {
		if len(l) > 1 && !seen[&l[0]] {
			seen[&l[0]] = true
			out = append(out, sortedList{l, order})
		}
	}
	add(s.Talks, byDate)
	add(s.Notes, newestFirst)
	for _, q := range pages {
		for _, sp := range append(slices.Clip(q.Speakers), q.Authors...) {
			add(sp.Talks, byDate)
			add(sp.Notes, newestFirst)
		}
		for _, t := range append(slices.Clip(q.Tags), q.Track, q.Format, q.Level) {
			if t != nil {
				add(t.Pages, newestFirst)
			}
		}
	}
	return out
}

// keptNeighbours reports whether every two neighbours of list l, one of
// them moved (its page before in olds), compare as they did.
func keptNeighbours(l sortedList, olds map[*Page]*Page) bool {
	before := func(p *Page) *Page {
		if was := olds[p]; was != nil {
			return was
		}
		return p
	}
	for i := 1; i < len(l.pages); i++ {
		a, b := l.pages[i-1], l.pages[i]
		if olds[a] == nil && olds[b] == nil {
			continue
		}
		if cmp.Compare(l.order(a, b), 0) != cmp.Compare(l.order(before(a), before(b)), 0) {
			return false
		}
	}
	return true
}
