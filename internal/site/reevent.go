package site

import (
	"cmp"
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// An event page given other dates, rooms or time zone (its start, end,
// rooms, timezone, or with them its venue and body) keeps its event's
// name, slug and URL, and so every page's event: what changes is the
// event itself, the order of its talks (ties in time are broken by
// room), its schedule, the order of the events (by start) and with it
// which schedule is the site's, the warnings of talks outside its dates
// or in one room at once, and the site's newest date; another zone
// moves its pages in time too (see rezone). Reevent makes those
// changes in place. It refuses, for a build to do it: another name or
// slug (talks find their event by name), a zone that moves a page's URL
// or its place in a list, a URL that changes with the dates (a pattern
// with :year), an event without dates or dated from its talks, a page
// another page's template tags read, and a site built after an earlier
// programme.

// reeventFields are the fields in which the document of an event page
// given other dates or rooms may differ from the one its page was made
// of, beyond displayFields.
var reeventFields = append(slices.Clip(displayFields), "Date", "End", "Rooms", "Floating", "Timezone", "Fields", "BodyLine")

// Reevent updates, in place, the event page of doc's file and its
// event when doc gives them other dates, rooms or zone (see the comment
// above); md, memo and last are as for Move. The jobs and fingerprints
// must be made anew after it. ok is false, and the site untouched, when
// the edit could change more.
func (s *Site) Reevent(doc *content.Document, md *markdown.Renderer, memo *Memo, last diag.List) (patch Patch, ok bool) {
	i := slices.IndexFunc(s.Pages, func(p *Page) bool { return p.Doc.File == doc.File })
	if i < 0 || memo == nil || s.previous || doc.Diags.HasErrors() {
		return Patch{}, false
	}
	p := s.Pages[i]
	e := s.eventOf(p)
	old := p.source
	switch {
	case e == nil, e.derived, old == nil, old == doc, p.clashed, old.Title != doc.Title:
		return Patch{}, false
	case !slices.Equal(old.Diags, doc.Diags) || !equalBut(old, doc, reeventFields...) || equalBut(old, doc, displayFields...):
		// Display edits are Patch's.
		return Patch{}, false
	}
	now := pageEvent(doc)
	now.Slug = e.Slug
	problem := placeEvent(now, s.Config, doc.Floating)
	if s.Config.Permalinks.EventPagesByPath && !doc.FromRecord() {
		// The event is at its page's URL (adopt), not the pattern's;
		// pageURL below says whether the edit moves the page.
		now.URL = e.URL
	}
	if problem != "" || now.URL != e.URL || now.Start.IsZero() {
		return Patch{}, false
	}
	saved, was := *p, *e
	p.Doc = withModelFields(doc, &saved.Doc)
	p.Doc.Date, p.Doc.End = doc.Date, doc.End // an event page's are its own
	if (&builder{cfg: s.Config}).pageURL(p) != saved.URL {
		*p = saved
		return Patch{}, false
	}
	refs := s.refs
	if refs == nil {
		refs = newRefIndex(s)
	}
	oldDiags := s.programmeWarnings(p, eventSchedule(e))
	before := memo.result(md, old, refs.tags(&saved))
	oldDiags.Append(before.Diags)
	oldDiags.Append(summaryDiags(md, memo, &saved.Doc))
	events, main, updated, kept := s.Events, s.Schedule, s.Updated, s.refs
	undo := func() {
		*p, *e = saved, was
		s.Events, s.Schedule, s.Updated, s.refs = events, main, updated, kept
	}

	e.Start, e.End, e.Rooms, e.Venue = now.Start, now.End, now.Rooms, now.Venue
	var zoned diag.List
	if e.Timezone, e.Location, e.zoned = now.Timezone, now.Location, now.zoned; now.Location.String() != was.Location.String() || now.zoned != was.zoned {
		// Its pages move in time (see rezone).
		back, before, after, ok := s.rezone(e, p)
		if !ok {
			undo()
			return Patch{}, false
		}
		prev := undo
		undo = func() { back(); prev() }
		oldDiags.Append(before)
		zoned = after
	}
	e.Talks = slices.Clone(e.Talks)
	slices.SortFunc(e.Talks, func(a, b *Page) int { return cmp.Or(e.byTime(a, b), strings.Compare(a.Doc.File, b.Doc.File)) })
	if len(e.Talks) > 0 {
		e.Schedule = newSchedule(e, e.Name, strings.TrimSuffix(e.URL, "/")+"/", e.Location, e.Talks)
	}
	s.Events = slices.Clone(s.Events)
	slices.SortFunc(s.Events, byStart)
	// The site's schedule is that of the last dated event with talks, as
	// schedules picks it; the talks of no event's, as they were, when no
	// event has any.
	if main := s.pickSchedule(); main != nil && main.Event != nil {
		s.Schedule = main
	}
	s.Updated = newest(s.Pages)

	s.refs = newRefIndex(s)
	p.source = doc
	res, bd := memo.convert(md, doc, s.refs.tags(p))
	newDiags := p.read(res, bd, md, memo, s.refs.tags(p))
	newDiags.Append(s.programmeWarnings(p, eventSchedule(e)))
	newDiags.Append(zoned)
	if len(p.OwnItems) > 0 || len(saved.OwnItems) > 0 || !memo.othersFresh(s.Pages, p, s.refs) || !covered(last, oldDiags, p.Doc.File, p.URL) {
		undo()
		return Patch{}, false
	}
	return Patch{Page: p, Old: oldDiags, New: newDiags, Changed: true, Front: true, undo: undo}, true
}

// eventSchedule is the schedule of event e, laid out as programme lays it
// out, none for an event without talks.
func eventSchedule(e *Event) []*Schedule {
	if len(e.Talks) == 0 {
		return nil
	}
	return []*Schedule{newSchedule(e, e.Name, strings.TrimSuffix(e.URL, "/")+"/", e.Location, e.Talks)}
}
