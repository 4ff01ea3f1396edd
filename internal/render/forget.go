package render

import (
	"sync/atomic"

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
var kindLists = map[string]view.Lists{
	"speakers": view.People,
	"speaker":  view.People,
	"event":    view.Events,
	"events":   view.Events,
	"schedule": view.Events,
	"home":     view.Events,
	"taxonomy": view.Terms,
	"term":     view.Terms,
	"sponsors": view.Sponsors,
}

// forgetLists returns the function Stream calls as each job of jobs is
// done: it drops a family of views from the job's builder once the last
// job of jobs that may ask that builder for one is done (see listsOf).
func (r *Renderer) forgetLists(jobs []Job) (done func(Job)) {
	type family struct {
		views *view.Builder
		list  view.Lists
	}
	left := map[family]*atomic.Int32{}
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
		each(j, func(k family) {
			n := left[k]
			if n == nil {
				n = new(atomic.Int32)
				left[k] = n
			}
			n.Add(1)
		})
	}
	return func(j Job) {
		each(j, func(k family) {
			if left[k].Add(-1) == 0 {
				k.views.ForgetLists(k.list)
			}
		})
	}
}
