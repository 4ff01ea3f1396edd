package site

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"lectern/internal/content"
)

// A talk moved to another time or room, or a note given another date,
// changes no URL of another page, no person, event or term: it changes
// where the page is in the lists that order pages by date (the talks,
// the notes, its people's, its event's, its terms'), its event's
// schedule, the site's newest date and the programme's record of it.
// Move re-derives those in place, with the model's own orders and
// functions, after Build's rules for ties: a list made from the pages
// in URL order keeps ties in URL order, one made from them in file
// order (people's, events', terms') in file order. It refuses, for a
// build to do it, wherever more could change or it was not worth
// proving: a hidden page (in no list, and rare), a date added or
// removed (an undated talk has no calendar, an undated note is dated
// from the site's history), an event whose dates come from its talks
// (the start and end every page of the event shows), a page twice in
// one list (a speaker named twice), and a build that knew an earlier
// programme (a talk moved since is shown as moved).

// timedFields are the fields, beyond movedFields, in which the document
// of a page moved in time may differ from the one its page was made of.
var timedFields = []string{"Date", "End", "Floating", "Room", "AllRooms"}

// retimeFields are movedFields and timedFields; retagFields are those,
// the tags (see retag.go) and the track, format and level (reterm.go).
var (
	retimeFields = append(slices.Clip(movedFields), timedFields...)
	retagFields  = append(append(slices.Clip(retimeFields), "Tags"), termFields...)
)

// retime places page p, whose date, end or room changed (old is a copy
// of p before the edit), where Build would: in every list that orders
// pages by them, in its event's schedule (or that of the talks of no
// event, when it is the site's), among the newest dates and in the
// programme. p already has its new document, its dates placed in its
// event's zone, and its URL. It returns a function that undoes all of
// it, or false, with nothing changed, when the edit could change more
// (see the comment at the top of the file).
func (s *Site) retime(p, old *Page) (undo func(), ok bool) {
	// A date of a month or a year is in its schedule's periods, not its
	// days, which the build lays out.
	if s.previous || p.Doc.Hidden || p.Doc.Date.IsZero() != old.Doc.Date.IsZero() || p.Doc.DatePrecision.Partial() || old.Doc.DatePrecision.Partial() {
		return nil, false
	}
	if e := p.Event; e != nil && e.derived {
		return nil, false
	}
	var undos []func()
	undo = func() {
		for _, f := range slices.Backward(undos) {
			f()
		}
	}
	byURL := func(a, b *Page) int { return strings.Compare(a.URL, b.URL) }
	byFile := func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) }
	place := func(list *[]*Page, order, tie func(a, b *Page) int) bool {
		was := *list
		switch n := count(was, p); {
		case n == 0:
			return true
		case n > 1:
			return false
		}
		at := slices.Index(was, p)
		l := slices.Delete(slices.Clone(was), at, at+1)
		i, _ := slices.BinarySearchFunc(l, p, func(a, b *Page) int { return cmp.Or(order(a, b), tie(a, b)) })
		*list = slices.Insert(l, i, p)
		undos = append(undos, func() { *list = was })
		return true
	}
	lists := []orderedList{{&s.Talks, byDate, byURL}, {&s.Notes, newestFirst, byURL}}
	for _, sp := range p.Speakers {
		lists = append(lists, orderedList{&sp.Talks, byDate, byFile})
	}
	for _, sp := range p.Authors {
		lists = append(lists, orderedList{&sp.Notes, newestFirst, byFile})
	}
	if e := p.Event; e != nil {
		lists = append(lists, orderedList{&e.Talks, e.byTime, byFile})
	}
	for _, t := range append(slices.Clip(p.Tags), p.Track, p.Format, p.Level) {
		if t != nil {
			lists = append(lists, orderedList{&t.Pages, newestFirst, byFile})
		}
	}
	for _, l := range lists {
		if !place(l.list, l.order, l.tie) {
			undo()
			return nil, false
		}
	}

	updated := s.Updated
	s.Updated = newest(s.Pages)
	undos = append(undos, func() { s.Updated = updated })

	undos = append(undos, s.relayout(p))

	talk := p.Doc.Kind == content.KindTalk
	if prog := s.Programme; prog != nil && talk {
		was, had := prog.Talks[p.URL]
		if HasTime(p.Doc.Date) {
			prog.Talks[p.URL] = Placement{Start: p.Doc.Date, Room: p.Doc.Room}
		} else {
			delete(prog.Talks, p.URL)
		}
		undos = append(undos, func() {
			if had {
				prog.Talks[p.URL] = was
			} else {
				delete(prog.Talks, p.URL)
			}
		})
	}
	return undo, true
}

// relayout lays out again, from its talks as they now are, the schedule
// showing page p: its event's, or that of the talks of no event when it
// is the site's; the site's main schedule is the new one when it was
// the old. It returns a function that puts the old schedules back.
func (s *Site) relayout(p *Page) (undo func()) {
	main := s.Schedule
	talk := p.Doc.Kind == content.KindTalk
	if e := p.Event; talk && e != nil && e.Schedule != nil {
		was := e.Schedule
		e.Schedule = s.schedulesOf(p)[0]
		if main == was {
			s.Schedule = e.Schedule
		}
		return func() { e.Schedule, s.Schedule = was, main }
	} else if p.Event == nil && talk && main != nil && main.Event == nil {
		s.Schedule = s.schedulesOf(p)[0]
		return func() { s.Schedule = main }
	}
	return func() {}
}

// orderedList is a list of pages of the model, with the order Build
// sorts it by and the order of the pages it was made from, which breaks
// the ties of a stable sort.
type orderedList struct {
	list       *[]*Page
	order, tie func(a, b *Page) int
}

// count is how many times p is in list.
func count(list []*Page, p *Page) int {
	n := 0
	for _, q := range list {
		if q == p {
			n++
		}
	}
	return n
}

// newest is the newest date of the pages that are not hidden, the first
// in the pages' order among equal instants, as lists computes it.
func newest(pages []*Page) time.Time {
	var t time.Time
	for _, p := range pages {
		if p.Doc.Date.After(t) && !p.Doc.Hidden {
			t = p.Doc.Date
		}
	}
	return t
}
