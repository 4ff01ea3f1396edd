package render

import (
	"strconv"
	"strings"

	"lectern/internal/site"
)

// Key names one thing of the model that an output reads. Every job lists
// the keys it reads (Job.Reads), and Fingerprints gives each key a
// fingerprint for a built site: an output whose keys and their
// fingerprints are those of the last build renders the same bytes, so
// the preview need not render it again. docs/invalidation.md lists the
// keys.
type Key string

// The keys of things every page, or the site as a whole, shows.
const (
	// ChromeKey is what every HTML page shows of the site: its
	// navigation and taxonomies, and whether the talks and notes
	// indexes list anything. The configuration is not in it: a change
	// to config.toml renders everything again.
	ChromeKey Key = "chrome"
	// SiteKey is every entry, person, event, term and reading entry of
	// the site: the key of outputs that sum up the whole site (page 1 of
	// home, the search index, the service worker).
	SiteKey Key = "site"
	// UpdatedKey is the newest date of any page, which stamps the feeds.
	UpdatedKey Key = "updated"
)

// PageKey is the key of everything a page shows of itself, body
// included (see docs/invalidation.md).
func PageKey(file string) Key { return Key("page:" + file) }

// EntryKey is the key of what a list shows of a page: its view.Entry.
func EntryKey(file string) Key { return Key("entry:" + file) }

// PersonKey is the key of a person, merged from every file naming them.
func PersonKey(slug string) Key { return Key("person:" + slug) }

// EventKey is the key of an event, with its page and the pages joining it.
func EventKey(slug string) Key { return Key("event:" + slug) }

// TermKey is the key of a term of the taxonomy tax (its plural name).
func TermKey(tax, slug string) Key { return Key("term:" + tax + "/" + slug) }

// ReadingKey is the key of an entry of the site's reading list.
func ReadingKey(key string) Key { return Key("reading:" + key) }

// placeKey makes a place key ("at:…"), which has no fingerprint: what it
// says is in its name, such as a list page's place in its list, so that
// the output is rendered again when it changes, as its Reads then differ.
func placeKey(parts ...string) Key { return Key("at:" + strings.Join(parts, "\x00")) }

// pagerKey is the place key of one page of a paginated list.
func pagerKey(heading string, p *Pager) Key {
	return placeKey(heading, strconv.Itoa(p.Number), strconv.Itoa(p.Total), strconv.Itoa(p.Items))
}

// setReads sets the Reads of the job added at position n of the list,
// if it was added (a page the author put at its path may have won).
func (b *jobs) setReads(n int, keys ...[]Key) {
	if len(b.list) <= n || b.r.opts.NoReads {
		return
	}
	var all []Key
	for _, k := range keys {
		all = append(all, k...)
	}
	b.list[n].Reads = all
}

// pageReads are the keys a content page reads: itself, the chrome, and
// what it shows of its people, event, terms and reading entries.
func pageReads(s *site.Site, p *site.Page) []Key {
	out := []Key{PageKey(p.Doc.File), ChromeKey}
	for _, sp := range p.Speakers {
		out = append(out, PersonKey(sp.Slug))
	}
	for _, sp := range p.Authors {
		out = append(out, PersonKey(sp.Slug))
	}
	if p.Event != nil {
		out = append(out, EventKey(p.Event.Slug))
	}
	out = append(out, termKeys(s, p)...)
	for _, e := range p.Items {
		out = append(out, ReadingKey(e.Key))
	}
	return out
}

// termKeys are the keys of the terms a page is filed under.
func termKeys(s *site.Site, p *site.Page) []Key {
	var out []Key
	if s.Tags != nil {
		for _, t := range p.Tags {
			out = append(out, TermKey(s.Tags.Name, t.Slug))
		}
	}
	for _, x := range []struct {
		tx   *site.Taxonomy
		term *site.Term
	}{{s.Tracks, p.Track}, {s.Formats, p.Format}, {s.Levels, p.Level}} {
		if x.tx != nil && x.term != nil {
			out = append(out, TermKey(x.tx.Name, x.term.Slug))
		}
	}
	return out
}

// entries are the keys of pages a list shows: what lists show of each
// (EntryKey). Templates see a listed page as a view.Entry, which holds
// no body, so no list shows one.
func entries(pages []*site.Page) []Key {
	out := make([]Key, len(pages))
	for i, p := range pages {
		out[i] = EntryKey(p.Doc.File)
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

// feedReads are the keys a feed of pages reads: the site's newest date,
// which stamps it, and the whole of each page it carries.
func feedReads(pages []*site.Page) []Key {
	out := []Key{UpdatedKey}
	for _, p := range feedPages(pages) {
		out = append(out, PageKey(p.Doc.File))
	}
	return out
}

// scheduleReads are the keys a schedule's outputs read: its event, and
// its talks with their people, as lists show them (entry) or whole.
func scheduleReads(sc *site.Schedule, entry func(string) Key) []Key {
	out := []Key{placeKey("schedule", sc.Name)}
	if sc.Event != nil {
		out = append(out, EventKey(sc.Event.Slug))
	}
	for _, p := range sc.Talks {
		out = append(out, entry(p.Doc.File))
		for _, sp := range p.Speakers {
			out = append(out, PersonKey(sp.Slug))
		}
	}
	return out
}

// calendarReads are the keys of a talk's own calendar: what lists show
// of the talk (its description included), and its event.
func calendarReads(p *site.Page) []Key {
	out := []Key{EntryKey(p.Doc.File)}
	if p.Event != nil {
		out = append(out, EventKey(p.Event.Slug))
	}
	return out
}
