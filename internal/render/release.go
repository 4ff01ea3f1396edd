package render

import (
	"runtime"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"lectern/internal/site"
)

// pageKinds are the kinds of the jobs that show a content page's body as
// their own: the page's job, a speaker's page, an event's page.
var pageKinds = map[string]bool{
	"talk": true, "note": true, "reading": true, "page": true, "event": true, "speaker": true,
}

// releases marks each job that shows a content page's body as its own
// with that page, so that Stream lets the page's HTML go once every job
// showing it is written (see site.Page.ReleaseContent). The feeds' jobs
// carry their entries' pages (see feedFile), whose bodies feeds renders
// while planning, once, on all cores: they are let go after the page's
// own job and the last feed carrying them.
func (b *jobs) releases() {
	byFile := make(map[string]*site.Page, len(b.s.Pages))
	for _, p := range b.s.Pages {
		byFile[p.Doc.File] = p
	}
	for i, j := range b.list {
		if j.owner == "" || !pageKinds[j.Kind] {
			continue
		}
		if p := byFile[j.owner]; p != nil {
			b.list[i].bodies = []*site.Page{p}
		}
	}
}

// fed returns the pages some feed carries, in the order of s.Pages,
// with their bodies rendered, on all cores: every feed shows them.
func (b *jobs) fed() []*site.Page {
	in := map[*site.Page]bool{}
	for _, pages := range b.feedLists() {
		for _, p := range feedPages(pages) {
			in[p] = true
		}
	}
	var out []*site.Page
	for _, p := range b.s.Pages {
		if in[p] {
			out = append(out, p)
		}
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, p := range out {
		g.Go(func() error {
			p.ContentSize()
			return nil
		})
	}
	g.Wait()
	return out
}

// feedLists are the lists of pages the feeds are made from (see feeds).
func (b *jobs) feedLists() [][]*site.Page {
	s := b.s
	lists := [][]*site.Page{append(s.Notes[:len(s.Notes):len(s.Notes)], s.Talks...)}
	if s.Tags != nil {
		for _, t := range s.Tags.Terms {
			lists = append(lists, t.Pages)
		}
	}
	return lists
}

// readers counts, for each page whose body a job of jobs shows (see
// Job.bodies), the jobs showing it: Stream lets the body go when the
// last of them is written.
func readers(jobs []Job) map[*site.Page]*atomic.Int32 {
	left := map[*site.Page]*atomic.Int32{}
	for _, j := range jobs {
		for _, p := range j.bodies {
			n := left[p]
			if n == nil {
				n = new(atomic.Int32)
				left[p] = n
			}
			n.Add(1)
		}
	}
	return left
}

// streamOrder is the order in which Stream starts jobs: first those
// showing a body that other jobs show too (the feeds, and the pages they
// carry), in job order, then the others, in job order. A body shown by
// several jobs is held until the last is written; starting them all at
// once lets it go at the start of the stream instead of being held to
// its end, beside everything else the build holds then.
func streamOrder(jobs []Job, left map[*site.Page]*atomic.Int32) []int {
	shared := func(j Job) bool {
		for _, p := range j.bodies {
			if left[p].Load() > 1 {
				return true
			}
		}
		return false
	}
	order := make([]int, 0, len(jobs))
	var rest []int
	for i, j := range jobs {
		if shared(j) {
			order = append(order, i)
		} else {
			rest = append(rest, i)
		}
	}
	return append(order, rest...)
}

// written lets go the bodies j shows that no job still to be written
// shows (see readers); what asks for one later renders it again.
func written(j Job, left map[*site.Page]*atomic.Int32) {
	for _, p := range j.bodies {
		if n := left[p]; n != nil && n.Add(-1) == 0 {
			p.ReleaseContent()
		}
	}
}
