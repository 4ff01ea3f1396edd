package view

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
)

// Builder makes the views of one built site, each once: asked again for
// the view of the same model value, it returns the same pointer, unless
// the view was let go in between (Forget, ForgetLists). It is
// safe for concurrent use, so that render jobs running in parallel share
// it. A Builder belongs to one build; the views it made go stale when the
// model changes, except Page (see PageOf), which is never kept.
type Builder struct {
	entries   cache[*site.Page, *Entry]
	refs      cache[*site.Speaker, *PersonRef]
	people    cache[*site.Speaker, *Person]
	termRefs  cache[*site.Term, *TermRef]
	terms     cache[*site.Term, *Term]
	taxes     cache[*site.Taxonomy, *Taxonomy]
	termNames cache[*site.Term, *Term]
	taxNames  cache[*site.Taxonomy, *Taxonomy]
	eventRefs cache[*site.Event, *EventRef]
	events    cache[*site.Event, *Event]
	schedules cache[*site.Schedule, *Schedule]
	reading   cache[*site.ReadingEntry, *ReadingEntry]
	tiers     cache[*site.SponsorTier, *SponsorTier]

	// spare is set by SparePeople.
	spare atomic.Bool

	siteOnce   sync.Once
	site       *Site
	chromeOnce sync.Once
	chrome     *Site
}

// cache maps model values to their views by identity. Two goroutines
// asking for the same view at once may both build it; the first stored
// wins and both get it.
type cache[K comparable, V any] struct{ m sync.Map }

func (c *cache[K, V]) get(k K, build func(K) V) V {
	if v, ok := c.m.Load(k); ok {
		return v.(V)
	}
	v, _ := c.m.LoadOrStore(k, build(k))
	return v.(V)
}

