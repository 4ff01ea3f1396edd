package render

import (
	"slices"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// A page in an event's folder that stands for the speakers list
// (content.Document.ListOf: its layout or Hugo type is speakers, as
// devopsdays' events/2019-chicago/speakers.md, Type = "speakers", which
// the theme fills with the event's speakers) is that event's speakers:
// at the page's URL lectern lists the people of the event's talks, under
// the page's title and its text, if any.

// introducedSpeakers returns the event whose speakers page p is, nil
// when p names no speakers list, is in no event's folder, or the event
// has no speakers.
func (b *jobs) introducedSpeakers(p *site.Page) *site.Event {
	if p.Doc.Extras().ListOf != "speakers" || p.Doc.Kind != content.KindPage || p.Doc.Extras().Code != "" || p.Pageless {
		return nil
	}
	e := b.s.EventOfFolder(p.Doc.Path)
	if e == nil || e.URL == "" || len(eventSpeakers(e)) == 0 {
		return nil
	}
	return e
}

// eventSpeakers are the people of event e's talks, each once, by name:
// a returning speaker's page of that event where it has one
// (site.Speaker.Editions), as the talks link it.
func eventSpeakers(e *site.Event) []*site.Speaker {
	var out []*site.Speaker
	for _, t := range e.Talks {
		for _, sp := range t.Speakers {
			if !slices.Contains(out, sp) {
				out = append(out, sp)
			}
		}
	}
	slices.SortStableFunc(out, func(x, y *site.Speaker) int {
		if c := strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)); c != 0 {
			return c
		}
		return strings.Compare(x.Slug, y.Slug)
	})
	return out
}

// eventSpeakerPages adds, for each intro standing for an event's
// speakers (introducedSpeakers), the list of that event's speakers at
// the intro's URL, in path order.
func (b *jobs) eventSpeakerPages(sec *view.Section) {
	var intros []*site.Page
	for _, p := range b.intros {
		if b.introducedSpeakers(p) != nil {
			intros = append(intros, p)
		}
	}
	slices.SortFunc(intros, func(x, y *site.Page) int { return strings.Compare(pageOutput(x), pageOutput(y)) })
	for _, intro := range intros {
		people := eventSpeakers(b.introducedSpeakers(intro))
		pg := paginate(people, len(people), intro.URL)[0]
		n := len(b.list)
		b.pageAt(pageOutput(intro), KindSpeakers, intro.URL, "the speakers of "+intro.Doc.File, "", introSources(intro), true, func() *Data {
			d := b.base(KindSpeakers, intro.URL)
			d.Pager, d.Speakers, d.Section = pg.Pager, b.views.People(pg.Items), sec
			return b.introduced(d.titled(sec.Title), intro)
		})
		reads := append([]Key{ChromeKey, pagerKey("speakers", pg.Pager)}, introReads(intro)...)
		for _, sp := range people {
			reads = append(reads, PersonKey(sp.Slug))
			reads = append(reads, entries(sp.Talks)...)
			reads = append(reads, entries(sp.Notes)...)
		}
		b.setReads(n, reads)
		b.setPeople(n, people)
	}
}
