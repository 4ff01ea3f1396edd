package render

import (
	"maps"
	"slices"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// Moved returns the fingerprints of s after the page of patch was moved
// to another URL in place (site.Site.Move), or given other reading
// items (site.Site.Relist), when Fingerprints or Patched
// computed prev for s before the move: prev with the keys the move can
// change computed again. Those are p's page and entry keys; the people
// p names and those it no longer names (left, site.Patch.Left), whom
// the move may have merged otherwise or made or let go, and its event,
// whose key holds the links of the pages joining it in the order of
// the site's pages; the reading entries p is a
// source of, which show its title (a page given other people alone
// keeps its URL, and Move lets it have reading items); the chrome and
// the newest date; and the site key, which sums the entry keys in the
// order of the pages, where p has a new place. Every other key is as
// in prev: no other page changed, nor any person, event, term or
// reading entry as its key shows it (Move checks it), but a term new
// to the site or left by its last page, whose key is added or let go,
// with the taxonomies' key; the lists p moved in, left or joined (its
// date, room, tags, track, format, level or people) are in the jobs'
// reads, made again. The pages naming a person the move merged
// otherwise (merged, site.Patch.Merged: a name or bio a talk writes
// first, or their own page declares) are computed again too, and, when
// the reading list was made again (site.Patch.Relisted), every entry's
// key and the keys of every page naming one (relisted). A page put into
// the model (site.Site.Add) has its keys made, one taken out (Remove)
// its keys let go; the people it names or named, its event, its terms
// and the site key's order are as for a move, and every event's page
// when it gave an event its first talk or took its last
// (site.Patch.Rescheduled). ok is false when prev's
// order of the site key does not start with the pages' entry keys: the
// caller computes every fingerprint.
func (m *Prints) Moved(s *site.Site, patch site.Patch, prev map[Key]uint64) (out map[Key]uint64, ok bool) {
	p, left, merged := patch.Page, patch.Left, patch.Merged
	// The entry keys of the pages come first, in their order; a page
	// added or removed adds or takes one.
	n := slices.IndexFunc(m.order, func(k Key) bool { return k.kind != entryKind })
	if n < 0 {
		n = len(m.order)
	}
	if d := len(s.Pages) - n; d < -1 || d > 1 {
		return nil, false
	}
	order := make([]Key, len(s.Pages), len(s.Pages)+len(m.order)-n+1)
	for i, q := range s.Pages {
		order[i] = EntryKey(q)
	}
	order = append(order, m.order[n:]...)
	f := newPrinter(newRefSums(new(view.Builder), nil))
	out = maps.Clone(prev)
	if slices.Contains(s.Pages, p) {
		m.printPage(f, p, out)
	} else {
		// Taken out of the model: no output reads its keys any longer.
		delete(out, EntryKey(p))
		delete(out, PageKey(p))
		delete(m.pages, p.Loaded())
	}
	// A page given other people alone may have reading items (see
	// site's movable), whose entries show its title.
	f.sources(s, p, prev, out)
	if len(merged) > 0 {
		// Every page naming a person merged otherwise shows them anew.
		for _, q := range s.Pages {
			if q == p || !namesAny(q, merged) {
				continue
			}
			m.printPage(f, q, out)
		}
	}
	for _, sp := range slices.Concat(p.Speakers, p.Authors, left) {
		k := PersonKey(sp.Slug)
		who := personOf(s, sp.Slug)
		switch {
		case who == nil:
			// No file names them any longer (see site's repeople).
			delete(out, k)
			order = slices.DeleteFunc(order, func(o Key) bool { return o == k })
		case !hasKey(out, k):
			// A person new to the site: people's keys are in order of
			// their slugs, after the pages' (see printer.people).
			order = withPerson(order, k)
			out[k] = f.person(who)
		default:
			out[k] = f.person(who)
		}
	}
	if e := p.Event; e != nil && hasKey(prev, EventKey(e.Slug)) {
		out[EventKey(e.Slug)] = f.event(e, joinedPages(s, e))
	}
	// Relist patches what the page shows too: a speaker's or an event's
	// page gives its person or event what they show, and an event's
	// page the venue its talks' pages show (Patch.Relocated).
	for _, q := range patch.Relocated {
		m.printPage(f, q, out)
	}
	if patch.Rescheduled {
		// An event given its first talk, or losing its last (its key
		// is p's event's, above): its page shows whether it has a
		// schedule, and every event's page which is the site's.
		for _, e := range s.Events {
			if e.Page != nil && e.Page != p {
				m.printPage(f, e.Page, out)
			}
		}
	}
	f.owners(s, map[*site.Page]bool{p: true}, out)
	order = f.evented(s, order, out)
	order = f.retermed(s, order, out)
	f.namedTerms(s, p.Loaded(), out)
	if patch.Relisted {
		order = m.relisted(f, s, p, order, prev, out)
	}
	out[ChromeKey] = f.chrome(s)
	out[UpdatedKey] = f.updated(s)
	out[TaxonomiesKey] = f.taxonomies(s)
	m.order = order
	out[SiteKey] = siteSum(order, func(k Key) uint64 { return out[k] })
	return out, true
}

// retermed returns order with its term keys those of s's terms, in the
// order Fingerprints puts them, and gives out the fingerprints of the
// terms a move made (a tag new to the site: see site's retag), less the
// keys of those it let go. A term kept keeps its key's fingerprint: its
// name and URL did not change. It returns order itself when the terms
// are those order holds.
func (f *printer) retermed(s *site.Site, order []Key, out map[Key]uint64) []Key {
	var terms []Key
	for _, tx := range []*site.Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		if tx == nil {
			continue
		}
		for _, t := range tx.Terms {
			k := TermKey(tx.Name, t.Slug)
			terms = append(terms, k)
			if !hasKey(out, k) {
				out[k] = f.term(t)
			}
		}
	}
	// The terms' keys come before the reading entries'.
	return withRun(order, terms, out, termKind, readingKind)
}

