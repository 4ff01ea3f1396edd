package render

import "lectern/internal/site"

// Index holds the jobs of one site by path and by the pages they read
// whole, so that a rebuild after an edit finds what to render again
// without looking at every job.
type Index struct {
	jobs   []Job
	byPath map[string]int
	// byPage maps each page key (PageKey) to the positions of the jobs
	// reading it, in order.
	byPage map[Key][]int
	// page marks the jobs that run a page template.
	page []bool
}

// Index indexes jobs, which r's Jobs returned for s.
func (r *Renderer) Index(s *site.Site, jobs []Job) *Index {
	x := &Index{jobs: jobs, byPath: madePaths(jobs), byPage: make(map[Key][]int, len(s.Pages)), page: make([]bool, len(jobs))}
	fill := x.byPath == nil
	if fill {
		x.byPath = make(map[string]int, len(jobs))
	}
	for i, j := range jobs {
		_, x.page[i] = r.pages[pageTemplate(j.Kind)]
		if fill {
			x.byPath[j.Path] = i
		}
		for _, k := range j.Reads {
			if k.IsPage() {
				if l := x.byPage[k]; len(l) == 0 || l[len(l)-1] != i {
					x.byPage[k] = append(l, i)
				}
			}
		}
	}
	return x
}

// madePaths returns the table of paths that the preview keeps with the
// job list jobs (jobs.paths), nil when jobs is not such a list whole:
// jobs are only ever appended to a list, so its table maps each path to
// its job's place in it. An index never changes its table (WithCards
// changes a copy), so the two share it.
func madePaths(jobs []Job) map[string]int {
	if len(jobs) == 0 || jobs[0].built == nil {
		return nil
	}
	b := jobs[0].built
	if b.paths == nil || len(b.list) != len(jobs) || &b.list[0] != &jobs[0] || len(b.paths) != len(jobs) {
		return nil
	}
	return b.paths
}

// Jobs returns the jobs indexed, as given to Index.
func (x *Index) Jobs() []Job { return x.jobs }

// At returns the job writing path, if any.
func (x *Index) At(path string) (Job, bool) {
	i, ok := x.byPath[path]
	if !ok {
		return Job{}, false
	}
	return x.jobs[i], true
}

// AtNear is At for a path likely written by the job at position hint,
// as a path is in a job list made again after an edit that added or
// moved few jobs: that job's path is compared before the path is
// looked up. It also returns the job's position, -1 when there is none.
func (x *Index) AtNear(path string, hint int) (Job, int, bool) {
	if hint >= 0 && hint < len(x.jobs) && x.jobs[hint].Path == path {
		return x.jobs[hint], hint, true
	}
	i, ok := x.byPath[path]
	if !ok {
		return Job{}, -1, false
	}
	return x.jobs[i], i, true
}

// Reading returns the positions in Jobs, in order, of the jobs that read
// the page key k (see PageKey): those to render again when only what the
// page's body decides changed.
func (x *Index) Reading(k Key) []int { return x.byPage[k] }

// Page reports whether the job at position i of Jobs renders an HTML page
// from a page template, rather than a feed, an export or a copied file.
func (x *Index) Page(i int) bool { return x.page[i] }
