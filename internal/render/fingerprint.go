package render

import (
	"math"
	"reflect"
	"slices"
	"sync"
	"time"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/internal/view"
)

// Fingerprints returns a fingerprint of every key of s that has one (see
// Key): equal fingerprints, within one process, mean that every output
// reading the key shows it alike. It is the one place that says what
// each key covers; the keys outputs read are set where their jobs are
// made. Place keys ("at:…") have none: their name says it all.
func Fingerprints(s *site.Site) map[Key]uint64 {
	return NewPrints().Fingerprints(s)
}

// Fingerprints is the package's Fingerprints, reusing what the last
// call of m computed for pages whose inputs did not change (see Prints).
func (m *Prints) Fingerprints(s *site.Site) map[Key]uint64 {
	f := newPrinter(newRefSums(new(view.Builder), s))
	f.out = make(map[Key]uint64, 2*len(s.Pages)+len(s.Speakers)+len(s.Reading)+8)
	order := make([]Key, 0, len(s.Pages)+len(s.Speakers)+len(s.Reading)+8)
	put := func(k Key, v uint64) {
		f.out[k] = v
		order = append(order, k)
	}
	entries, pages := m.pagePrints(s.Pages, f.sums)
	for i, p := range s.Pages {
		put(EntryKey(p), entries[i])
		f.out[PageKey(p)] = pages[i]
	}
	f.people(s, put)
	f.events(s, put)
	for _, tx := range []*site.Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		if tx == nil {
			continue
		}
		// A page shows a term's name and link; its pages are listed by
		// term pages and feeds, which read them, and counted by the
		// taxonomy's index, whose place keys hold the counts.
		for _, t := range tx.Terms {
			put(TermKey(tx.Name, t.Slug), f.term(t))
		}
	}
	for _, r := range s.Reading {
		put(ReadingKey(r.Key), f.reading(r))
	}
	// The site's key sums the others, in order; a patch sums them again
	// in the same order (see Patched).
	m.order = order
	f.out[SiteKey] = siteSum(order, func(k Key) uint64 { return f.out[k] })
	f.out[ChromeKey] = f.chrome(s)
	f.out[UpdatedKey] = f.updated(s)
	f.out[TaxonomiesKey] = f.taxonomies(s)
	return f.out
}

// siteSum is the fingerprint of the site key (SiteKey): the keys of
// order, each with its fingerprint.
func siteSum(order []Key, print func(Key) uint64) uint64 {
	all := view.NewHasher()
	for _, k := range order {
		k.hash(all)
		all.Uint64(print(k))
	}
	return all.Sum()
}

// reading is the fingerprint of an entry of the reading list
// (ReadingKey): the entry, and the pages mentioning it.
func (f *printer) reading(r *site.ReadingEntry) uint64 {
	f.start()
	f.value(reflect.ValueOf(r.Item))
	for _, p := range r.Sources {
		f.str(p.Doc.File, p.URL, p.Doc.Title)
		f.h.Bool(p.Doc.Hidden)
	}
	return f.sum()
}

// chrome is the fingerprint of ChromeKey: the navigation and the
// taxonomies.
func (f *printer) chrome(s *site.Site) uint64 {
	f.start()
	for _, m := range menu(s) {
		f.str(m.Name, m.URL)
	}
	for _, t := range taxonomies(s) {
		f.str(t.Name, t.Title, t.URL)
	}
	// Talk and note pages link their index when it lists something.
	f.h.Bool(len(listedTalks(s)) > 0)
	f.h.Bool(len(visible(s.Notes)) > 0)
	// .Site.EventsURL, which a configured menu leaves out of it.
	f.str(eventsIndexURL(s))
	return f.sum()
}

// taxonomies is the fingerprint of TaxonomiesKey: .Taxonomies but for
// its terms' pages and counts, as view.Taxonomy and view.Term hold them.
func (f *printer) taxonomies(s *site.Site) uint64 {
	f.start()
	for _, t := range taxonomies(s) {
		f.str(t.Name, t.Singular, t.Title, t.URL)
		f.h.Int(len(t.Terms))
		for _, term := range t.Terms {
			f.str(term.Name, term.Slug, term.URL)
			f.h.Bool(site.IsAllLevels(term))
		}
	}
	return f.sum()
}

// term is the fingerprint of t's key (TermKey): what a page shows of
// it.
func (f *printer) term(t *site.Term) uint64 {
	f.start()
	f.str(t.Name, t.URL)
	f.h.Uint64(f.sums.term(t))
	return f.sum()
}

// updated is the fingerprint of UpdatedKey: the site's newest date.
func (f *printer) updated(s *site.Site) uint64 {
	f.start()
	f.h.Time(s.Updated)
	return f.sum()
}

// printer hashes the fields of the model into fingerprints, with the
// views' hasher: a key's fingerprint holds those of views.
type printer struct {
	h   *view.Hasher
	out map[Key]uint64
	// views makes the views templates see, whose fingerprints are part
	// of the keys': what a template can show of a thing is in its view.
	views *view.Builder
	// sums are the fingerprints of the ref views of the site's people,
	// terms and events, shared by every printer of one site.
	sums *refSums
}

