package site

import (
	"cmp"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// An event page given another name (its title) keeps its event when the
// event's slug is its page's own (written, or its file's name: the
// title does not make it) and no page finds the event by name: a talk's
// event field finds an event by slug first, and by name, in any case,
// only when no event has its slug (see eventNamed). A field naming the
// event as it was called, or as it is called now, that does not make
// its slug, could leave it or join it; the edit is then left to a build,
// as it is when the name moves the event among events of the same start,
// which are listed by name.
// The name is shown on every page of the event and in its schedule's
// title, and quoted by the warnings of talks dated outside its days,
// which Patch swaps.

// renameKept reports whether event e, called from before and to now,
// keeps every page it had and gains none (see above).
func (s *Site) renameKept(e *Event, from, to string) bool {
	if s.eventsBySlug[e.Slug] != e || e.Timezone != "" && !e.zoned {
		// A zone not found is warned about with the event's name.
		return false
	}
	for _, o := range s.Events {
		// Events of one start are listed by name (the events index, the
		// home page): the name must keep its place among them.
		if o != e && o.Start.Equal(e.Start) && cmp.Compare(strings.Compare(from, o.Name), 0) != cmp.Compare(strings.Compare(to, o.Name), 0) {
			return false
		}
	}
	for _, q := range s.Pages {
		f := q.Doc.Event
		if f == "" || q.Doc.Kind == content.KindEvent {
			continue
		}
		if (strings.EqualFold(f, from) || strings.EqualFold(f, to)) && content.Slugify(f) != e.Slug {
			return false
		}
	}
	return true
}

// reown gives the event of p, an event's page patched, the venue and
// name p now writes (structureKept compared the rest of the event), and
// returns the other pages of the event, which show them, the warnings
// of its talks dated outside its days before and after (they quote its
// name), and how to give it back; nothing when p is no event's page or
// says what its event said.
func (s *Site) reown(p *Page) (relocated []*Page, old, now diag.List, undo func()) {
	e := s.eventOf(p)
	if e == nil || e.Venue == p.Doc.Venue && e.Name == p.Doc.Title {
		return nil, nil, nil, func() {}
	}
	was := *e
	sc := e.Schedule
	if sc != nil {
		checkDates(sc, &old)
	}
	e.Venue, e.Name = p.Doc.Venue, p.Doc.Title
	named := ""
	if sc != nil {
		// In place: the jobs planned hold the schedule they show.
		named, sc.Name = sc.Name, e.Name
		checkDates(sc, &now)
	}
	for _, q := range s.Pages {
		if q.Event == e && q != p {
			relocated = append(relocated, q)
		}
	}
	return relocated, old, now, func() {
		*e = was
		if sc != nil {
			sc.Name = named
		}
	}
}
