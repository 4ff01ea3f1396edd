package view

import (
	"cmp"

	"lectern/internal/config"
	"lectern/internal/site"
)

// PersonRef returns what other pages show of sp, nil for nil.
func (b *Builder) PersonRef(sp *site.Speaker) *PersonRef {
	if sp == nil {
		return nil
	}
	return b.refs.get(sp, func(sp *site.Speaker) *PersonRef {
		return &PersonRef{
			Name: sp.Name, Slug: sp.Slug, URL: sp.URL, Website: sp.Person.URL, Photo: sp.Photo,
			Company: sp.Company, Pronouns: sp.Pronouns, Role: sp.Role, Bio: sp.Bio, BioHTML: sp.BioHTML,
			Twitter: sp.Twitter, Github: sp.Github, Mastodon: sp.Mastodon, LinkedIn: sp.LinkedIn,
		}
	})
}

// Person returns sp as the speakers index shows it, nil for nil: Page
// and OwnBio are not set (see PersonPage).
func (b *Builder) Person(sp *site.Speaker) *Person {
	if sp == nil {
		return nil
	}
	return b.people.get(sp, func(sp *site.Speaker) *Person {
		entries := b.personEntries()
		r := b.PersonRef(sp)
		p := &Person{
			Name: r.Name, Slug: r.Slug, URL: r.URL, Website: r.Website, Photo: r.Photo,
			Company: r.Company, Pronouns: r.Pronouns, Role: r.Role, Bio: r.Bio, BioHTML: r.BioHTML,
			Twitter: r.Twitter, Github: r.Github, Mastodon: r.Mastodon, LinkedIn: r.LinkedIn,
			Talks: entries(sp.Talks), Notes: entries(sp.Notes),
		}
		if !sp.HasOwnPage() {
			p.Anchor = sp.Slug
		}
		for _, t := range sp.Talks {
			if !t.Doc.Hidden {
				p.TalkCount++
			}
		}
		for _, g := range sp.TalksByEvent() {
			p.TalksByEvent = append(p.TalksByEvent, EventTalks{Event: b.EventRef(g.Event), Talks: entries(g.Talks)})
		}
		return p
	})
}

// People returns the views of speakers as the speakers index shows them,
// in order.
func (b *Builder) People(speakers []*site.Speaker) []*Person { return each(speakers, b.Person) }

// PersonPage returns sp as their own page shows them: Person with Page
// and OwnBio, made anew on every call as they depend on the body of the
// person's page.
func (b *Builder) PersonPage(sp *site.Speaker) *Person {
	if sp == nil {
		return nil
	}
	p := *b.Person(sp)
	p.Page, p.OwnBio = b.PageOf(sp.Page), sp.OwnBio()
	return &p
}

// TermRef returns what a page shows of one of its terms, nil for nil.
func (b *Builder) TermRef(t *site.Term) *TermRef {
	if t == nil {
		return nil
	}
	return b.termRefs.get(t, func(t *site.Term) *TermRef {
		return &TermRef{Name: t.Name, Slug: t.Slug, URL: t.URL, AllLevels: site.IsAllLevels(t)}
	})
}

// Term returns t with its pages, nil for nil.
func (b *Builder) Term(t *site.Term) *Term {
	if t == nil {
		return nil
	}
	return b.terms.get(t, func(t *site.Term) *Term {
		v := &Term{Name: t.Name, Slug: t.Slug, URL: t.URL, AllLevels: site.IsAllLevels(t), Pages: b.Entries(t.Pages)}
		for _, p := range t.Pages {
			if !p.Doc.Hidden {
				v.Count++
			}
		}
		return v
	})
}

// TermNamed returns t without its pages (Term.Pages is nil), nil for
// nil: for a template that reads of a term no more than its name and
// link (see Builder.TaxonomiesNamed).
func (b *Builder) TermNamed(t *site.Term) *Term {
	if t == nil {
		return nil
	}
	return b.termNames.get(t, func(t *site.Term) *Term {
		v := &Term{Name: t.Name, Slug: t.Slug, URL: t.URL, AllLevels: site.IsAllLevels(t)}
		for _, p := range t.Pages {
			if !p.Doc.Hidden {
				v.Count++
			}
		}
		return v
	})
}