// withRun returns order with its run of keys of kind kind replaced by
// keys, where the run is or, without one, before the first key of a
// kind of later (the kinds Fingerprints puts after it), deleting from
// out the keys the run held that keys do not. It returns order itself
// when the run is keys.
func withRun(order, keys []Key, out map[Key]uint64, kind keyKind, later ...keyKind) []Key {
	from := slices.IndexFunc(order, func(k Key) bool { return k.kind == kind || slices.Contains(later, k.kind) })
	if from < 0 {
		from = len(order)
	}
	to := from
	for to < len(order) && order[to].kind == kind {
		to++
	}
	if slices.Equal(order[from:to], keys) {
		return order
	}
	for _, k := range order[from:to] {
		if !slices.Contains(keys, k) {
			delete(out, k)
		}
	}
	return slices.Concat(order[:from], keys, order[to:])
}

// namedTerms computes again the keys of the terms of s that document d
// names (its tags, track, format and level). In an edit of two steps
// (a rename, a page taken out and put back: see Moved) the first may
// let a term go and the second make it again, written otherwise; each
// step sees the site after both, in which the term is kept, so retermed
// leaves its key as it was.
func (f *printer) namedTerms(s *site.Site, d *content.Document, out map[Key]uint64) {
	if d == nil {
		return
	}
	for _, x := range [...]struct {
		tx    *site.Taxonomy
		names []string
	}{{s.Tags, d.Tags}, {s.Tracks, []string{d.Track}}, {s.Formats, []string{d.Format}}, {s.Levels, []string{d.Level}}} {
		if x.tx == nil {
			continue
		}
		for _, name := range x.names {
			slug := content.Slugify(name)
			if i := slices.IndexFunc(x.tx.Terms, func(t *site.Term) bool { return t.Slug == slug }); i >= 0 && slug != "" {
				out[TermKey(x.tx.Name, slug)] = f.term(x.tx.Terms[i])
			}
		}
	}
}