func newPrinter(sums *refSums) *printer {
	return &printer{h: view.NewHasher(), views: sums.views, sums: sums}
}

// refSums are the fingerprints of the ref views (view.PersonRef,
// TermRef, EventRef) of one built site's people, terms and events, by
// model value: every page names its people, terms and event, and a
// person's ref holds their whole bio, so each is hashed once per build,
// before the pages are, and then only read, by every core at once,
// from maps keyed by pointer. A value the site's lists do not hold is
// hashed when asked for, and not kept. The views of one Builder do not
// change while a site is fingerprinted.
type refSums struct {
	views  *view.Builder
	people map[*site.Speaker]uint64
	terms  map[*site.Term]uint64
	events map[*site.Event]uint64
}

// newRefSums hashes the ref views of every person, term and event the
// pages of s point to, and of its speakers and events; s nil hashes
// none (each is then hashed when asked for).
func newRefSums(views *view.Builder, s *site.Site) *refSums {
	r := &refSums{views: views, people: map[*site.Speaker]uint64{}, terms: map[*site.Term]uint64{}, events: map[*site.Event]uint64{}}
	if s == nil {
		return r
	}
	person := func(sp *site.Speaker) {
		if _, ok := r.people[sp]; !ok {
			r.people[sp] = views.PersonRef(sp).Fingerprint()
		}
	}
	term := func(t *site.Term) {
		if _, ok := r.terms[t]; t != nil && !ok {
			r.terms[t] = views.TermRef(t).Fingerprint()
		}
	}
	event := func(e *site.Event) {
		if _, ok := r.events[e]; e != nil && !ok {
			r.events[e] = views.EventRef(e).Fingerprint()
		}
	}
	for _, p := range s.Pages {
		for _, sp := range p.Speakers {
			person(sp)
		}
		for _, sp := range p.Authors {
			person(sp)
		}
		for _, t := range p.Tags {
			term(t)
		}
		term(p.Track)
		term(p.Format)
		term(p.Level)
		event(p.Event)
	}
	for _, sp := range s.Speakers {
		person(sp)
	}
	for _, e := range s.Events {
		event(e)
	}
	for _, tx := range []*site.Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		if tx != nil {
			for _, t := range tx.Terms {
				term(t)
			}
		}
	}
	return r
}

// person returns the fingerprint of sp's view.PersonRef.
func (r *refSums) person(sp *site.Speaker) uint64 {
	if sum, ok := r.people[sp]; ok {
		return sum
	}
	return r.views.PersonRef(sp).Fingerprint()
}

// term returns the fingerprint of t's view.TermRef.
func (r *refSums) term(t *site.Term) uint64 {
	if sum, ok := r.terms[t]; ok {
		return sum
	}
	return r.views.TermRef(t).Fingerprint()
}

// event returns the fingerprint of e's view.EventRef.
func (r *refSums) event(e *site.Event) uint64 {
	if sum, ok := r.events[e]; ok {
		return sum
	}
	return r.views.EventRef(e).Fingerprint()
}

func (f *printer) start()      { f.h.Reset() }
func (f *printer) sum() uint64 { return f.h.Sum() }

// str writes strings, each on its own.
func (f *printer) str(vs ...string) {
	for _, v := range vs {
		f.h.String(v)
	}
}

var (
	timeType    = reflect.TypeFor[time.Time]()
	bytesType   = reflect.TypeFor[[]byte]()
	speakerType = reflect.TypeFor[*site.Speaker]()
	termType    = reflect.TypeFor[*site.Term]()
	eventType   = reflect.TypeFor[*site.Event]()
	entryType   = reflect.TypeFor[*site.ReadingEntry]()
	pageType    = reflect.TypeFor[*site.Page]()
)

