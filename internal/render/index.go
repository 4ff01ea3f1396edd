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
	x := &Index{jobs: jobs, byPath: make(map[string]int, len(jobs)), byPage: make(map[Key][]int, len(s.Pages)), page: make([]bool, len(jobs))}
	for i, j := range jobs {
		_, x.page[i] = r.pages[pageTemplate(j.Kind)]
		x.byPath[j.Path] = i
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

// Reading returns the positions in Jobs, in order, of the jobs that read
// the page key k (see PageKey): those to render again when only what the
// page's body decides changed.
func (x *Index) Reading(k Key) []int { return x.byPage[k] }

// Page reports whether the job at position i of Jobs renders an HTML page
// from a page template, rather than a feed, an export or a copied file.
func (x *Index) Page(i int) bool { return x.page[i] }
