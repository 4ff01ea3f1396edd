package render

import (
	"slices"
	"sync"

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
	f := newPrinter(new(view.Builder))
	out := make(map[Key]uint64)
	own := make(map[*site.Page]bool, len(pages))
	for _, p := range pages {
		own[p] = true
		old, known := m.pages[p.Loaded()]
		entry, whole, memo := f.pageEntry(p, old, known)
		if p.Loaded() != nil {
			m.pages[p.Loaded()] = memo
		}
		out[EntryKey(p.Doc.File)], out[PageKey(p.Doc.File)] = entry, whole
		for _, it := range p.Items {
			if k := ReadingKey(it.Key); hasKey(prev, k) {
				if i := slices.IndexFunc(s.Reading, func(r *site.ReadingEntry) bool { return r.Key == it.Key }); i >= 0 {
					out[k] = f.reading(s.Reading[i])
				}
			}
		}
	}
	for _, sp := range s.Speakers {
		if sp.Page == nil || !own[sp.Page] {
			continue
		}
		var named []*site.Page
		for _, p := range s.Pages {
			if slices.ContainsFunc(slices.Concat(p.Speakers, p.Authors), func(x *site.Speaker) bool { return x.Slug == sp.Slug }) {
				named = append(named, p)
			}
		}
		out[PersonKey(sp.Slug)] = f.person(sp, named)
	}
	for _, e := range s.Events {
		if e.Page == nil || !own[e.Page] {
			continue
		}
		var joined []*site.Page
		for _, p := range s.Pages {
			if p.Event == e {
				joined = append(joined, p)
			}
		}
		out[EventKey(e.Slug)] = f.event(e, joined)
	}
	out[ChromeKey] = f.chrome(s)
	out[UpdatedKey] = f.updated(s)
	all := func(k Key) uint64 {
		if v, ok := out[k]; ok {
			return v
		}
		return prev[k]
	}
	sum := view.NewHasher()
	for _, k := range m.order {
		sum.String(string(k))
		sum.Uint64(all(k))
	}
	out[SiteKey] = sum.Sum()
	return out
}

func hasKey(m map[Key]uint64, k Key) bool {
	_, ok := m[k]
	return ok
}

// Forget makes the jobs of x make their views again when they run: the
// model they show was patched in place, and the views made of it before
// show it as it was.
func (x *Index) Forget() {
	if len(x.jobs) == 0 || x.jobs[0].built == nil {
		return
	}
	b := x.jobs[0].built
	b.views = new(view.Builder)
	b.siteOnce = sync.Once{}
	b.siteView = nil
}

// Cards returns the jobs of the share cards of the site of x as it is
// now: a card's file is named by what it shows, so a patch that changed
// a title may have renamed cards.
func (x *Index) Cards() ([]Job, diag.List) {
	if len(x.jobs) == 0 || x.jobs[0].built == nil {
		return nil, nil
	}
	b := x.jobs[0].built
	c := &jobs{r: b.r, s: b.s, urls: b.urls, sets: b.sets, partials: b.partials, menu: b.menu, views: b.views,
		byPath: map[string]int{}, byFold: map[string]int{}, assets: b.assets}
	c.cards()
	return c.list, c.diags
}

// WithCards returns an index of the jobs of x with its share cards
// replaced by cards (see Cards), or false when a card would be written
// where another job writes: the caller makes every job again.
func (r *Renderer) WithCards(s *site.Site, x *Index, cards []Job) (*Index, bool) {
	var out []Job
	for _, j := range x.jobs {
		if j.Kind != "card" {
			out = append(out, j)
		}
	}
	for _, c := range cards {
		if i, ok := x.byPath[c.Path]; ok && x.jobs[i].Kind != "card" {
			return nil, false
		}
		out = append(out, c)
	}
	return r.Index(s, out), true
}

// CardPaths returns the paths of the share cards of x, in order.
func (x *Index) CardPaths() []string {
	var out []string
	for _, j := range x.jobs {
		if j.Kind == "card" {
			out = append(out, j.Path)
		}
	}
	return out
}

// ReadingAny returns the positions in Jobs, in order, of the jobs reading
// one of keys.
func (x *Index) ReadingAny(keys map[Key]bool) []int {
	var out []int
	for i, j := range x.jobs {
		for _, k := range j.Reads {
			if keys[k] {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// Position returns the position in Jobs of the job writing path, if any.
func (x *Index) Position(path string) (int, bool) {
	i, ok := x.byPath[path]
	return i, ok
}
