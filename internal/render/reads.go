package render

import (
	"strconv"
	"strings"

	"lectern/internal/site"
	"lectern/internal/view"
)

// Key names one thing of the model that an output reads. Every job lists
// the keys it reads (Job.Reads), and Fingerprints gives each key a
// fingerprint for a built site: an output whose keys and their
// fingerprints are those of the last build renders the same bytes, so
// the preview need not render it again. docs/invalidation.md lists the
// keys.
//
// A Key is a kind and a name, compared as values: making one builds no
// string (a page's key holds the page's file name itself), which matters
// because the preview makes every job's keys again at each rebuild, a few
// hundred thousand of them on a large site. String gives its text form,
// "page:FILE", as the documentation writes keys.
type Key struct {
	kind keyKind
	name string
}

// keyKind is what a Key names; its prefix is the text form's.
type keyKind uint8

const (
	chromeKind keyKind = iota + 1
	siteKind
	updatedKind
	taxonomiesKind
	pageKind
	entryKind
	personKind
	eventKind
	termKind
	readingKind
	placeKind
)

// keyPrefixes are the kinds' text forms: the whole key for the keys
// without a name, else what comes before the name.
var keyPrefixes = [...]string{
	chromeKind:     "chrome",
	siteKind:       "site",
	updatedKind:    "updated",
	taxonomiesKind: "taxonomies",
	pageKind:       "page:",
	entryKind:      "entry:",
	personKind:     "person:",
	eventKind:      "event:",
	termKind:       "term:",
	readingKind:    "reading:",
	placeKind:      "at:",
}

// String returns the key as docs/invalidation.md writes it: "chrome",
// "page:content/talks/a.md", "term:tags/go".
func (k Key) String() string { return keyPrefixes[k.kind] + k.name }

// The keys of things every page, or the site as a whole, shows.
var (
	// ChromeKey is what every HTML page shows of the site: its
	// navigation and taxonomies, and whether the talks and notes
	// indexes list anything. The configuration is not in it: a change
	// to config.toml renders everything again.
	ChromeKey = Key{kind: chromeKind}
	// SiteKey is every entry, person, event, term and reading entry of
	// the site: the key of outputs that sum up the whole site (page 1 of
	// home, the search index, the service worker).
	SiteKey = Key{kind: siteKind}
	// UpdatedKey is the newest date of any page, which stamps the feeds.
	UpdatedKey = Key{kind: updatedKind}
	// TaxonomiesKey is what .Taxonomies shows but its terms' pages and
	// their counts: the taxonomies and their terms' names and links. It
	// changes only when a term is added, dropped or renamed.
	TaxonomiesKey = Key{kind: taxonomiesKind}
)

// PageKey is the key of everything page p shows of itself, body
// included (see docs/invalidation.md).
func PageKey(p *site.Page) Key { return Key{pageKind, pageName(p)} }

// EntryKey is the key of what a list shows of page p: its view.Entry.
func EntryKey(p *site.Page) Key { return Key{entryKind, pageName(p)} }

// pageName names page p among the keys: by its file, which holds one
// page and keeps its name when the page moves to another URL; a record
// of a data file (Doc.FromRecord), many of which share one file, by its
// line and URL too. Two pages of one key would share one fingerprint,
// the last page's, and an edit of the other would leave what reads it
// stale.
func pageName(p *site.Page) string {
	if !p.Doc.FromRecord() {
		return p.Doc.File
	}
	return p.Doc.File + ":" + strconv.Itoa(p.Doc.Line) + " " + p.URL
}

// PersonKey is the key of a person, merged from every file naming them.
func PersonKey(slug string) Key { return Key{personKind, slug} }

// EventKey is the key of an event, with its page and the pages joining it.
func EventKey(slug string) Key { return Key{eventKind, slug} }

// TermKey is the key of a term of the taxonomy tax (its plural name).
func TermKey(tax, slug string) Key { return Key{termKind, tax + "/" + slug} }

// ReadingKey is the key of an entry of the site's reading list.
func ReadingKey(key string) Key { return Key{readingKind, key} }

// placeKey makes a place key ("at:…"), which has no fingerprint: what it
// says is in its name, such as a list page's place in its list, so that
// the output is rendered again when it changes, as its Reads then differ.
func placeKey(parts ...string) Key { return Key{placeKind, strings.Join(parts, "\x00")} }

// IsPage reports whether k is a page's key (see PageKey).
func (k Key) IsPage() bool { return k.kind == pageKind }

// hash writes the key into h, its kind then its name.
func (k Key) hash(h *view.Hasher) {
	h.Byte(byte(k.kind))
	h.String(k.name)
}

// pagerKey is the place key of one page of a paginated list.
func pagerKey(heading string, p *Pager) Key {
	return placeKey(heading, strconv.Itoa(p.Number), strconv.Itoa(p.Total), strconv.Itoa(p.Items))
}

// setReads sets the Reads of the job added at position n of the list,
// if it was added (a page the author put at its path may have won).
func (b *jobs) setReads(n int, keys ...[]Key) { b.setReadsOn(n, 0, keys...) }

