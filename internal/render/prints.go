package render

import (
	"reflect"
	"runtime"
	"slices"
	"sync"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
)

// Prints computes the fingerprints of the builds of one site, one after
// the other (the preview's), and keeps for each page what the next build
// can reuse: pages are most of a site's fingerprints, and an edit changes
// few of them. What is kept, by the page's loaded document
// (site.Page.Loaded, the same pointer for a file not read again):
//
//   - the hash of the document, but for site.ModelFields, which are
//     hashed from the page's Doc each time (the model may set them from
//     other files), and for Fields, which no output shows;
//   - the hash of everything the page's entry view is made of — that
//     document hash, the page's own fields (its model pointers by name),
//     and the fingerprints of the people, terms and event it points to,
//     as lists show them (view.PersonRef, TermRef, EventRef) — with the
//     fingerprint of the view.Entry made of them, which is reused while
//     that hash stays the same: view.Builder.Entry reads nothing else.
//
// A Prints is used by one goroutine at a time.
type Prints struct {
	pages map[*content.Document]pageMemo
	// order are the keys the site key sums, in the order of the last
	// Fingerprints.
	order []Key
}

// pageMemo is what Prints keeps of a page (see Prints).
type pageMemo struct {
	doc, input, view uint64
}

// NewPrints returns a Prints that knows nothing yet.
func NewPrints() *Prints {
	return &Prints{pages: map[*content.Document]pageMemo{}}
}

// pagePrints returns the entry and page fingerprints of pages, in order,
// hashed on every core, and keeps what the next call can reuse of them.
func (m *Prints) pagePrints(pages []*site.Page, sums *refSums) (entries, whole []uint64) {
	entries, whole = make([]uint64, len(pages)), make([]uint64, len(pages))
	memos := make([]pageMemo, len(pages))
	workers := min(runtime.GOMAXPROCS(0), 1+len(pages)/256)
	var wg sync.WaitGroup
	var failed diag.Carrier
	for w := range workers {
		wg.Go(func() {
			defer failed.Catch()
			f := newPrinter(sums)
			for i := w; i < len(pages); i += workers {
				old, ok := m.pages[pages[i].Loaded()] // read only while the workers run
				entries[i], whole[i], memos[i] = f.pageEntry(pages[i], old, ok)
			}
		})
	}
	wg.Wait()
	failed.Raise()
	next := make(map[*content.Document]pageMemo, len(pages))
	for i, p := range pages {
		if p.Loaded() != nil {
			next[p.Loaded()] = memos[i]
		}
	}
	m.pages = next
	return entries, whole
}

// pageEntry returns the entry fingerprint of p (EntryKey): its
// view.Entry, and the merged reading entries it names, which lists
// count; and its page fingerprint (PageKey): the entry's, every field of
// the page and its document, body included, found by reflection so that
// a field added later is covered, and the hash of its rendered body. The
// people, event, terms and reading entries it points to are written by
// name: they have keys of their own. old, when known, is what the last
// build kept of p's document; memo is what this one keeps.
func (f *printer) pageEntry(p *site.Page, old pageMemo, known bool) (entry, whole uint64, memo pageMemo) {
	src := p.Loaded()
	switch {
	case known && src != nil:
		memo.doc = old.doc
	case src != nil:
		memo.doc = f.doc(reflect.ValueOf(src).Elem())
	default:
		memo.doc = f.doc(reflect.ValueOf(&p.Doc).Elem())
	}

	f.start()
	f.h.Uint64(memo.doc)
	doc := reflect.ValueOf(&p.Doc).Elem()
	for _, i := range modelFields() {
		f.value(doc.Field(i))
	}
	pv := reflect.ValueOf(p).Elem()
	for _, i := range pageFields() {
		f.value(pv.Field(i))
	}
	sum := p.ContentSum()
	f.h.Bytes(sum[:])
	for _, l := range [][]*site.Speaker{p.Speakers, p.Authors} {
		f.h.Byte(1)
		for _, sp := range l {
			f.h.Uint64(f.sums.person(sp))
		}
	}
	for _, t := range append(slices.Clip(p.Tags), p.Track, p.Format, p.Level) {
		f.h.Byte(1)
		if t != nil {
			f.h.Uint64(f.sums.term(t))
		}
	}
	if p.Event != nil {
		f.h.Uint64(f.sums.event(p.Event))
	}
	memo.input = f.sum()

	if known && old.input == memo.input {
		memo.view = old.view
	} else {
		memo.view = f.views.Entry(p).Fingerprint()
	}
	f.start()
	f.h.Uint64(memo.view)
	for _, e := range p.Items {
		f.str(e.Key, e.Title, e.Note, string(e.NoteHTML), e.Status)
	}
	entry = f.sum()

	f.start()
	f.h.Uint64(entry)
	f.h.Uint64(memo.input)
	return entry, f.sum(), memo
}

// doc hashes a document's exported fields but for Fields and
// site.ModelFields.
func (f *printer) doc(d reflect.Value) uint64 {
	f.start()
	for _, i := range docFields() {
		f.value(d.Field(i))
	}
	return f.sum()
}

// The indexes of the fields pageEntry hashes, found once: the
// document's but for Fields and site.ModelFields (docFields), those of
// site.ModelFields (modelFields), and the page's but for Doc
// (pageFields).
var (
	docFields   = sync.OnceValue(func() []int { return fieldsWhere(documentType, false) })
	modelFields = sync.OnceValue(func() []int { return fieldsWhere(documentType, true) })
	pageFields  = sync.OnceValue(func() []int {
		var out []int
		for _, i := range exported(pageType.Elem()) {
			if pageType.Elem().Field(i).Name != "Doc" {
				out = append(out, i)
			}
		}
		return out
	})
)

// fieldsWhere returns the exported fields of t (Fields left out) that
// are, or are not, among site.ModelFields.
func fieldsWhere(t reflect.Type, model bool) []int {
	var out []int
	for _, i := range exported(t) {
		if slices.Contains(site.ModelFields, t.Field(i).Name) == model {
			out = append(out, i)
		}
	}
	return out
}
