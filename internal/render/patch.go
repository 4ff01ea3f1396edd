package render

import (
	"maps"
	"runtime"
	"slices"

	"lectern/internal/diag"
	"lectern/internal/site"
	"lectern/internal/view"
)

// The preview patches the model in place after an edit that changes
// only what pages show (site.Site.Patch) and renders again the outputs
// whose keys' fingerprints changed, with the jobs of the last build.
// This file is what that needs of the renderer: the fingerprints of the
// keys a patched page can change, views made again, and the share
// cards, whose file names are what they show.

// Patched returns the fingerprints that a patch of pages, made after
// Fingerprints computed prev for s, can have changed, computed again:
// the pages' page and entry keys; the people and events whose own page
// one of them is; the reading entries they mention; the chrome, the
// newest date, and the site key, which sums the others. The pages are
// patched in place, so every other key is as in prev: the people,
// events and terms they point to and the lists they are in are the
// same (site.Site.Patch checks it).
func (m *Prints) Patched(s *site.Site, pages []*site.Page, prev map[Key]uint64) map[Key]uint64 {
	f := newPrinter(newRefSums(new(view.Builder), nil))
	out := make(map[Key]uint64)
	own := make(map[*site.Page]bool, len(pages))
	for _, p := range pages {
		own[p] = true
		m.printPage(f, p, out)
		f.sources(s, p, prev, out)
	}
	f.owners(s, own, out)
	out[ChromeKey] = f.chrome(s)
	out[UpdatedKey] = f.updated(s)
	out[TaxonomiesKey] = f.taxonomies(s)
	// The site key sums the keys of m.order; when none of those computed
	// again changed (a body edit changes a page key alone), neither did it.
	out[SiteKey] = prev[SiteKey]
	for k, v := range out {
		if k != SiteKey && k != ChromeKey && k != UpdatedKey && k != TaxonomiesKey && !k.IsPage() && v != prev[k] {
			out[SiteKey] = siteSum(m.order, func(k Key) uint64 {
				if v, ok := out[k]; ok {
					return v
				}
				return prev[k]
			})
			break
		}
	}
	return out
}

// owners computes again the keys of the people and events whose own
// page (a speaker's, an event's) is among own, which a patch of it may
// have given another bio or venue.
func (f *printer) owners(s *site.Site, own map[*site.Page]bool, out map[Key]uint64) {
	for _, sp := range s.Speakers {
		owns := sp.Page != nil && own[sp.Page]
		for _, ed := range sp.Editions {
			owns = owns || own[ed.Page]
		}
		if owns {
			out[PersonKey(sp.Slug)] = f.person(sp)
		}
	}
	for _, e := range s.Events {
		if e.Page != nil && own[e.Page] {
			out[EventKey(e.Slug)] = f.event(e, joinedPages(s, e))
		}
	}
}

func hasKey(m map[Key]uint64, k Key) bool {
	_, ok := m[k]
	return ok
}

// Forget makes the jobs of x make again, when they run, the views that
// can show pages, which were patched in place (see view.Builder.Patched):
// the views made of them before show them as they were. No job of x
// may be running.
func (x *Index) Forget(pages []*site.Page) {
	if len(x.jobs) == 0 || x.jobs[0].built == nil {
		return
	}
	b := x.jobs[0].built
	b.views = b.views.Patched(pages)
}

// Cards returns the jobs of the share cards of the site of x as it is
// now: a card's file is named by what it shows, so a patch that changed
// a title may have renamed cards.
func (x *Index) Cards() ([]Job, diag.List) {
	if len(x.jobs) == 0 || x.jobs[0].built == nil {
		return nil, nil
	}
	b := x.jobs[0].built
	// A card for each talk, speaker and event, and the home page's.
	n := len(b.s.Talks) + len(b.s.Speakers) + len(b.s.Events) + 1
	c := &jobs{r: b.r, s: b.s, urls: b.urls, sets: b.sets, partials: b.partials, menu: b.menu, views: b.views,
		list: make([]Job, 0, n), byPath: make(map[string]int, n), byFold: map[string]int{}, assets: b.assets}
	c.cards(c.cardSums(runtime.GOMAXPROCS(0)))
	return c.list, c.diags
}

