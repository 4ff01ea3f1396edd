package build

import (
	"runtime"
	"slices"
	"sync"

	"lectern/internal/diag"
	"lectern/internal/render"
	"lectern/internal/site"
)

// jobs returns the jobs of m, and a function waiting for its
// fingerprints, made meanwhile: both only read the model. After a move
// (mv), only the moved page's keys and those summing or listing it are
// computed again, and the pages the move left as they were keep the
// entries (view.Entry) the last jobs made of them, their entry keys
// unchanged.
func (s *Session) jobs(m *site.Site, mv *move) (jobs []render.Job, printsOf func() map[render.Key]uint64, diags diag.List) {
	var prints map[render.Key]uint64
	var failed diag.Carrier
	printed := make(chan struct{})
	printsOf = func() map[render.Key]uint64 {
		<-printed
		failed.Raise()
		return prints
	}
	go func() {
		defer close(printed)
		defer failed.Catch()
		if mv != nil && !mv.anew {
			// Each step's keys, computed on the model after every
			// step, from the fingerprints the step before left.
			prints = s.prints
			ok := true
			for _, p := range mv.patches() {
				if prints, ok = s.printer.Moved(m, p, prints); !ok {
					break
				}
			}
			if ok {
				return
			}
		}
		prints = s.printer.Fingerprints(m)
	}()
	if mv == nil || mv.anew {
		jobs, diags = s.renderer.Jobs(m)
		return jobs, printsOf, diags
	}
	last := s.prints
	jobs, diags, _ = s.renderer.JobsAfter(m, s.index, func() func(*site.Page) bool {
		// Called in another goroutine, where a panic of the
		// fingerprints must not be raised: it keeps nothing, and the
		// rebuild raises it when it asks for prints itself.
		<-printed
		if failed.Caught() || prints == nil || last == nil {
			return nil
		}
		return func(p *site.Page) bool {
			k := render.EntryKey(p)
			was, ok := last[k]
			return ok && prints[k] == was
		}
	})
	return jobs, printsOf, diags
}

// plan picks the jobs to render: all of them for a full rebuild; else
// those that are new or stale, those whose Reads differ from those of
// the last build's job at the same path (what they list, in what order,
// at which place of a list), those reading a key whose fingerprint in
// prints differs from the last build's or that appeared or disappeared,
// and the static files after a change under static/.
func (s *Session) plan(jobs []render.Job, full bool, prints map[render.Key]uint64, sc scope) []render.Job {
	if full || s.index == nil {
		return jobs
	}
	// The keys whose fingerprint changed, appeared or went away are
	// found once: an edit changes few, and jobs read many keys each,
	// which a KeySet of few keys answers without hashing them.
	var moved render.KeySet
	for k, v := range prints {
		if w, ok := s.prints[k]; !ok || w != v {
			moved.Add(k)
		}
	}
	for k := range s.prints {
		if _, ok := prints[k]; !ok {
			moved.Add(k)
		}
	}
	// Each job is compared with the last build alone, which nothing
	// changes while the plan is made (the rebuild holds the build lock):
	// the jobs are shared among the cores, in runs of neighbours.
	picked := make([]bool, len(jobs))
	workers := min(runtime.GOMAXPROCS(0), 1+len(jobs)/4096)
	size := (len(jobs) + workers - 1) / workers
	var wg sync.WaitGroup
	var failed diag.Carrier
	for start := 0; start < len(jobs); start += size {
		wg.Go(func() {
			defer failed.Catch()
			// A job is most often where the last list had it, or
			// shifted as much as the one before it (a page moved
			// shifts the pages between its two places by one).
			shift := 0
			for i := start; i < min(start+size, len(jobs)); i++ {
				j := jobs[i]
				var at int
				picked[i], at = s.changed(j, i+shift, &moved)
				if at >= 0 {
					shift = at - i
				}
				picked[i] = picked[i] || j.Kind == render.KindStatic && sc.static
			}
		})
	}
	wg.Wait()
	failed.Raise()
	var todo []render.Job
	for i, j := range jobs {
		if picked[i] {
			todo = append(todo, j)
		}
	}
	return todo
}

// changed reports whether the job j may render other bytes than the
// last build's output at its path; moved are the keys whose fingerprint
// changed since the last build. It also returns where the last build's
// index has the path, -1 when it has not; hint is where it likely is.
func (s *Session) changed(j render.Job, hint int, moved *render.KeySet) (bool, int) {
	old, at, ok := s.index.AtNear(j.Path, hint)
	if !ok {
		return true, -1
	}
	if _, had := s.outputs[j.Path]; !had {
		return true, at
	}
	if _, stale := s.stale[j.Path]; stale {
		return true, at
	}
	if old.Kind != j.Kind || !slices.Equal(old.Reads, j.Reads) {
		return true, at
	}
	return moved.HasAny(j.Reads), at
}

// split divides the jobs todo of x that an edit calls for into those to
// render now and those left stale until asked for (see later).
func (s *Session) split(x *render.Index, todo []render.Job) (now, later []render.Job) {
	now = todo[:0:0]
	for _, j := range todo {
		if i, _ := x.Position(j.Path); s.later(x, i) {
			later = append(later, j)
		} else {
			now = append(now, j)
		}
	}
	return now, later
}
