package render

import (
	"sync/atomic"

	"lectern/internal/site"
)

// releases marks each job that shows a content page's body as its own
// with that page, so that Stream lets the page's HTML go once every job
// showing it is written (see site.Page.ReleaseContent). The feeds' jobs
// carry their entries' pages (see feedFile) and the frab exports the
// talks they place (see placed): a body is rendered once, by the first
// job asking for it, and let go after the last.
func (b *jobs) releases() {
	byFile := make(map[string]*site.Page, len(b.s.Pages))
	for _, p := range b.s.Pages {
		byFile[p.Doc.File] = p
	}
	for i, j := range b.list {
		if j.owner == "" || !j.Kind.Content() {
			continue
		}
		if p := byFile[j.owner]; p != nil {
			b.list[i].bodies = []*site.Page{p}
		}
	}
}

// readers counts, for each page whose body a job of jobs shows (see
// Job.bodies), the jobs showing it: Stream lets the body go when the
// last of them is written.
func readers(jobs []Job) map[*site.Page]*atomic.Int32 {
	left := map[*site.Page]*atomic.Int32{}
	for _, j := range jobs {
		count(left, j.bodies)
	}
	return left
}

// count adds one to the count in left of each of pages, making the
// counts it lacks.
func count(left map[*site.Page]*atomic.Int32, pages []*site.Page) {
	for _, p := range pages {
		n := left[p]
		if n == nil {
			n = new(atomic.Int32)
			left[p] = n
		}
		n.Add(1)
	}
}

// streamOrder is the order in which Stream starts jobs: first those
// that show other pages' bodies or markdown (the feeds, the frab
// exports), each followed by the jobs showing a body that it was the
// last of those to show (the pages a feed carries, once every feed
// carrying them has started), then the jobs showing a body that several
// jobs show and no feed carries, then the others; each in job order. A
// body shown by several jobs is held from the first to the last: a
// page's job started right after the last feed carrying it lets its
// body go then, so that the feeds' bodies are not all held at once
// (most pages of a site are in a feed or two) nor to the end of the
// stream, beside everything else the build holds then.
func streamOrder(jobs []Job, left map[*site.Page]*atomic.Int32) []int {
	group := func(j Job) int { return streamGroup(j, left) }
	var groups [3][]int
	for i, j := range jobs {
		g := group(j)
		groups[g] = append(groups[g], i)
	}
	// last is, for each page a job of group 0 shows, the place in that
	// group of the last job showing it.
	last := map[*site.Page]int{}
	for k, i := range groups[0] {
		for _, p := range jobs[i].bodies {
			last[p] = k
		}
	}
	after := make([][]int, len(groups[0])+1)
	for _, i := range groups[1] {
		k := -1
		for _, p := range jobs[i].bodies {
			if n, ok := last[p]; ok {
				k = max(k, n)
			}
		}
		if k < 0 {
			k = len(groups[0])
		}
		after[k] = append(after[k], i)
	}
	order := make([]int, 0, len(jobs))
	for k, i := range groups[0] {
		order = append(append(order, i), after[k]...)
	}
	order = append(order, after[len(groups[0])]...)
	return append(order, groups[2]...)
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

// drop lets go of all the job holds but its Path and Kind, which jobs
// still running read of every job (the service worker lists the pages
// it precaches by them): those two are never written while a stream
// runs, so that reading them needs no lock.
func (j *Job) drop() {
	j.Reads, j.Sources, j.url, j.owner, j.partials = nil, nil, "", "", nil
	j.bodies, j.lists, j.people, j.built, j.render = nil, nil, nil, nil, nil
}

// streamGroup is the group of streamOrder a job starts in: 0 for a job
// carrying other pages' bodies (a feed, a frab export), 1 for a page
// whose body a job of group 0 shows too, 2 for the rest.
func streamGroup(j Job, left map[*site.Page]*atomic.Int32) int {
	if j.owner == "" && len(j.bodies) > 0 {
		return 0
	}
	for _, p := range j.bodies {
		if left[p].Load() > 1 {
			return 1
		}
	}
	return 2
}