// each maps xs to their views, nil for none.
func each[K, V any](xs []K, f func(K) V) []V {
	if len(xs) == 0 {
		return nil
	}
	out := make([]V, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// Entry returns what lists show of p, nil for nil.
func (b *Builder) Entry(p *site.Page) *Entry {
	if p == nil {
		return nil
	}
	return b.entries.get(p, b.entry)
}

// Made returns the entry Entry made for p, nil if none was asked for:
// it makes none, so that what was cached for an entry can be dropped
// without making it (see render's partial cache).
func (b *Builder) Made(p *site.Page) *Entry {
	if v, ok := b.entries.m.Load(p); ok {
		return v.(*Entry)
	}
	return nil
}

// Forget drops the entry made for p, if any: a list asking for it later
// gets one made again, equal to it. A build forgets each page's entry
// once the last list showing it is written, so that the entries of a
// site are not all held to its end.
func (b *Builder) Forget(p *site.Page) { b.entries.m.Delete(p) }

// ForgetPerson drops the view made of sp (Person), if any: a page asking
// for it later gets one made again, equal to it. A build forgets each
// person's view once the last job showing it is written.
func (b *Builder) ForgetPerson(sp *site.Speaker) { b.people.m.Delete(sp) }

// Lists names families of views made of the model's lists of pages,
// each of which holds entries, for ForgetLists.
type Lists uint8

// The families of Lists.
const (
	// People are the speakers as indexes show them (Person).
	People Lists = 1 << iota
	// Terms are the terms with their pages and the taxonomies.
	Terms
	// Events are the events with their talks, and the schedules.
	Events
	// Reading are the entries of the reading list.
	Reading
	// Sponsors are the tiers of sponsors.
	Sponsors
	// AllLists are every family.
	AllLists = People | Terms | Events | Reading | Sponsors
)

// ForgetLists drops the views of the families in l; refs and entries
// stay. A view asked for later is made again, equal to the one dropped.
// A build forgets a family once the last job that may show it is
// written, so that the entries its views hold can go.
func (b *Builder) ForgetLists(l Lists) {
	if l&People != 0 {
		b.people.m.Clear()
	}
	if l&Terms != 0 {
		b.terms.m.Clear()
		b.taxes.m.Clear()
	}
	if l&Events != 0 {
		b.events.m.Clear()
		b.schedules.m.Clear()
	}
	if l&Reading != 0 {
		b.reading.m.Clear()
	}
	if l&Sponsors != 0 {
		b.tiers.m.Clear()
	}
}

// Entries returns the entries of pages, in order.
func (b *Builder) Entries(pages []*site.Page) []*Entry { return each(pages, b.Entry) }

// Warm makes the entries of pages on every core, each once (the cache
// keeps them), for the site's view, which holds an entry of every page
// and which every HTML page waits for: made one by one they would keep
// all but one core idle at the start of each render. The site's view
// warms its own; a caller may warm them earlier, while it does other
// work, as the preview does while it makes the jobs. The pages are only
// read.
func (b *Builder) Warm(pages []*site.Page) {
	workers := min(runtime.GOMAXPROCS(0), 1+len(pages)/512)
	if workers < 2 {
		return
	}
	var wg sync.WaitGroup
	var failed diag.Carrier
	for w := range workers {
		wg.Go(func() {
			defer failed.Catch()
			for i := w; i < len(pages); i += workers {
				b.Entry(pages[i])
			}
		})
	}
	wg.Wait()
	failed.Raise()
}

// Keep gives b, which made nothing yet, the entries from made of the
// pages of pages that unchanged reports unchanged since, so that b does
// not make them again: after an edit that changed one page of a model in
// place (site.Site.Move), the preview's next build makes the entry of
// that page alone, not the ten thousand of the site. An entry is found
// by its page's identity, so a new model keeps none. It returns how
// many it kept.
func (b *Builder) Keep(from *Builder, pages []*site.Page, unchanged func(*site.Page) bool) int {
	n := 0
	for _, p := range pages {
		if e := from.Made(p); e != nil && unchanged(p) {
			b.entries.m.LoadOrStore(p, e)
			n++
		}
	}
	return n
}

// SparePeople makes the people views made from then on (Person) hold
// entries of their own for the pages no list asked for yet, which are
// not kept for the lists (Uncached): the speakers index, written early,
// otherwise made the entry of every talk of the site at once, each held
// until the last list showing it (15 MB at 10,000 talks). A build's
// stream sets it, and lets the people views go after the last job that
// may show one, with their entries; a list asking for an entry later
// makes it again, equal.
func (b *Builder) SparePeople() { b.spare.Store(true) }

// personEntries returns what makes the entries of pages as one person's
// view holds them (see SparePeople): each page's once for the view.
func (b *Builder) personEntries() func(pages []*site.Page) []*Entry {
	if !b.spare.Load() {
		return b.Entries
	}
	made := map[*site.Page]*Entry{}
	return func(pages []*site.Page) []*Entry {
		return each(pages, func(p *site.Page) *Entry {
			if e := made[p]; e != nil {
				return e
			}
			e := b.Made(p)
			if e == nil {
				e = b.entry(p)
				e.uncached = true
			}
			made[p] = e
			return e
		})
	}
}

// Uncached reports whether e was made for a person's view alone, and not
// kept for the lists (see SparePeople): a cache keyed by entries must not
// keep what it made for e, as nothing lets it go with the entry.
func Uncached(e *Entry) bool { return e != nil && e.uncached }

func (b *Builder) entry(p *site.Page) *Entry {
	date, end := p.Doc.Date, p.Doc.End
	if !p.Clocked() {
		// A list of an archive shows the talk's day, not a time of
		// day that may be when its page was written (site.Page.Clocked).
		date, end = dayOf(date), dayOf(end)
		if end.Equal(date) {
			end = time.Time{}
		}
	}
	return &Entry{
		Kind: string(p.Doc.Kind), Title: p.Doc.Title, Slug: p.Doc.Slug, URL: p.URL,
		Date: date, End: end, Updated: p.Doc.Updated, DatePrecision: p.Doc.DatePrecision, Room: p.Doc.Room, AllRooms: p.Doc.AllRooms,
		Speakers: speakersOf(p, b), Authors: each(p.Authors, b.PersonRef),
		Tags: each(p.Tags, b.TermRef), Track: b.TermRef(p.Track), Format: b.TermRef(p.Format), Level: b.TermRef(p.Level),
		Categories: p.Doc.Categories, Event: b.EventRef(p.Event),
		Slides: p.Slides, Links: links(p.Links), Video: p.Video, VideoHost: p.VideoHost(), VideoThumbnail: p.VideoThumbnail(), Image: coverOf(p), ImageAlt: p.Doc.Extras().ImageAlt,
		Summary: p.Doc.Summary, SummaryHTML: p.SummaryHTML, Description: p.Description,
		Status: p.Status, MovedFrom: placement(p.MovedFrom), CalendarURL: p.CalendarURL(),
		Pageless: p.Pageless, External: external(p), LinkTo: p.Doc.Extras().LinkTo,
		Episode: episodeOf(Episode{Audio: p.Doc.Extras().Audio.URL, AudioDuration: p.Doc.Extras().Audio.Duration, Number: p.Doc.Extras().Episode.Number, Season: p.Doc.Extras().Episode.Season}),
		Break:   site.IsBreak(p), Draft: p.Doc.Draft, Hidden: p.Doc.Hidden,
		Venue: p.Doc.Venue, Timezone: p.Doc.Extras().Timezone, Rooms: p.Doc.Extras().Rooms, Tier: p.Doc.Extras().Tier, Logo: p.Doc.Logo, Link: p.Doc.Link,
		FrontMatterItems: items(p.FrontMatterItems()), Params: p.Doc.Params, TimeOfDay: timeOfDay(&p.Doc),
	}
}

// timeOfDay is Entry.TimeOfDay of d.
func timeOfDay(d *content.Document) string {
	if !d.Date.IsZero() || !d.HasTimeOfDay {
		return ""
	}
	return time.Time{}.Add(d.TimeOfDay).Format("15:04")
}

// PageOf returns what p's own output shows of it, nil for nil. Unlike the
// other views it is made anew on every call: it holds the body, which
// the preview may patch in place between two renders of the same job.
// It takes the fields it shares with p's entry from the entry made for
// a list when there is one, and otherwise makes one that it does not
// keep: a page's own output shows none of its lists, so a build that
// writes its pages before its lists holds no entry for a page written.
func (b *Builder) PageOf(p *site.Page) *Page {
	if p == nil {
		return nil
	}
	e := b.Made(p)
	if e == nil {
		e = b.entry(p)
	}
	// The page's own date is as written, with its time of day, which
	// an archive's lists leave out (site.Page.Clocked), unless it is
	// when the page was written (site.Page.When).
	date, end := p.When()
	return &Page{
		File: p.Doc.File, Path: p.Doc.Path,
		Kind: e.Kind, Title: e.Title, Slug: e.Slug, URL: e.URL,
		Date: date, End: end, Updated: e.Updated, DatePrecision: e.DatePrecision, Room: e.Room, AllRooms: e.AllRooms,
		Speakers: e.Speakers, Authors: e.Authors, Tags: e.Tags, Track: e.Track, Format: e.Format, Level: e.Level,
		Categories: e.Categories, Event: e.Event, Slides: e.Slides, Links: e.Links, Video: e.Video,
		VideoHost: e.VideoHost, VideoThumbnail: e.VideoThumbnail, Image: e.Image, ImageAlt: e.ImageAlt,
		Summary: e.Summary, SummaryHTML: e.SummaryHTML, Description: e.Description,
		Status: e.Status, MovedFrom: e.MovedFrom, CalendarURL: e.CalendarURL,
		Pageless: e.Pageless, External: e.External, LinkTo: e.LinkTo,
		Audio: e.Audio(), AudioDuration: e.AudioDuration(), EpisodeNumber: e.EpisodeNumber(), Season: e.Season(), Guests: p.Doc.Extras().Guests, Break: e.Break, Draft: e.Draft, Hidden: e.Hidden,
		Venue: e.Venue, Timezone: e.Timezone, Rooms: e.Rooms, Tier: e.Tier, Logo: e.Logo, Link: e.Link,
		FrontMatterItems: e.FrontMatterItems, Items: each(p.Items, b.ReadingEntry), Params: e.Params,
		AbstractHTML: p.AbstractHTML(),
		Content:      p.Content(), Headings: p.Headings, WordCount: p.WordCount, Math: p.Math,
	}
}

// links are a talk's materials as templates see them; nil for none.
func links(ls []content.Link) []Link {
	var out []Link
	for _, l := range ls {
		out = append(out, Link{Name: l.Name, URL: l.URL})
	}
	return out
}

// coverOf is the picture shown above note p, "" when it has none or
// only one for link previews (content.Document.Cover).
func coverOf(p *site.Page) string {
	if !p.Doc.Cover {
		return ""
	}
	return p.Image
}

func placement(p *site.Placement) *Placement {
	if p == nil {
		return nil
	}
	return &Placement{Start: p.Start, Room: p.Room}
}

func items(its []site.PageItem) []Item {
	return each(its, func(it site.PageItem) Item {
		return Item{
			Title: it.Title, URL: it.Link(), Author: it.Author, Note: it.Note, NoteHTML: it.NoteHTML, NoteBlocks: it.NoteBlocks, Status: it.Status,
			Rating: it.Rating, Year: it.Year, Date: it.Date, Started: it.Started, DateText: it.DateText, ISBN: it.ISBN,
			Cover: it.Cover, Tags: it.Tags, Source: it.Source(),
			Series: it.Series, SeriesNumber: it.SeriesNumber, SeriesURL: it.SeriesURL,
		}
	})
}

// ReadingEntry returns the view of a reading-list entry, nil for nil.
func (b *Builder) ReadingEntry(e *site.ReadingEntry) *ReadingEntry {
	if e == nil {
		return nil
	}
	return b.reading.get(e, func(e *site.ReadingEntry) *ReadingEntry {
		return &ReadingEntry{
			Title: e.Title, URL: e.URL, Author: e.Author, Note: e.Note, NoteHTML: e.NoteHTML, NoteBlocks: e.NoteBlocks, Status: e.Status,
			Rating: e.Rating, Year: e.Year, Date: e.Date, Started: e.Started, DateText: e.DateText, ISBN: e.ISBN,
			Cover: e.Cover, Tags: e.Tags, Key: e.Key, Sources: b.Entries(e.Sources),
			Series: e.Series, SeriesNumber: e.SeriesNumber, SeriesURL: e.SeriesURL,
		}
	})
}

// ReadingEntries returns the views of entries, in order.
func (b *Builder) ReadingEntries(entries []*site.ReadingEntry) []*ReadingEntry {
	return each(entries, b.ReadingEntry)
}

// SponsorTiers returns the views of tiers, in order.
func (b *Builder) SponsorTiers(tiers []*site.SponsorTier) []*SponsorTier {
	return each(tiers, b.SponsorTier)
}

// SponsorTier returns the view of a tier of sponsors, nil for nil.
func (b *Builder) SponsorTier(t *site.SponsorTier) *SponsorTier {
	if t == nil {
		return nil
	}
	return b.tiers.get(t, func(t *site.SponsorTier) *SponsorTier {
		return &SponsorTier{Name: t.Name, Sponsors: b.Entries(t.Sponsors), Event: b.EventRef(t.Event)}
	})
}

// external is where p, having no page of its own, is read elsewhere; ""
// for a page of the site's own.
func external(p *site.Page) string {
	if !p.Pageless {
		return ""
	}
	return p.Doc.Extras().External
}

// dayOf is midnight at the start of t's day in its own zone, zero for
// zero.
func dayOf(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}