// evented returns order with its event keys those of s's events, in
// the order Fingerprints puts them (the events' own), and gives out the
// fingerprint of an event new to the site (one a page added made: see
// site's Add), less the keys of events gone. It returns order itself
// when the events are those order holds.
func (f *printer) evented(s *site.Site, order []Key, out map[Key]uint64) []Key {
	events := make([]Key, len(s.Events))
	for i, e := range s.Events {
		events[i] = EventKey(e.Slug)
		if !hasKey(out, events[i]) {
			out[events[i]] = f.event(e, joinedPages(s, e))
		}
	}
	// The events' keys follow the people's, before the terms' and the
	// reading entries'.
	return withRun(order, events, out, eventKind, termKind, readingKind)
}

// relisted computes again, after the reading list was made again, the
// keys it holds: every entry's key, which replace the last list's (in
// prev) at the end of order (Fingerprints puts them last), the keys of
// entries gone let go; and the entry and page keys of the pages (but p,
// done)
// naming an entry whose key changed or is new, or hidden, whose items
// may name entries of their own (a hidden page's item has one when no
// shown page lists it). Every other page names the same entries, each
// as it was: an item merged into another entry than before makes that
// entry's key change, as it lists the page. It returns order.
func (m *Prints) relisted(f *printer, s *site.Site, p *site.Page, order []Key, prev, out map[Key]uint64) []Key {
	from := slices.IndexFunc(order, func(k Key) bool { return k.kind == readingKind })
	if from < 0 {
		from = len(order)
	}
	now := make([]uint64, len(s.Reading))
	changed := map[string]bool{}
	for i, r := range s.Reading {
		now[i] = f.reading(r)
		if was, ok := prev[ReadingKey(r.Key)]; !ok || was != now[i] {
			changed[r.Key] = true
		}
	}
	for _, k := range order[from:] {
		delete(out, k)
	}
	order = slices.Clip(order[:from])
	for i, r := range s.Reading {
		k := ReadingKey(r.Key)
		out[k] = now[i]
		order = append(order, k)
	}
	for _, q := range s.Pages {
		if q == p || !q.Doc.Hidden && !slices.ContainsFunc(q.Items, func(e *site.ReadingEntry) bool { return changed[e.Key] }) {
			continue
		}
		m.printPage(f, q, out)
	}
	return order
}

// namesAny reports whether page q names one of people, as a speaker or
// an author.
func namesAny(q *site.Page, people []*site.Speaker) bool {
	for _, list := range [2][]*site.Speaker{q.Speakers, q.Authors} {
		for _, sp := range list {
			if slices.Contains(people, sp) {
				return true
			}
		}
	}
	return false
}

// withPerson returns order with the key k of a person new to the site in
// its place among the people's keys, sorted by slug.
func withPerson(order []Key, k Key) []Key {
	from := slices.IndexFunc(order, func(o Key) bool { return o.kind == personKind })
	if from < 0 {
		// No person before: theirs follow the pages' entries.
		from = slices.IndexFunc(order, func(o Key) bool { return o.kind != entryKind })
		if from < 0 {
			from = len(order)
		}
	}
	i := from
	for i < len(order) && order[i].kind == personKind && order[i].name < k.name {
		i++
	}
	return slices.Insert(order, i, k)
}

// personOf returns what printer.people fingerprints under the person
// key of slug: the site's speaker of that slug, else the last in the
// order of the pages of those naming it (a note's author who gives no
// talk is a person of each note).
func personOf(s *site.Site, slug string) *site.Speaker {
	if i := slices.IndexFunc(s.Speakers, func(sp *site.Speaker) bool { return sp.Slug == slug }); i >= 0 {
		return s.Speakers[i]
	}
	var who *site.Speaker
	for _, q := range s.Pages {
		for _, list := range [][]*site.Speaker{q.Speakers, q.Authors} {
			for _, sp := range list {
				if sp.Slug == slug {
					who = sp
				}
			}
		}
	}
	return who
}
