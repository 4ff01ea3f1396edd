package render

import (
	"bytes"
	"cmp"
	"strconv"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// latestNotes is how many notes the home page shows.
const latestNotes = 5

// base returns the data every page has: the site, navigation, links and
// the head's defaults, for the page of kind at the root-relative link.
func (b *jobs) base(kind Kind, link string) *Data {
	s, r := b.s, b.r
	sv := b.siteFor(kind)
	d := &Data{
		Site:        sv,
		Kind:        kind.String(),
		Taxonomies:  b.taxonomiesFor(kind, sv),
		Title:       s.Config.Title,
		Heading:     s.Config.Title,
		Description: s.Config.Description,
		URL:         link,
		Canonical:   b.urls.abs(link),
		SiteURL:     b.urls.base,
		OGType:      "website",
		Feeds:       []Link{{Title: s.Config.Title, URL: cmp.Or(s.Config.Feed, "/feed.xml")}},
	}
	d.Menu = current(b.menu, link)
	if s.Config.Schedule.LocalTime {
		d.Scripts = append(d.Scripts, "/js/localtime.js")
	}
	d.Scripts = append(d.Scripts, "/js/search.js")
	// The preview never registers the service worker: its cached pages
	// would hide the edits it is there to show.
	if !r.preview() {
		d.Scripts = append(d.Scripts, "/js/offline.js")
	}
	if r.opts.LiveReload != "" {
		d.Scripts = append(d.Scripts, r.opts.LiveReload)
	}
	return d
}

// titled sets the page's heading and document title.
func (d *Data) titled(heading string) *Data {
	d.Heading = heading
	d.Title = heading + " · " + d.Site.Config.Title
	if strings.EqualFold(strings.TrimSpace(heading), strings.TrimSpace(d.Site.Config.Title)) {
		// A page named as the site is (a home page written as a page)
		// is not "PyCon AU · PyCon AU".
		d.Title = d.Site.Config.Title
	}
	if d.Pager != nil && d.Pager.Number > 1 {
		d.Title = heading + " (page " + strconv.Itoa(d.Pager.Number) + " of " + strconv.Itoa(d.Pager.Total) + ") · " + d.Site.Config.Title
	}
	return d
}

// described sets the meta description when text is not empty.
func (d *Data) described(text string) *Data {
	if text != "" {
		d.Description = text
	}
	return d
}

// pageSources returns the files whose text a page shows: its own, and
// those of its speakers, authors and event.
func pageSources(p *site.Page) []string {
	out := []string{p.Doc.File}
	for _, sp := range append(p.Speakers[:len(p.Speakers):len(p.Speakers)], p.Authors...) {
		if sp.Page != nil {
			out = append(out, sp.Page.Doc.File)
		}
	}
	if p.Event != nil && p.Event.Page != nil {
		out = append(out, p.Event.Page.Doc.File)
	}
	return out
}

// pageOutput is the output path of a content page: the one the model
// decided, else its URL's.
func pageOutput(p *site.Page) string {
	if p.Output != "" {
		return p.Output
	}
	return outputPath(p.URL)
}

// ogImage returns the first photo of people as an absolute URL, or ""
// when there is none or, without base_url, it cannot be made absolute.
func (b *jobs) ogImage(people []*site.Speaker) string {
	for _, sp := range people {
		if sp.Person.Photo == "" {
			// An author without a photo: abs would make the site's
			// own address of the empty path, a page for an image.
			continue
		}
		if u := b.urls.abs(photoURL(sp.Person)); isAbsolute(u) {
			return u
		}
	}
	return ""
}

// speakers adds the speakers index, paginated, and a page per speaker.
func (b *jobs) speakers() {
	s := b.s
	if len(s.Speakers) == 0 {
		return
	}
	base := speakersURL(s)
	sec := view.SectionOf(content.KindSpeaker, base)
	// A page of the author's at the index's URL is the index (see
	// authored); the speakers' own pages are made all the same.
	index := paginate(s.Speakers, s.Config.Pagination.PerPage, base)
	if b.authored(base) {
		index = nil
	}
	for _, pg := range index {
		intro := b.introOf(pg.Pager)
		n := len(b.list)
		b.page(KindSpeakers, pg.Pager.URL, "the speakers index", "", introSources(intro), true, func() *Data {
			d := b.base(KindSpeakers, pg.Pager.URL)
			d.Pager, d.Speakers, d.Section = pg.Pager, b.views.People(pg.Items), sec
			return b.introduced(d.titled(sec.Title), intro)
		})
		reads := append([]Key{ChromeKey, pagerKey("speakers", pg.Pager)}, introReads(intro)...)
		for _, sp := range pg.Items {
			// What view.Person shows: the person, their talks and notes.
			reads = append(reads, PersonKey(sp.Slug))
			reads = append(reads, entries(sp.Talks)...)
			reads = append(reads, entries(sp.Notes)...)
		}
		b.setReadsOn(n, pg.Pager.Number, reads)
		b.setPeople(n, pg.Items)
	}
	b.eventSpeakerPages(sec)
	// A person's pages of other events (Speaker.Editions) are speaker
	// pages too, each with its event's talks.
	for _, sp := range s.SpeakersWithEditions() {
		if !sp.HasOwnPage() {
			// The author asked for no page (render: never); links lead
			// to the person's entry on the index (site.anchorPageless).
			continue
		}
		var sources []string
		if sp.Page != nil {
			sources = append(sources, sp.Page.Doc.File)
		}
		for _, p := range append(sp.Talks[:len(sp.Talks):len(sp.Talks)], sp.Notes...) {
			sources = append(sources, p.Doc.File)
		}
		owner, listed := "", true
		if sp.Page != nil {
			owner, listed = sp.Page.Doc.File, !sp.Page.Doc.Hidden && !sp.Page.Doc.NoSitemap
		}
		n := len(b.list)
		b.page(KindSpeaker, sp.URL, "the speaker page of "+sp.Name, owner, sources, listed, func() *Data {
			d := b.base(KindSpeaker, sp.URL).titled(sp.Name)
			d.Speaker, d.OGType = b.views.PersonPage(sp), "profile"
			d.Page = d.Speaker.Page
			if sp.Page != nil {
				d.described(sp.Page.Description)
			} else {
				d.described(sp.Bio)
			}
			b.withCard(d, b.speakerCard(sp))
			d.JSONLD = b.speakerLD(sp)
			return d
		})
		var own []Key
		if sp.Page != nil {
			own = []Key{PageKey(sp.Page)}
		}
		b.setReads(n, []Key{ChromeKey, PersonKey(sp.Slug)}, own, entries(sp.Talks), entries(sp.Notes))
		b.setLists(n, sp.Talks, sp.Notes)
		b.setPeople(n, []*site.Speaker{sp})
	}
}

// events adds a page per event, with or without its own content file.
func (b *jobs) events() {
	for _, e := range b.s.Events {
		if e.URL == "" {
			// The model refused its URL and said why.
			continue
		}
		var sources []string
		owner, listed := "", true
		if e.Page != nil {
			owner, listed = e.Page.Doc.File, !e.Page.Doc.Hidden && !e.Page.Doc.NoSitemap
			sources = append(sources, e.Page.Doc.File)
		}
		for _, p := range e.Talks {
			sources = append(sources, p.Doc.File)
		}
		notes := eventNotes(b.s, e)
		for _, p := range notes {
			sources = append(sources, p.Doc.File)
		}
		n := len(b.list)
		b.page(KindEvent, e.URL, "the page of event "+e.Name, owner, sources, listed, func() *Data {
			d := b.base(KindEvent, e.URL).titled(e.Name)
			d.Event, d.Pages = b.views.EventPage(e), b.views.Entries(visible(e.Talks))
			d.Notes = b.views.Entries(notes)
			d.Page = d.Event.Page
			if e.Page != nil {
				d.described(e.Page.Description)
			}
			d.JSONLD = b.eventLD(e)
			b.withCard(d, b.eventCard(e))
			return d
		})
		var own []Key
		if e.Page != nil {
			own = []Key{PageKey(e.Page)}
		}
		b.setReads(n, []Key{ChromeKey, EventKey(e.Slug)}, own, entries(visible(e.Talks)), entries(notes), sponsorReads(e.Sponsors))
		b.setLists(n, visible(e.Talks), notes)
	}
}

// eventNotes are the shown notes that name event e, newest first as the
// site's notes are: a blogger's posts on the talks they heard there,
// which group by conference on its page (site's joinEvent).
func eventNotes(s *site.Site, e *site.Event) []*site.Page {
	var out []*site.Page
	for _, p := range visible(s.Notes) {
		if p.Event == e {
			out = append(out, p)
		}
	}
	return out
}

// home adds the home page: the site's talks by date, paginated, and the
// latest notes on its first page.
func (b *jobs) home() {
	s := b.s
	for _, pg := range paginate(archiveOrder(s, visible(s.Talks)), s.Config.Pagination.PerPage, "/") {
		intro := b.introOf(pg.Pager)
		n := len(b.list)
		b.page(KindHome, pg.Pager.URL, "the home page", "", introSources(intro), true, func() *Data {
			d := b.base(KindHome, pg.Pager.URL)
			d.Pager, d.Pages = pg.Pager, b.views.Entries(pg.Items)
			if pg.Pager.Number == 1 {
				d.Events = b.eventViews(homeEvents(s))
				// On now and up next: the programme, which page 1
				// reads whole through the site's key.
				d.Schedule = b.views.Schedule(s.Schedule)
				if intro != nil {
					// The home page's heading stays the site's title:
					// the intro gives its text and description.
					d.Intro = b.introView(intro)
					d.described(intro.Description)
				}
				notes := visible(s.Notes)
				d.Notes = b.views.Entries(notes[:min(len(notes), latestNotes)])
				d.Contents, _ = b.homeContents(intro)
				d.JSONLD = b.siteLD(s)
				b.withCard(d, b.homeCard())
			} else {
				d.titled("Talks")
			}
			return d
		})
		reads := []Key{ChromeKey, pagerKey("home", pg.Pager)}
		b.setLists(n, pg.Items)
		if pg.Pager.Number == 1 {
			// Page 1 also shows the latest notes, the events, the
			// programme and how many of each thing the site has.
			notes := visible(s.Notes)
			reads = append(reads, SiteKey)
			reads = append(reads, introReads(intro)...)
			reads = append(reads, entries(notes[:min(len(notes), latestNotes)])...)
			if !b.r.opts.NoReads {
				// The contents show their pages' titles and URLs. A
				// build keeps no reads: it would render the intro's
				// body while planning, only to drop what it found.
				_, contents := b.homeContents(intro)
				reads = append(reads, entries(contents)...)
			}
			b.setLists(n, pg.Items, notes[:min(len(notes), latestNotes)])
		}
		b.setReadsOn(n, pg.Pager.Number, reads, entries(pg.Items))
	}
}

// taxonomies adds each taxonomy's index and its terms' pages, paginated.
func (b *jobs) taxonomies() {
	s := b.s
	for _, t := range taxonomies(s) {
		n := len(b.list)
		intro := b.intros[outputPath(t.URL)]
		b.page(KindTaxonomy, t.URL, "the "+t.Name+" index", "", introSources(intro), true, func() *Data {
			d := b.base(KindTaxonomy, t.URL).titled(t.Title)
			d.Taxonomy = b.views.Taxonomy(t)
			return b.introduced(d, intro)
		})
		b.setReads(n, append(append([]Key{ChromeKey}, termsReads(t)...), introReads(intro)...))
		// A term page whose templates show the other terms of its
		// taxonomy (.Taxonomy.Terms) reads them as the index does.
		var others []Key
		if b.r.readsOf(KindTerm).taxonomyTerms {
			others = termsReads(t)
		}
		for _, term := range t.Terms {
			pages := visible(term.Pages)
			for _, pg := range paginate(pages, s.Config.Pagination.PerPage, term.URL) {
				n := len(b.list)
				intro := b.introOf(pg.Pager)
				b.page(KindTerm, pg.Pager.URL, "the "+t.Singular+" page of "+term.Name, "", introSources(intro), true, func() *Data {
					d := b.base(KindTerm, pg.Pager.URL)
					d.Taxonomy, d.Term, d.Pager, d.Pages = b.views.Taxonomy(t), b.views.Term(term), pg.Pager, b.views.Entries(pg.Items)
					if t == s.Tags {
						d.Feeds = append(d.Feeds, Link{Title: s.Config.Title + ": " + term.Name, URL: termFeed(s, term.URL)})
					}
					return b.introduced(d.titled(term.Name), intro)
				})
				b.setReadsOn(n, pg.Pager.Number, []Key{ChromeKey, pagerKey(t.Title+"\x00"+term.Name+"\x00"+term.URL, pg.Pager)}, entries(pg.Items), others, introReads(intro))
				b.setLists(n, pg.Items)
			}
		}
	}
}

// termsReads are the keys of what the taxonomy t shows of its terms, but
// their pages: each term's key and how many pages it has.
func termsReads(t *site.Taxonomy) []Key {
	reads := make([]Key, 0, 2*len(t.Terms))
	for _, term := range t.Terms {
		reads = append(reads, TermKey(t.Name, term.Slug), placeKey("count", strconv.Itoa(len(visible(term.Pages)))))
	}
	return reads
}

// readingOrder is the order of the reading list's groups.
var readingOrder = []string{"reading", "to-read", "read", "abandoned", ""}

// reading adds the site's reading list, grouped by status.
func (b *jobs) reading() {
	s := b.s
	if !hasReading(s) {
		return
	}
	link := readingURL(s)
	n := len(b.list)
	b.page(KindReadingIndex, link, "the reading list", "", nil, true, func() *Data {
		d := b.base(KindReadingIndex, link).titled("Reading")
		d.Reading = b.groupReading(s.Reading)
		d.ReadingTags = readingTags(s)
		withViews(d.ReadingTags, b.views)()
		d.ReadingTagURLs = tagURLs(d.ReadingTags)
		d.JSONLD = b.readingLD("Reading", link, s.Reading)
		d.Pages = b.views.Entries(visible(s.Readings))
		return d
	})
	b.setReads(n, []Key{ChromeKey}, readings(s.Reading), entries(visible(s.Readings)))
	b.setLists(n, visible(s.Readings))
}

func (b *jobs) groupReading(entries []*site.ReadingEntry) []ReadingGroup {
	by := map[string][]*site.ReadingEntry{}
	for _, e := range entries {
		st := e.Status
		if statusTitles[st] == "" {
			st = ""
		}
		by[st] = append(by[st], e)
	}
	var out []ReadingGroup
	for _, st := range readingOrder {
		if len(by[st]) > 0 {
			out = append(out, ReadingGroup{Status: st, Title: statusTitle(st), Entries: b.views.ReadingEntries(by[st])})
		}
	}
	return out
}

// sponsorsURL is where the sponsors page is published.
const sponsorsURL = "/sponsors/"

// sponsors adds the sponsors page, the sponsors grouped by tier. A page
// the author put at the same URL wins over it (see jobs.add).
func (b *jobs) sponsors() {
	if len(b.s.Sponsors) == 0 {
		return
	}
	n := len(b.list)
	intro := b.intros[outputPath(sponsorsURL)]
	b.page(KindSponsors, sponsorsURL, "the sponsors page", "", introSources(intro), true, func() *Data {
		d := b.base(KindSponsors, sponsorsURL).titled("Sponsors")
		d.Sponsors = b.views.SponsorTiers(b.s.Sponsors)
		return b.introduced(d, intro)
	})
	b.setReads(n, []Key{ChromeKey}, introReads(intro), sponsorReads(b.s.Sponsors))
}

// sponsorReads are the keys of what a list of tiers shows: each tier,
// its event and its sponsors' pages.
func sponsorReads(tiers []*site.SponsorTier) []Key {
	var reads []Key
	for _, t := range tiers {
		reads = append(reads, placeKey("tier", t.Name))
		if t.Event != nil {
			reads = append(reads, EventKey(t.Event.Slug))
		}
		for _, p := range t.Sponsors {
			reads = append(reads, PageKey(p))
		}
	}
	return reads
}

// notFound adds 404.html, which servers show at any missing URL: its
// links must not be relative to its own place.
func (b *jobs) notFound() {
	n := len(b.list)
	b.page(Kind404, "/404.html", "the 404 page", "", nil, false, func() *Data {
		d := b.base(Kind404, "/404.html").titled("Page not found")
		d.Canonical, d.NoIndex = "", true
		return d
	})
	b.setReads(n, []Key{ChromeKey})
}

// feeds adds the site's Atom feed of talks and notes and one per tag.
// What each carries is picked once, for its keys, its job and the
// warnings about long pages.
func (b *jobs) feeds() {
	s := b.s
	all := feedPages(append(s.Notes[:len(s.Notes):len(s.Notes)], s.Talks...))
	var terms []*site.Term
	if s.Tags != nil {
		terms = s.Tags.Terms
	}
	carried := make([][]*site.Page, len(terms))
	for i, t := range terms {
		carried[i] = feedPages(t.Pages)
	}
	b.warnLongFed(append(carried, all))
	// The site's feed is where its config says (a Jekyll site's
	// feed.path), so the address its readers subscribed to keeps working.
	self := cmp.Or(s.Config.Feed, "/feed.xml")
	b.feedFile(outputPath(self), feedReads(all), all, func(buf *bytes.Buffer) {
		b.feed(buf, s.Config.Title, self, "/", all)
	})
	for i, t := range terms {
		self := termFeed(s, t.URL)
		reads := append([]Key{TermKey(s.Tags.Name, t.Slug)}, feedReads(carried[i])...)
		b.feedFile(outputPath(self), reads, carried[i], func(buf *bytes.Buffer) {
			b.feed(buf, s.Config.Title+": "+t.Name, self, t.URL, carried[i])
		})
	}
}

// sitemap adds sitemap.xml, listing the HTML pages added so far that are
// not hidden, and robots.txt. A sitemap's <loc> must be an absolute URL,
// so without base_url there is no sitemap, only robots.txt saying so.
func (b *jobs) sitemap() {
	if b.urls.base == "" {
		b.file(KindRobots, "robots.txt", "text/plain", nil, func(buf *bytes.Buffer) { buf.Write(b.robots()) })
		return
	}
	n := 0
	for _, j := range b.list {
		if j.url != "" {
			n++
		}
	}
	links := make([]string, 0, n)
	var reads []Key
	if !b.r.opts.NoReads {
		reads = make([]Key, 0, n)
	}
	for _, j := range b.list {
		if j.url != "" {
			links = append(links, j.url)
			if reads != nil {
				reads = append(reads, placeKey(j.url))
			}
		}
	}
	b.file(KindSitemap, "sitemap.xml", "application/xml", reads, func(buf *bytes.Buffer) { b.sitemapXML(buf, links) })
	b.file(KindRobots, "robots.txt", "text/plain", nil, func(buf *bytes.Buffer) { buf.Write(b.robots()) })
}
