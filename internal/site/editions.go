package site

import (
	"slices"

	"lectern/internal/content"
)

// editions gives a person who has a speaker page in each of several
// events' folders (events/2018-chicago/speakers/ada.md and
// events/2019-chicago/speakers/ada.md, as Hugo sites of many events keep
// them) a Speaker per page: Hugo links each event's talks to that event's
// own page, which shows that year's bio and that year's talks. The person
// stays one in Site.Speakers, with the page of the newest event (by start
// date, then path); the others are its Editions. It applies only where
// speaker pages are published at their paths, so that each page has a
// URL of its own; elsewhere a person has one page. pagesOf holds each
// person's speaker pages in path order, as people met them.
func (b *builder) editions(pagesOf map[*Speaker][]*Page) {
	if !b.cfg.Permalinks.SpeakerPagesByPath {
		return
	}
	for _, sp := range b.site.Speakers {
		pages := slices.Clone(pagesOf[sp])
		if len(pages) < 2 {
			continue
		}
		events := map[*Page]*Event{}
		seen := map[*Event]bool{}
		for _, p := range pages {
			e := b.eventOfFolder(p.Doc.Path)
			if e == nil || seen[e] {
				// Two pages of one event, or a page of none, are one
				// person's pages as before (the last is theirs).
				events = nil
				break
			}
			seen[e] = true
			events[p] = e
		}
		if events == nil {
			continue
		}
		slices.SortStableFunc(pages, func(a, c *Page) int { return events[a].Start.Compare(events[c].Start) })
		newest := pages[len(pages)-1]
		// What the newest page writes leads, then the older pages,
		// newest first: the person's bio and photo are this year's.
		person := content.Person{Slug: sp.Slug}
		var photos []photo
		for i := len(pages) - 1; i >= 0; i-- {
			merge(&person, speakerPerson(&pages[i].Doc))
			photos = append(photos, photosOf(b.photos[sp], pages[i])...)
		}
		for _, p := range pages[:len(pages)-1] {
			ed := &Speaker{Person: speakerPerson(&p.Doc), URL: expand(b.cfg.Permalinks.Speaker, sp.Slug, zeroTime), Page: p, Event: events[p]}
			ed.Slug = sp.Slug
			merge(&ed.Person, person)
			if p.Doc.URL != "" {
				ed.URL = EscapePath(p.Doc.URL)
			}
			b.photos[ed] = photosOf(b.photos[sp], p)
			p.Speakers = []*Speaker{ed}
			sp.Editions = append(sp.Editions, ed)
		}
		sp.Person, sp.Page, sp.Event = person, newest, events[newest]
		b.site.editioned = true
		b.photos[sp] = photos
		sp.URL = expand(b.cfg.Permalinks.Speaker, sp.Slug, zeroTime)
		if newest.Doc.URL != "" {
			sp.URL = EscapePath(newest.Doc.URL)
		}
	}
}

// photosOf are the photos of list written on page p.
func photosOf(list []photo, p *Page) []photo {
	var out []photo
	for _, ph := range list {
		if ph.page == p {
			out = append(out, ph)
		}
	}
	return out
}

// editionFor is the Speaker of sp's page in event e's folder (see
// editions): sp itself when e is the event of its page, when it has no
// page of e, or when sp has no pages per event.
func (sp *Speaker) editionFor(e *Event) *Speaker {
	if e == nil {
		return sp
	}
	for _, ed := range sp.Editions {
		if ed.Event == e {
			return ed
		}
	}
	return sp
}

// SpeakersWithEditions is Speakers followed by their editions (see
// Speaker.Editions): every person's page to publish and bio to render.
func (s *Site) SpeakersWithEditions() []*Speaker {
	out := slices.Clip(s.Speakers)
	for _, sp := range s.Speakers {
		out = append(out, sp.Editions...)
	}
	return out
}
