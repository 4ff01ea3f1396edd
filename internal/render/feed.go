package render

import (
	"bytes"
	"encoding/xml"
	"slices"
	"time"

	"lectern/internal/diag"
	"lectern/internal/site"
)

// feedSize is the most entries a feed holds.
const feedSize = 50

// MaxFeedContent is the largest body, in bytes of HTML, that a feed entry
// carries in full; a longer page is given in feeds by its summary and
// link. A page is in the site's feed and in the feed of each of its tags
// (up to 101 copies): a 3 MB page with 100 tags made 300 MB of feeds.
const MaxFeedContent = 512 << 10

// Atom's elements (RFC 4287), marshalled by encoding/xml, which escapes
// every text and drops characters XML cannot hold.

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    *atomPerson `xml:"author,omitempty"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel    string `xml:"rel,attr,omitempty"`
	Type   string `xml:"type,attr,omitempty"`
	Href   string `xml:"href,attr"`
	Length int64  `xml:"length,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomEntry struct {
	Title     string       `xml:"title"`
	ID        string       `xml:"id"`
	Links     []atomLink   `xml:"link"`
	Updated   string       `xml:"updated"`
	Published string       `xml:"published,omitempty"`
	Authors   []atomPerson `xml:"author"`
	Category  []atomCat    `xml:"category"`
	Summary   *atomText    `xml:"summary,omitempty"`
	Content   *atomText    `xml:"content,omitempty"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

// feedPages returns the newest dated, visible pages of pages, at most
// feedSize, by FeedDate; pages without one have no place in a feed's
// time order (the model warned about the notes among them), and breaks
// that have no page are not news.
func feedPages(pages []*site.Page) []*site.Page {
	var out []*site.Page
	for _, p := range pages {
		if !p.Doc.Hidden && !p.Pageless && !p.FeedDate().IsZero() {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b *site.Page) int {
		if c := b.FeedDate().Compare(a.FeedDate()); c != 0 {
			return c
		}
		if a.URL < b.URL {
			return -1
		}
		if a.URL > b.URL {
			return 1
		}
		return 0
	})
	return out[:min(len(out), feedSize)]
}

// feedFile adds the feed at out carrying the pages carried, written by
// write: its job shows their bodies (see releases). It warns about those
// too long to carry whole that warnLongFed could not tell without
// rendering them; the warnings of the feeds a page is in are the same,
// and said once (see Run).
func (b *jobs) feedFile(out string, reads []Key, carried []*site.Page, write func(*bytes.Buffer)) {
	var unsized []*site.Page
	for _, p := range carried {
		if _, ok := p.RenderedSize(); !ok {
			unsized = append(unsized, p)
		}
	}
	b.add(Job{
		Path: out, Kind: KindFeed, Reads: reads, bodies: carried,
		render: func(t *task) (Output, diag.List) {
			var diags diag.List
			for _, p := range unsized {
				if size := p.ContentSize(); size > MaxFeedContent {
					diags.Add(longFed(p, size))
				}
			}
			write(t.buf)
			return Output{Path: out, MediaType: "application/atom+xml", Body: t.buf.Bytes()}, diags
		},
	})
}

// warnLongFed warns, once each, about the pages some feed carries whose
// HTML, already rendered, is too long to carry whole: in the preview,
// every body. A build renders the others as it writes them, and the
// feeds warn then (see feedFile). feeds are what each feed carries.
func (b *jobs) warnLongFed(feeds [][]*site.Page) {
	in := map[*site.Page]bool{}
	for _, carried := range feeds {
		for _, p := range carried {
			in[p] = true
		}
	}
	for _, p := range b.s.Pages {
		if size, ok := p.RenderedSize(); ok && in[p] && size > MaxFeedContent {
			b.diags.Add(longFed(p, size))
		}
	}
}

// longFed is the warning about p, of size bytes of HTML, in a feed.
func longFed(p *site.Page, size int) diag.Diag {
	return diag.Warnf(diag.Pos{File: p.Doc.File}, "this page's HTML is %.1f MiB; feeds give only its summary and link, as each feed it is in (the site's, and one per tag) would repeat it", float64(size)/(1<<20))
}

// atomTime formats t in UTC, as feed readers compare them.
func atomTime(t time.Time) string {
	return t.UTC().Format(time.RFC3339)
}

// feedID returns the id of the thing at a root-relative URL: its absolute
// URL, or a URN when base_url is not set, because an Atom id must be an
// absolute IRI.
func (b *jobs) feedID(link string) string {
	if b.urls.base == "" {
		return "urn:lectern:" + link
	}
	return b.urls.abs(link)
}

// feed renders the Atom feed at self, carrying entries (see feedPages),
// for the page at alt.
func (b *jobs) feed(buf *bytes.Buffer, title, self, alt string, entries []*site.Page) {
	s := b.s
	updated := s.Updated
	for _, p := range entries {
		updated = maxTime(updated, p.FeedDate(), p.Doc.End, p.Doc.Updated)
	}
	if updated.IsZero() {
		updated = time.Unix(0, 0)
	}
	f := atomFeed{
		Title:    title,
		Subtitle: s.Config.Description,
		ID:       b.feedID(self),
		Updated:  atomTime(updated),
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: b.urls.abs(self)},
			{Rel: "alternate", Type: "text/html", Href: b.urls.abs(alt)},
		},
		Generator: "lectern",
	}
	siteAuthor := s.Config.Author
	if siteAuthor == "" {
		siteAuthor = s.Config.Title
	}
	f.Author = &atomPerson{Name: siteAuthor}
	for _, p := range entries {
		e := atomEntry{
			Title:     p.Doc.Title,
			ID:        b.feedID(p.URL),
			Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: b.urls.abs(p.URL)}},
			Updated:   atomTime(entryUpdated(p)),
			Published: atomTime(p.Doc.Date),
		}
		if p.Doc.Extras().LinkTo != "" {
			// A link post's entry is about the page it links, as
			// Daring Fireball's feed writes one: readers open the
			// alternate, so it is that page, and the post's own page
			// is the related link. The id stays the post's.
			e.Links = []atomLink{
				{Rel: "alternate", Type: "text/html", Href: p.Doc.Extras().LinkTo},
				{Rel: "related", Type: "text/html", Href: b.urls.abs(p.URL)},
			}
		}
		if a := p.Doc.Extras().Audio; a.URL != "" {
			// A podcast episode's entry carries its recording, as
			// the site's own podcast feed did, for feed readers and
			// podcast players to fetch (RFC 4287, 4.2.7.2).
			e.Links = append(e.Links, atomLink{Rel: "enclosure", Type: a.Type(), Href: b.urls.abs(a.URL), Length: a.Length})
		}
		if p.Doc.Date.IsZero() {
			// Dated by its last change only: when it was first
			// published is not known.
			e.Published = ""
		}
		people := p.Authors
		if p.Doc.Kind == "talk" || len(people) == 0 {
			people = p.Speakers
		}
		for _, sp := range people {
			a := atomPerson{Name: sp.Name}
			if sp.URL != "" {
				a.URI = b.urls.abs(sp.URL)
			}
			e.Authors = append(e.Authors, a)
		}
		for _, t := range p.Tags {
			e.Category = append(e.Category, atomCat{Term: t.Name})
		}
		if p.Description != "" {
			e.Summary = &atomText{Type: "text", Text: p.Description}
		}
		if c := p.Content(); c != "" && len(c) <= MaxFeedContent {
			e.Content = &atomText{Type: "html", Text: string(c)}
		}
		f.Entries = append(f.Entries, e)
	}
	writeXML(buf, f)
}

func maxTime(ts ...time.Time) time.Time {
	var m time.Time
	for _, t := range ts {
		if t.After(m) {
			m = t
		}
	}
	return m
}

// entryUpdated is when a feed entry last changed, Atom's updated: the
// page's updated field (lastmod, last_modified_at…) when it is later
// than the page's date, as a post revised after it was published says,
// so feed readers can show the revision; else the date it is filed under.
func entryUpdated(p *site.Page) time.Time {
	return maxTime(p.FeedDate(), p.Doc.Updated)
}
