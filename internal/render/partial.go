package render

import (
	"cmp"
	"errors"
	"html/template"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"lectern/internal/site"
	"lectern/internal/view"
)

// partials runs the shared templates (partials/…) for the partial
// template function, and remembers what each rendered for a page while a
// build streams its outputs.
//
// {{partial "partials/item.html" .}} writes what {{template
// "partials/item.html" .}} writes: a shared template sees only its dot
// and the site's functions, so its output for one page is the same on
// every list that shows the page. A talk appears in a dozen lists (home,
// its tags, track, format, level, speaker, event); rendering its item once
// saves a tenth of a large site's template time.
type partials struct {
	// set is a clone of the shared templates, bound to the site's URLs.
	set *template.Template
	// cache holds the output by partialKey during Renderer.Stream, and is
	// nil otherwise: Run serves the preview, whose incremental rebuilds
	// update pages in place, so nothing may outlive one pass.
	cache atomic.Pointer[sync.Map]
}

// partialKey names one output of a partial: the template and its dot,
// which is cached only when it is a pointer, so that keys compare by
// identity.
type partialKey struct {
	name string
	dot  any
}

// errNoPartials is the error of the partial function where no site is
// bound, as when New checks the templates.
var errNoPartials = errors.New("partial is only available while rendering a site")

// render runs the shared template name on dot. It is the partial template
// function.
func (pc *partials) render(name string, dot any) (template.HTML, error) {
	if pc == nil || pc.set == nil {
		return "", errNoPartials
	}
	cache := pc.cache.Load()
	if cache != nil {
		if v := reflect.ValueOf(dot); v.Kind() != reflect.Pointer || v.IsNil() {
			cache = nil
		}
		// An entry a person's view made for itself is let go with the
		// view: nothing would drop what was kept for it.
		if e, ok := dot.(*view.Entry); ok && view.Uncached(e) {
			cache = nil
		}
	}
	key := partialKey{name, dot}
	if cache != nil {
		if h, ok := cache.Load(key); ok {
			return h.(template.HTML), nil
		}
	}
	var b strings.Builder
	if err := pc.set.ExecuteTemplate(&b, name, dot); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	if cache != nil {
		// Kept to the end of the templates: without the room the
		// builder grew for more, a quarter of it on average.
		h = template.HTML(strings.Clone(string(h)))
		cache.Store(key, h)
	}
	return h, nil
}

// remember turns caching on for the partials of jobs. done is to be
// called as each job finishes: an entry's outputs, and the entry itself
// (view.Builder.Forget), are dropped once the last job listing it (see
// Job.lists) is done, and a cache once the last
// job running its templates is done, so that neither the jobs after
// them (the share cards, the static files) nor the lists rendered late
// hold every list item of the site. An entry shown by a job that does
// not list it is rendered again if that job comes after the drop: the
// same bytes, at the cost of the time. forget drops every cache,
// whatever is left to run.
func remember(jobs []Job) (done func(Job), forget func()) {
	left := map[*partials]*atomic.Int32{}
	names := map[*partials][]string{}
	listed := map[*site.Page]*atomic.Int32{}
	for _, j := range jobs {
		p := j.partials
		if p == nil {
			continue
		}
		n := left[p]
		if n == nil {
			n = new(atomic.Int32)
			left[p] = n
			p.cache.Store(new(sync.Map))
			for _, t := range p.set.Templates() {
				names[p] = append(names[p], t.Name())
			}
		}
		n.Add(1)
		count(listed, j.lists)
	}
	done = func(j Job) {
		for _, page := range j.lists {
			if c := listed[page]; c != nil && c.Add(-1) == 0 && j.built != nil {
				if e := j.built.views.Made(page); e != nil {
					j.partials.drop(e, names[j.partials])
					// The entry too, which the views of lists
					// still to be written make again if asked.
					j.built.views.Forget(page)
				}
			}
		}
		if n := left[j.partials]; n != nil && n.Add(-1) == 0 {
			j.partials.cache.Store(nil)
		}
	}
	forget = func() {
		for p := range left {
			p.cache.Store(nil)
		}
	}
	return done, forget
}

// drop forgets the outputs cached for dot by the templates names.
func (pc *partials) drop(dot any, names []string) {
	if pc == nil {
		return
	}
	cache := pc.cache.Load()
	if cache == nil {
		return
	}
	for _, name := range names {
		cache.Delete(partialKey{name, dot})
	}
}

// setLists sets the lists of the job added at position n of the list,
// if it was added (a page the author put at its path may have won).
func (b *jobs) setLists(n int, pages ...[]*site.Page) {
	if len(b.list) <= n {
		return
	}
	if len(pages) == 1 {
		b.list[n].lists = pages[0]
		return
	}
	var all []*site.Page
	for _, ps := range pages {
		all = append(all, ps...)
	}
	b.list[n].lists = all
}

// listOrder reorders, in their own slots of order, the jobs that list
// pages and show no body (the indexes, the term pages, the schedules),
// by the oldest page each lists, oldest first; ties keep job order.
// Lists sort their pages by date, so each lists a span of dates, and a
// page's last list is written once the stream has passed every list
// beginning at or before it: the partial cache then holds the items of
// a span of dates, not of every page the indexes listed so far (see
// remember). The other jobs keep their places, so the order in which
// bodies are let go (streamOrder) is unchanged.
func listOrder(jobs []Job, order []int) []int {
	var slots []int
	for k, i := range order {
		if len(jobs[i].lists) > 0 && len(jobs[i].bodies) == 0 {
			slots = append(slots, k)
		}
	}
	if len(slots) < 2 {
		return order
	}
	var pages []*site.Page
	seen := map[*site.Page]bool{}
	for _, k := range slots {
		for _, p := range jobs[order[k]].lists {
			if !seen[p] {
				seen[p] = true
				pages = append(pages, p)
			}
		}
	}
	slices.SortStableFunc(pages, func(a, b *site.Page) int {
		if c := a.Doc.Date.Compare(b.Doc.Date); c != 0 {
			return c
		}
		return strings.Compare(a.URL, b.URL)
	})
	rank := make(map[*site.Page]int, len(pages))
	for i, p := range pages {
		rank[p] = i
	}
	type listJob struct{ job, oldest int }
	listed := make([]listJob, len(slots))
	for n, k := range slots {
		listed[n] = listJob{order[k], len(pages)}
		for _, p := range jobs[order[k]].lists {
			listed[n].oldest = min(listed[n].oldest, rank[p])
		}
	}
	slices.SortStableFunc(listed, func(a, b listJob) int { return cmp.Compare(a.oldest, b.oldest) })
	out := slices.Clone(order)
	for n, k := range slots {
		out[k] = listed[n].job
	}
	return out
}

// setPeople sets the people of the job added at position n of the list,
// if it was added.
func (b *jobs) setPeople(n int, people []*site.Speaker) {
	if len(b.list) > n {
		b.list[n].people = people
	}
}
