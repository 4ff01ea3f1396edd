package site

import (
	"cmp"
	"path"
	"slices"
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
)

// An event that sets no dates takes them from its talks (finishEvents):
// from the earliest start to the latest end. One that no event page or
// config.toml declares is made by the first talk, in file order, whose
// event field names it (eventNamed): that talk names it, and a talk of
// no event after it joins it when it is the site's only event. A talk
// added to such an event, or removed from it, changes none of that when
// the dates its talks give and the talk making it are the same with it
// as without it: Add and Remove then put it in place or take it out as
// for any event (keepsEvent). Otherwise the event's dates, its place
// among the events, its name or its talks would change, which a build
// decides.

// derivedDates are the dates talks give an event that sets none, as
// finishEvents gives them: the earliest start, the latest end (or start
// when a talk has no end); zero without a dated talk.
func derivedDates(talks []*Page) (start, end time.Time) {
	for _, t := range talks {
		// A talk dated by its month or year alone would give the event
		// the first day of it, a day the talk does not name.
		if t.Doc.Date.IsZero() || t.Doc.DatePrecision.Partial() {
			continue
		}
		if start.IsZero() || t.Doc.Date.Before(start) {
			start = t.Doc.Date
		}
		if last := cmp.Or(t.Doc.End, t.Doc.Date); last.After(end) {
			end = last
		}
	}
	return start, end
}

// keepsEvent reports whether event e, given talks instead of its own,
// keeps its dates and name (see the comment above); an event whose
// dates its page or config.toml sets always does. talks must not be
// empty: an event without talks has no dates to take.
func (s *Site) keepsEvent(e *Event, talks []*Page) bool {
	if !e.derived {
		return true
	}
	if len(talks) == 0 {
		return false
	}
	if start, end := derivedDates(talks); start != e.Start || end != e.End {
		return false
	}
	if !s.madeByFields(e) {
		return true
	}
	// Build makes the event as it reaches the first talk naming it, in
	// file order: that talk gives it its name, and a talk of no event
	// after it joins it when it is the site's only event (eventFor).
	first := firstNaming(talks)
	return first != nil && first == firstNaming(e.Talks)
}

// firstNaming is the first of talks, in file order, whose event field
// names its event; nil for none.
func firstNaming(talks []*Page) *Page {
	var first *Page
	for _, t := range talks {
		if t.Doc.Event != "" && (first == nil || t.Doc.File < first.Doc.File) {
			first = t
		}
	}
	return first
}

// madeByFields reports whether event e is made by pages' event fields:
// neither an event page nor config.toml declares it.
func (s *Site) madeByFields(e *Event) bool {
	return e.Page == nil && !s.declared(e)
}

// declared reports whether config.toml declares event e.
func (s *Site) declared(e *Event) bool {
	return slices.ContainsFunc(s.Config.Events, func(ce config.Event) bool {
		return cmp.Or(ce.Slug, content.Slugify(ce.Name)) == e.Slug
	})
}

// withTalk is talks with p among them, in file order as the event's
// name is given (the order does not matter to the dates).
func withTalk(talks []*Page, p *Page) []*Page {
	out := slices.Clone(talks)
	i, _ := slices.BinarySearchFunc(out, p, func(a, b *Page) int { return strings.Compare(a.Doc.File, b.Doc.File) })
	return slices.Insert(out, i, p)
}

// mayJoinTheOnly reports whether a talk but skip, naming no event and
// of no declared event's folder, may join an event because it is the
// site's only one (eventFor): Build counts the events when it reaches
// such a talk, in file order, and events that pages' event fields make
// come and go with those pages, so an event made or let go may change
// the count any such talk sees. Two events a page or config.toml
// declares keep every such talk of none.
func (s *Site) mayJoinTheOnly(b *builder, skip *Page) bool {
	declared := 0
	for _, e := range s.Events {
		if !s.madeByFields(e) {
			declared++
		}
	}
	if declared >= 2 {
		return false
	}
	for _, q := range s.Pages {
		if q == skip || q.Doc.Kind != content.KindTalk || q.Doc.Event != "" {
			continue
		}
		if e := b.eventOfFolder(q.Doc.Path); e == nil || s.madeByFields(e) {
			return true
		}
	}
	return false
}

// eventGoes reports whether event e goes with page p, a talk taken out
// of the site (Remove), and nothing else changes: e is made by pages'
// event fields (no page or config.toml declares it), p is the only page
// joining it (a note or a hidden talk naming it would keep it, without
// dates), and no talk of no event could join the only event left
// (mayJoinTheOnly).
func (s *Site) eventGoes(e *Event, p *Page) bool {
	if !s.madeByFields(e) {
		return false
	}
	for _, q := range s.Pages {
		if q != p && q.Event == e {
			return false
		}
	}
	return !s.mayJoinTheOnly(&builder{cfg: s.Config, site: s}, p)
}

// dropEvent takes event e out of the site's events (see eventGoes) and
// returns a function that puts it back.
func (s *Site) dropEvent(e *Event) (undo func()) {
	was := s.Events
	s.Events = slices.DeleteFunc(slices.Clone(was), func(x *Event) bool { return x == e })
	delete(s.eventsBySlug, e.Slug)
	return func() {
		s.Events = was
		s.eventsBySlug[e.Slug] = e
	}
}

// madeEvent is the event that talk p, new to the site, makes by naming
// an event the site does not have, as Build's eventNamed makes it when
// it reaches p (p is the only page naming it, so the first): named as p
// writes it, its slug and URL made of the name, in the site's zone, and
// dated by p alone (finishEvents). It is nil, for a build to decide,
// where the event would change more than p's own places: a name without
// letters or digits (Build warns of it), or another talk that names no
// event and so could join it: one in a folder named by its slug (Build
// finds a talk's event by its folder), or one that could join the only
// event (mayJoinTheOnly).
// The event is not yet the site's: see addEvent.
func (s *Site) madeEvent(p *Page, b *builder) *Event {
	slug, hashed := b.eventSlug(p.Doc.Event)
	if hashed {
		return nil
	}
	for _, q := range s.Pages {
		if q.Doc.Kind != content.KindTalk || q.Doc.Event != "" {
			continue
		}
		for _, seg := range strings.Split(path.Dir(q.Doc.Path), "/") {
			if b.slug(seg) == slug {
				return nil
			}
		}
	}
	if s.mayJoinTheOnly(b, p) {
		return nil
	}
	e := namedEventOf(p.Doc.Event, slug, s.Config)
	e.derived = true
	return e
}

// addEvent makes event e, which talk p made (madeEvent) and whose dates
// p's give, one of the site's events, at its place among them (by
// start, then slug, as finishEvents sorts them), and returns a function
// that undoes it.
func (s *Site) addEvent(e *Event, p *Page) (undo func()) {
	var end time.Time
	e.Start, end = derivedDates([]*Page{p})
	if end.After(e.End) {
		e.End = end
	}
	was := s.Events
	i, _ := slices.BinarySearchFunc(was, e, byStart)
	s.Events = slices.Insert(slices.Clone(was), i, e)
	s.eventsBySlug[e.Slug] = e
	return func() {
		s.Events = was
		delete(s.eventsBySlug, e.Slug)
	}
}