// value writes v: exported struct fields, slices, maps in key order,
// pointers followed, but for the model's own pointers, written by name.
func (f *printer) value(v reflect.Value) {
	if !v.IsValid() {
		f.h.Byte(7)
		return
	}
	switch v.Type() {
	case timeType:
		if v.CanAddr() {
			f.h.Time(*v.Addr().Interface().(*time.Time)) // no copy on the heap
		} else {
			f.h.Time(v.Interface().(time.Time))
		}
		return
	case bytesType:
		f.h.Bytes(v.Bytes())
		return
	case speakerType, termType, eventType, entryType, pageType:
		if v.IsNil() {
			f.h.Byte(7)
			return
		}
		switch x := v.Interface().(type) {
		case *site.Speaker:
			f.str(x.Slug)
		case *site.Term:
			f.str(x.URL)
		case *site.Event:
			f.str(x.Slug)
		case *site.ReadingEntry:
			f.str(x.Key)
		case *site.Page:
			f.str(x.Doc.File)
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for _, i := range exported(v.Type()) {
			f.value(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		f.h.Uint64(uint64(v.Len()))
		for i := range v.Len() {
			f.value(v.Index(i))
		}
	case reflect.Map:
		if v.Len() == 0 {
			f.h.Uint64(0)
			return
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int {
			if a.Kind() == reflect.String {
				return compare(a.String(), b.String())
			}
			return 0
		})
		f.h.Uint64(uint64(len(keys)))
		for _, k := range keys {
			f.value(k)
			f.value(v.MapIndex(k))
		}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			f.h.Byte(7)
			return
		}
		if v.Kind() == reflect.Interface {
			f.str(v.Elem().Type().String())
		}
		f.value(v.Elem())
	case reflect.String:
		f.str(v.String())
	case reflect.Bool:
		f.h.Bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.h.Uint64(uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		f.h.Uint64(v.Uint())
	case reflect.Float32, reflect.Float64:
		f.h.Uint64(math.Float64bits(v.Float()))
	}
	// Functions and channels have no place in a page.
}

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// people fingerprints every person shown (PersonKey): everything a page
// can show of them and their own page. Those with a page of their own
// are s.Speakers; an author of notes only may have none.
//
// The pages a person gives or wrote are not in it: what shows them, the
// person's page and the speakers index, reads their entries (EntryKey),
// in order, and a talk page or schedule cell shows of its speakers only
// their view.PersonRef. A talk given another slug or date thus leaves
// the other pages and schedules of its speakers as they are.
func (f *printer) people(s *site.Site, put func(Key, uint64)) {
	people := make(map[string]*site.Speaker)
	var order []string
	for _, p := range s.Pages {
		for _, list := range [][]*site.Speaker{p.Speakers, p.Authors} {
			for _, sp := range list {
				if _, ok := people[sp.Slug]; !ok {
					order = append(order, sp.Slug)
				}
				people[sp.Slug] = sp
			}
		}
	}
	for _, sp := range s.Speakers {
		if _, ok := people[sp.Slug]; !ok {
			order = append(order, sp.Slug)
		}
		people[sp.Slug] = sp
	}
	slices.Sort(order)
	for _, slug := range order {
		put(PersonKey(slug), f.person(people[slug]))
	}
}

// person is the fingerprint of a person (PersonKey).
func (f *printer) person(sp *site.Speaker) uint64 {
	f.start()
	f.value(reflect.ValueOf(sp.Person))
	f.str(sp.URL, string(sp.BioHTML))
	f.h.Uint64(f.sums.person(sp))
	if p := sp.Page; p != nil {
		f.str(p.Doc.File, p.URL, p.Doc.Title, p.Description)
		f.h.Bool(p.Doc.Hidden)
	}
	// A person's pages per event share their key: the talks of each
	// event show its edition.
	for _, ed := range sp.Editions {
		f.value(reflect.ValueOf(ed.Person))
		f.str(ed.URL, string(ed.BioHTML), ed.Page.Doc.File, ed.Page.URL, ed.Page.Description)
		f.h.Bool(ed.Page.Doc.Hidden)
	}
	return f.sum()
}

// events fingerprints every event (EventKey): its fields, its page, and
// the files of its pages, dated or not, which its page and schedule list.
func (f *printer) events(s *site.Site, put func(Key, uint64)) {
	joined := make(map[*site.Event][]*site.Page)
	for _, p := range s.Pages {
		if p.Event != nil {
			joined[p.Event] = append(joined[p.Event], p)
		}
	}
	for _, e := range s.Events {
		put(EventKey(e.Slug), f.event(e, joined[e]))
	}
}

// event is the fingerprint of an event (EventKey); joined are the pages
// joining it, in the site's order.
func (f *printer) event(e *site.Event, joined []*site.Page) uint64 {
	f.start()
	f.str(e.Name, e.Slug, e.URL, e.Venue, e.Timezone, string(e.Description))
	f.h.Uint64(f.sums.event(e))
	f.h.Time(e.Start)
	f.h.Time(e.End)
	f.str(e.Rooms...)
	if e.Schedule != nil {
		f.str("schedule", e.Schedule.URL)
	}
	if p := e.Page; p != nil {
		f.str(p.Doc.File, p.URL, p.Doc.Title, p.Description)
		f.h.Bool(p.Doc.Hidden)
	}
	for _, l := range [][]*site.Page{e.Talks, joined} {
		f.h.Byte(1)
		for _, p := range l {
			f.str(p.Doc.File, p.URL)
		}
	}
	return f.sum()
}

// exportedFields caches, by struct type, the indexes of its exported
// fields: a site's fingerprints look at the same few types again and
// again. A document's Fields, where each field was written, are left
// out: no output shows them but through diagnostics, which are hashed.
var exportedFields sync.Map

var documentType = reflect.TypeFor[content.Document]()

func exported(t reflect.Type) []int {
	if v, ok := exportedFields.Load(t); ok {
		return v.([]int)
	}
	var out []int
	for i := range t.NumField() {
		if t.Field(i).IsExported() && !(t == documentType && t.Field(i).Name == "Fields") {
			out = append(out, i)
		}
	}
	exportedFields.Store(t, out)
	return out
}
