package site

import (
	"cmp"
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
		if t.Doc.Date.IsZero() {
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
	if e.Page != nil || s.declared(e) {
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
