package build

import (
	"slices"

	"lectern/internal/render"
)

// plan picks the jobs of x to render: all of them for a full rebuild;
// else those that are new or stale, those whose Reads differ from those of
// the last build's job at the same path (what they list, in what order,
// at which place of a list), those reading a key whose fingerprint in
// prints differs from the last build's or that appeared or disappeared,
// and the static files after a change under static/.
func (s *Session) plan(x *render.Index, full bool, prints map[render.Key]uint64, sc scope) []render.Job {
	jobs := x.Jobs()
	if full || s.index == nil {
		return jobs
	}
	var todo []render.Job
	for _, j := range jobs {
		if j.Kind == "static" && sc.static || s.changed(j, prints) {
			todo = append(todo, j)
		}
	}
	return todo
}

// changed reports whether the job j may render other bytes than the
// last build's output at its path.
func (s *Session) changed(j render.Job, prints map[render.Key]uint64) bool {
	if _, had := s.outputs[j.Path]; !had {
		return true
	}
	if _, stale := s.stale[j.Path]; stale {
		return true
	}
	old, ok := s.index.At(j.Path)
	if !ok || old.Kind != j.Kind || !slices.Equal(old.Reads, j.Reads) {
		return true
	}
	for _, k := range j.Reads {
		v, ok := prints[k]
		w, had := s.prints[k]
		if v != w || ok != had {
			return true
		}
	}
	return false
}