// Taxonomy returns t with its terms, nil for nil.
func (b *Builder) Taxonomy(t *site.Taxonomy) *Taxonomy {
	if t == nil {
		return nil
	}
	return b.taxes.get(t, func(t *site.Taxonomy) *Taxonomy {
		return &Taxonomy{Name: t.Name, Singular: t.Singular, Title: t.Title, URL: t.URL, Terms: each(t.Terms, b.Term)}
	})
}

// EventRef returns what other pages show of e, nil for nil.
func (b *Builder) EventRef(e *site.Event) *EventRef {
	if e == nil {
		return nil
	}
	return b.eventRefs.get(e, func(e *site.Event) *EventRef {
		r := &EventRef{
			Name: e.Name, Slug: e.Slug, URL: e.URL, Venue: e.Venue, Timezone: e.Timezone,
			Location: e.Location, Start: e.Start, End: e.End, Timed: e.Timed(), Rooms: e.Rooms,
		}
		if sc := e.Schedule; sc != nil && sc.URL != "" {
			r.Schedule = &ScheduleRef{Name: sc.Name, URL: sc.URL, Calendar: sc.Calendar, JSON: sc.JSON, XML: sc.XML}
		}
		return r
	})
}

// Event returns e with its talks and schedule, nil for nil: Page is not
// set (see EventPage).
func (b *Builder) Event(e *site.Event) *Event {
	if e == nil {
		return nil
	}
	return b.events.get(e, func(e *site.Event) *Event {
		return &Event{
			Name: e.Name, Slug: e.Slug, URL: e.URL, Venue: e.Venue, Timezone: e.Timezone,
			Location: e.Location, Start: e.Start, End: e.End, Timed: e.Timed(), Rooms: e.Rooms, Description: e.Description,
			Talks: b.Entries(e.Talks), Schedule: b.Schedule(programme(e.Schedule)),
		}
	})
}

// EventPage returns e as its own page shows it: Event with Page, made
// anew on every call.
func (b *Builder) EventPage(e *site.Event) *Event {
	if e == nil {
		return nil
	}
	v := *b.Event(e)
	v.Page = b.PageOf(e.Page)
	v.Sponsors = b.SponsorTiers(e.Sponsors)
	return &v
}

// programme returns sc, or nil when it has no page (an archive's, see
// site.Site.Archive): an event's page links only to a schedule that is
// published.
func programme(sc *site.Schedule) *site.Schedule {
	if sc == nil || sc.URL == "" {
		return nil
	}
	return sc
}

// Schedule returns the view of a programme, nil for nil.
func (b *Builder) Schedule(sc *site.Schedule) *Schedule {
	if sc == nil {
		return nil
	}
	return b.schedules.get(sc, func(sc *site.Schedule) *Schedule {
		v := &Schedule{
			Event: b.EventRef(sc.Event), Name: sc.Name, URL: sc.URL, Calendar: sc.Calendar, JSON: sc.JSON, XML: sc.XML,
			Location: sc.Location, Rooms: sc.Rooms, Tracks: each(sc.Tracks, b.TermRef), Levels: each(sc.Levels, b.TermRef),
			Unscheduled: b.Entries(sc.Unscheduled), Talks: b.Entries(sc.Talks), OneZone: oneZone(sc.Talks),
		}
		v.Periods = each(sc.Periods, func(p *site.Period) *Period {
			return &Period{Date: p.Date, Precision: p.Precision, Talks: b.Entries(p.Talks)}
		})
		v.Days = each(sc.Days, func(d *site.Day) *Day {
			day := &Day{Date: d.Date, Rooms: d.Rooms, Untimed: b.Entries(d.Untimed)}
			day.Rows = each(d.Rows, func(r site.Row) Row { return Row{Start: r.Start, End: r.End, Starts: r.Starts, Gap: r.Gap} })
			day.Slots = each(d.Slots, func(s *site.Slot) *Slot {
				return &Slot{
					Talk: b.Entry(s.Talk), Row: s.Row, Rows: s.Rows, Col: s.Col, Cols: s.Cols,
					Start: s.Start, End: s.End, Plenary: s.Plenary, Break: s.Break,
				}
			})
			return day
		})
		return v
	})
}