// setReadsOn is setReads for the page of a paginated list numbered
// number (see Renderer.readsOn), 0 for a page that is not one.
func (b *jobs) setReadsOn(n, number int, keys ...[]Key) {
	if len(b.list) <= n || b.r.opts.NoReads {
		return
	}
	// A page whose templates may show the site's lists, or the pages of
	// the terms of .Taxonomies, shows every entry and term: the site's
	// key says when any changed. One showing only the taxonomies' terms
	// reads their key.
	switch reads := b.r.readsOn(b.list[n].Kind, number); {
	case reads.siteLists || reads.termPages || reads.taxonomyPages:
		keys = append(keys[:len(keys):len(keys)], []Key{SiteKey})
	case reads.taxonomies:
		keys = append(keys[:len(keys):len(keys)], []Key{TaxonomiesKey})
	}
	if len(keys) == 1 {
		b.list[n].Reads = keys[0]
		return
	}
	size := 0
	for _, k := range keys {
		size += len(k)
	}
	all := make([]Key, 0, size)
	for _, k := range keys {
		all = append(all, k...)
	}
	b.list[n].Reads = all
}

// pageReads are the keys a content page reads: itself, the chrome, and
// what it shows of its people, terms and reading entries, in one slice
// of the size they need; and its event's key and its talks' entries when
// wholeEvent says its templates may read the whole event (.Event, with
// its talks and schedule), as the event's own page does. What it shows
// of the event otherwise, the event's view.EventRef (.Page.Event, the
// JSON-LD, the share card), is covered by its own key, which a
// sibling's move leaves alone.
func (b *jobs) pageReads(p *site.Page, wholeEvent bool) []Key {
	n := 2 + len(p.Speakers) + len(p.Authors) + len(p.Tags) + 4 + len(p.Items)
	if p.Event != nil && wholeEvent {
		n += 1 + len(p.Event.Talks)
	}
	out := append(make([]Key, 0, n), PageKey(p), ChromeKey)
	for _, sp := range p.Speakers {
		out = append(out, PersonKey(sp.Slug))
	}
	for _, sp := range p.Authors {
		out = append(out, PersonKey(sp.Slug))
	}
	if p.Event != nil && wholeEvent {
		out = append(out, EventKey(p.Event.Slug))
		for _, t := range p.Event.Talks {
			out = append(out, EntryKey(t))
		}
	}
	s := b.s
	if s.Tags != nil {
		for _, t := range p.Tags {
			out = append(out, b.termKey(s.Tags, t))
		}
	}
	for _, x := range [...]struct {
		tx   *site.Taxonomy
		term *site.Term
	}{{s.Tracks, p.Track}, {s.Formats, p.Format}, {s.Levels, p.Level}} {
		if x.tx != nil && x.term != nil {
			out = append(out, b.termKey(x.tx, x.term))
		}
	}
	for _, e := range p.Items {
		out = append(out, ReadingKey(e.Key))
	}
	return out
}

// termKey is TermKey of the term t of the taxonomy tx, made once a build
// for all the pages filed under it.
func (b *jobs) termKey(tx *site.Taxonomy, t *site.Term) Key {
	k, ok := b.terms[t]
	if !ok {
		k = TermKey(tx.Name, t.Slug)
		b.terms[t] = k
	}
	return k
}

// entries are the keys of pages a list shows: what lists show of each
// (EntryKey). Templates see a listed page as a view.Entry, which holds
// no body, so no list shows one.
func entries(pages []*site.Page) []Key {
	out := make([]Key, len(pages))
	for i, p := range pages {
		out[i] = EntryKey(p)
	}
	return out
}

// people are the keys of speakers.
func people(sps []*site.Speaker) []Key {
	out := make([]Key, len(sps))
	for i, sp := range sps {
		out[i] = PersonKey(sp.Slug)
	}
	return out
}

// readings are the keys of reading entries.
func readings(es []*site.ReadingEntry) []Key {
	out := make([]Key, len(es))
	for i, e := range es {
		out[i] = ReadingKey(e.Key)
	}
	return out
}

// feedReads are the keys a feed reads: the site's newest date, which
// stamps it, and the whole of each page it carries (see feedPages).
func feedReads(carried []*site.Page) []Key {
	out := append(make([]Key, 0, 1+len(carried)), UpdatedKey)
	for _, p := range carried {
		out = append(out, PageKey(p))
	}
	return out
}

// scheduleReads are the keys a schedule's outputs read: its event, and
// its talks with their people, as lists show them (entry) or whole.
func scheduleReads(sc *site.Schedule, entry func(*site.Page) Key) []Key {
	n := 2 + len(sc.Talks)
	for _, p := range sc.Talks {
		n += len(p.Speakers)
	}
	out := append(make([]Key, 0, n), placeKey("schedule", sc.Name))
	if sc.Event != nil {
		out = append(out, EventKey(sc.Event.Slug))
	}
	for _, p := range sc.Talks {
		out = append(out, entry(p))
		for _, sp := range p.Speakers {
			out = append(out, PersonKey(sp.Slug))
		}
	}
	return out
}

// calendarReads are the keys of a talk's own calendar: what lists show
// of the talk (its description included), whose event reference
// (view.EventRef) holds the venue the calendar shows of its event, and
// its hours, which a talk of an evening without its own takes. The
// event's key, which also changes when another of its talks moves, is
// not read.
func calendarReads(p *site.Page) []Key {
	return []Key{EntryKey(p)}
}
