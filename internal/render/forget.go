package render

import (
	"sync/atomic"

	"lectern/internal/site"
	"lectern/internal/view"
)

// A build's views are made once and shared by its jobs (view.Builder),
// so each would be held to the end of the stream by the builder's
// caches. Stream lets them go once no job still to be written may ask
// for them: each page's entry after the last list showing it (see
// remember, which counts those), and each family of the views made of
// the model's lists (view.Lists: people, terms, events, reading,
// sponsors), which hold entries, after the last job whose template may
// show one. A view asked for after it was let go is made again, equal
// to it: letting go too early costs time, never a byte of output.

// listsOf returns the families of views the job j may ask its builder
// for: none for a job that runs no page template, every family for a
// page whose template may read the site's lists, else those of its kind
// and of what its template reads.
func (r *Renderer) listsOf(j Job) view.Lists {
	if j.partials == nil {
		return 0
	}
	reads := r.readsOf(j.Kind)
	if reads.siteLists {
		return view.AllLists
	}
	// Any page may show a page's own view (view.Builder.PageOf, for
	// its own body or an index's intro), which holds the entries of the
	// reading list that the page mentions.
	l := view.Reading | kindLists[j.Kind]
	if reads.taxonomies {
		l |= view.Terms
	}
	if reads.wholeEvent {
		l |= view.Events
	}
	return l
}

// kindLists are the families of views the jobs of each kind of page
// hand their templates (see the functions adding them: speakers,
// events, schedules, home, eventsIndex, taxonomies, sponsors).
var kindLists = [kinds]view.Lists{
	KindSpeakers: view.People,
	KindSpeaker:  view.People,
	KindEvent:    view.Events,
	KindEvents:   view.Events,
	KindSchedule: view.Events,
	KindHome:     view.Events,
	KindTaxonomy: view.Terms,
	KindTerm:     view.Terms,
	KindSponsors: view.Sponsors,
}

// forgetLists returns the function Stream calls as each job of jobs is
// done: it drops a family of views from the job's builder once the last
// job of jobs that may ask that builder for one is done (see listsOf).
func (r *Renderer) forgetLists(jobs []Job) (done func(Job)) {
	type family struct {
		views *view.Builder
		list  view.Lists
	}
	left := countdown[family]{}
	each := func(j Job, f func(family)) {
		if j.built == nil {
			return
		}
		l := r.listsOf(j)
		for bit := view.Lists(1); bit != 0 && bit <= view.AllLists; bit <<= 1 {
			if l&bit != 0 {
				f(family{j.built.views, bit})
			}
		}
	}
	for _, j := range jobs {
		if j.built != nil {
			// The people views are let go after their last job: the
			// entries they make for themselves go with them.
			j.built.views.SparePeople()
		}
		each(j, left.add)
	}
	return func(j Job) {
		each(j, func(k family) {
			if left.done(k) {
				k.views.ForgetLists(k.list)
			}
		})
	}
}

// countdown counts, by key, the jobs still to run that need it. It is
// filled before the jobs run and only counted down while they do, from
// any goroutine.
type countdown[K comparable] map[K]*atomic.Int32

// add counts one more job needing k.
func (c countdown[K]) add(k K) {
	n := c[k]
	if n == nil {
		n = new(atomic.Int32)
		c[k] = n
	}
	n.Add(1)
}

// done counts down one job needing k and reports whether it was the last.
func (c countdown[K]) done(k K) bool {
	n := c[k]
	return n != nil && n.Add(-1) == 0
}

// forgetPeople returns the function Stream calls as each job of jobs is
// done: it drops a person's view from the job's builder once the last
// job of jobs showing it (Job.people: the index page listing them, their
// own page) is done. The speakers index makes every person's view, each
// with entries of their talks; without this they were all held until
// the last speaker's page.
func forgetPeople(jobs []Job) (done func(Job)) {
	type person struct {
		views *view.Builder
		sp    *site.Speaker
	}
	left := countdown[person]{}
	for _, j := range jobs {
		if j.built == nil {
			continue
		}
		for _, sp := range j.people {
			left.add(person{j.built.views, sp})
		}
	}
	return func(j Job) {
		if j.built == nil {
			return
		}
		for _, sp := range j.people {
			if left.done(person{j.built.views, sp}) {
				j.built.views.ForgetPerson(sp)
			}
		}
	}
}

// peopleOrder moves, in order, each speaker's page that would start after
// the speakers index page listing them to right after that page, the
// others keeping their places: the index pages are written before the
// speakers' pages, so that every person's view was made, and held,
// before the first of those (see forgetPeople). A speaker's page started
// earlier (one whose body a feed carries) stays where it is.
func peopleOrder(jobs []Job, order []int) []int {
	at := map[*site.Speaker]int{}
	for k, i := range order {
		if jobs[i].Kind == KindSpeakers {
			for _, sp := range jobs[i].people {
				at[sp] = k
			}
		}
	}
	if len(at) == 0 {
		return order
	}
	after := map[int][]int{}
	moved := map[int]bool{}
	for k, i := range order {
		j := jobs[i]
		if j.Kind != KindSpeaker || len(j.people) != 1 {
			continue
		}
		if a, ok := at[j.people[0]]; ok && a < k {
			after[a] = append(after[a], i)
			moved[i] = true
		}
	}
	out := make([]int, 0, len(order))
	for k, i := range order {
		if moved[i] {
			continue
		}
		out = append(append(out, i), after[k]...)
	}
	return out
}