// WithCards returns an index of the jobs of x with its share cards
// replaced by cards (see Cards), and the paths of the cards that came and
// went; x is left as it was. A card whose path x has is the same
// picture (its name is what it draws), and its job is kept. ok is false
// when a new card would be written where another job writes: the caller
// makes every job again.
func (r *Renderer) WithCards(s *site.Site, x *Index, cards []Job) (y *Index, fresh, gone []string, ok bool) {
	now := make(map[string]bool, len(cards))
	var added []Job
	for _, c := range cards {
		now[c.Path] = true
		if i, had := x.byPath[c.Path]; !had {
			added = append(added, c)
		} else if x.jobs[i].Kind != KindCard {
			return nil, nil, nil, false
		}
	}
	var free []int // the places of the cards gone
	for i, j := range x.jobs {
		if j.Kind == KindCard && !now[j.Path] {
			free = append(free, i)
			gone = append(gone, j.Path)
		}
	}
	for _, c := range added {
		fresh = append(fresh, c.Path)
	}
	if len(added) == 0 && len(free) == 0 {
		return x, nil, nil, true
	}
	if len(added) != len(free) {
		// Cards came or went in number: index the list anew.
		out := make([]Job, 0, len(x.jobs)+len(added))
		for _, j := range x.jobs {
			if j.Kind != KindCard || now[j.Path] {
				out = append(out, j)
			}
		}
		return r.Index(s, append(out, added...)), fresh, gone, true
	}
	// As many came as went, the usual edit of one title: each new card
	// takes an old one's place, and no other job moves.
	y = &Index{jobs: slices.Clone(x.jobs), byPath: maps.Clone(x.byPath), byPage: x.byPage, page: x.page}
	for k, i := range free {
		delete(y.byPath, y.jobs[i].Path)
		y.jobs[i] = added[k]
		y.byPath[added[k].Path] = i
	}
	return y, fresh, gone, true
}

// ReadingAny returns the positions in Jobs, in order, of the jobs reading
// one of keys. Page keys, all a body edit moves, are looked up in the
// index; only other keys call for a look at every job's reads, and the
// few keys a patch moves are compared one by one, which is cheaper than
// hashing each read.
func (x *Index) ReadingAny(keys map[Key]bool) []int {
	var others []Key
	var picked []int
	for k := range keys {
		if k.IsPage() {
			picked = append(picked, x.byPage[k]...)
		} else {
			others = append(others, k)
		}
	}
	if len(others) > 0 {
		for i, j := range x.jobs {
			if slices.ContainsFunc(j.Reads, func(k Key) bool { return slices.Contains(others, k) }) {
				picked = append(picked, i)
			}
		}
	}
	slices.Sort(picked)
	return slices.Compact(picked)
}

// Position returns the position in Jobs of the job writing path, if any.
func (x *Index) Position(path string) (int, bool) {
	i, ok := x.byPath[path]
	return i, ok
}

// joinedPages returns the pages of s that join the event e, in the
// order of the site's pages, as printer.events fingerprints them.
func joinedPages(s *site.Site, e *site.Event) []*site.Page {
	var joined []*site.Page
	for _, p := range s.Pages {
		if p.Event == e {
			joined = append(joined, p)
		}
	}
	return joined
}

// sources gives out the fingerprints, computed again, of the reading
// entries of s that page p is a source of and prev has: each shows its
// sources' titles and links.
func (f *printer) sources(s *site.Site, p *site.Page, prev, out map[Key]uint64) {
	for _, it := range p.Items {
		if k := ReadingKey(it.Key); hasKey(prev, k) {
			if i := slices.IndexFunc(s.Reading, func(r *site.ReadingEntry) bool { return r.Key == it.Key }); i >= 0 {
				out[k] = f.reading(s.Reading[i])
			}
		}
	}
}

// printPage computes again the entry and page keys of p into out,
// reusing and then keeping what m knows of p's document.
func (m *Prints) printPage(f *printer, p *site.Page, out map[Key]uint64) {
	old, known := m.pages[p.Loaded()]
	entry, whole, memo := f.pageEntry(p, old, known)
	if p.Loaded() != nil {
		m.pages[p.Loaded()] = memo
	}
	out[EntryKey(p)], out[PageKey(p)] = entry, whole
}