// oneZone reports whether the dated talks of talks, at least one, are
// all written in one zone: the same name and offset, all floating or
// none (config.IsFloating: a floating 10:00 is not 10:00 UTC).
func oneZone(talks []*site.Page) bool {
	var name string
	var off int
	floating, seen := false, false
	for _, p := range talks {
		if p.Doc.Date.IsZero() {
			continue
		}
		n, o := p.Doc.Date.Zone()
		if seen && (n != name || o != off || config.IsFloating(p.Doc.Date) != floating) {
			return false
		}
		name, off, floating, seen = n, o, config.IsFloating(p.Doc.Date), true
	}
	return seen
}

// Site returns the view of the whole site, made on the first call; links
// are taken from that call.
func (b *Builder) Site(s *site.Site, links Links) *Site {
	b.siteOnce.Do(func() {
		b.Warm(s.Pages)
		v := chrome(s, links)
		v.Tags, v.Tracks, v.Formats, v.Levels = b.Taxonomy(s.Tags), b.Taxonomy(s.Tracks), b.Taxonomy(s.Formats), b.Taxonomy(s.Levels)
		v.Pages, v.Talks, v.Notes = b.Entries(s.Pages), b.Entries(s.Talks), b.Entries(s.Notes)
		v.Readings, v.Other = b.Entries(s.Readings), b.Entries(s.Other)
		v.Speakers, v.Events, v.Schedule = b.People(s.Speakers), each(s.Events, b.Event), b.Schedule(s.Schedule)
		v.Reading, v.Sponsors, v.Updated = b.ReadingEntries(s.Reading), b.SponsorTiers(s.Sponsors), s.Updated
		v.Taxonomies = b.Taxonomies(s)
		b.site = v
	})
	return b.site
}

// SiteChrome returns the view of the site without its lists, made on the
// first call; links are taken from that call. It holds what Site holds
// but the lists of pages, people, events, terms and reading, and the
// newest date: the chrome, for the pages whose templates read no more of
// the site (see render's mayReadOn). It is not the value Site returns.
func (b *Builder) SiteChrome(s *site.Site, links Links) *Site {
	b.chromeOnce.Do(func() { b.chrome = chrome(s, links) })
	return b.chrome
}

// Taxonomies returns the views of the taxonomies of s that have terms,
// in the order tags, tracks, formats, levels: Site.Taxonomies.
func (b *Builder) Taxonomies(s *site.Site) []*Taxonomy {
	var out []*Taxonomy
	for _, t := range []*site.Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		if v := b.Taxonomy(t); v != nil && len(v.Terms) > 0 {
			out = append(out, v)
		}
	}
	return out
}

// TaxonomiesNamed is Taxonomies with terms made by TermNamed, which hold
// no pages: for the templates that read of .Taxonomies the terms' names
// and links alone (render's readsTermPages), so that such a page (the
// default theme's home) makes no entry of every page of the site at
// once. Its views hold no entry, so no ForgetLists family holds them.
func (b *Builder) TaxonomiesNamed(s *site.Site) []*Taxonomy {
	var out []*Taxonomy
	for _, t := range []*site.Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		if t == nil || len(t.Terms) == 0 {
			continue
		}
		out = append(out, b.taxNames.get(t, func(t *site.Taxonomy) *Taxonomy {
			return &Taxonomy{Name: t.Name, Singular: t.Singular, Title: t.Title, URL: t.URL, Terms: each(t.Terms, b.TermNamed)}
		}))
	}
	return out
}

// chrome makes the fields of the site's view that hold no list.
func chrome(s *site.Site, links Links) *Site {
	c := s.Config
	v := &Site{
		Config: Config{
			Title: c.Title, Description: c.Description, Author: c.Author, Language: c.Language,
			BaseURL: c.BaseURL, Timezone: c.Timezone, Feed: cmp.Or(c.Feed, "/feed.xml"),
			TermFeed: cmp.Or(c.TermFeed, "feed.xml"), Params: c.Params,
		},
		Data: s.Data, Menu: links.Menu,
		SpeakersURL: links.SpeakersURL, NotesURL: links.NotesURL, ReadingURL: links.ReadingURL, TalksURL: links.TalksURL, EventsURL: links.EventsURL,
		SpeakerCount: len(s.Speakers), ReadingCount: len(s.Reading),
	}
	for _, p := range s.Notes {
		if !p.Doc.Hidden {
			v.NoteCount++
		}
	}
	for _, p := range s.Talks {
		if !p.Doc.Hidden && p.Listed() {
			v.TalkCount++
		}
	}
	for _, e := range s.Events {
		if e.Listed() {
			v.EventCount++
		}
	}
	return v
}
