package build

import (
	"hash/maphash"
	"io"
	"slices"

	"lectern/internal/diag"
	"lectern/internal/render"
	"lectern/internal/site"
)

// readAssets reads the files copied beside pages, keeping what the last
// build kept of those that did not change. A file's bytes are kept until
// the swap while they fit in budget; a larger file is only summed.
func (s *Session) readAssets(assets []site.Asset, reread map[string]bool, budget *int64) (map[string]rendered, diag.List) {
	var diags diag.List
	out := make(map[string]rendered, len(assets))
	for _, a := range assets {
		if h, ok := s.outputs[a.Output]; ok && h.source == a.Source && !reread[a.Source] {
			out[a.Output] = rendered{held: h}
			continue
		}
		r, err := s.readAsset(a, budget)
		if err != nil {
			diags.Errorf(diag.Pos{File: a.Source}, "cannot read: %s", readError(err))
			continue
		}
		out[a.Output] = r
	}
	return out, diags
}

// readAsset reads the file of a, summing it as it is read when it is
// larger than what is left of budget, so that a folder of large slides
// is never in memory at once.
func (s *Session) readAsset(a site.Asset, budget *int64) (rendered, error) {
	r := rendered{held: held{mediaType: render.MediaType(a.Output), source: a.Source}}
	f, err := s.fsys.Open(a.Source)
	if err != nil {
		return r, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return r, err
	}
	if info.Size() <= *budget {
		b, err := io.ReadAll(f)
		if err != nil {
			return r, err
		}
		r.sum, r.body = s.sums.of(b), b
		*budget -= int64(len(b))
		return r, nil
	}
	h := maphash.Hash{}
	h.SetSeed(s.sums.seed)
	if _, err := io.Copy(&h, f); err != nil {
		return r, err
	}
	r.sum = h.Sum64()
	return r, nil
}

// swap makes s.outputs the outputs of a build whose jobs are x's: the
// outputs rendered of the jobs todo, the assets, and for every other job
// the last build's output at its path; an output of the last build that
// no job or asset writes any more goes. It returns the paths whose
// bytes changed, appeared or went away, sorted. s.mu must be held.
//
// The last build's map is updated in place rather than copied: an edit
// renders a few dozen of a site's tens of thousands of outputs, and the
// outputs kept are the same values, so only the rendered, the assets
// and the paths gone can differ.
func (s *Session) swap(x *render.Index, todo []render.Job, out, assets map[string]rendered) []string {
	if s.outputs == nil {
		s.outputs = make(map[string]held, len(x.Jobs())+len(assets))
	}
	var updated []string
	for p := range s.outputs {
		if _, ok := x.At(p); !ok {
			if _, ok := assets[p]; !ok {
				delete(s.outputs, p)
				s.bodies.drop(p)
				updated = append(updated, p)
			}
		}
	}
	for _, j := range todo {
		if r, ok := out[j.Path]; ok {
			if _, ok := assets[j.Path]; !ok && s.hold(j.Path, r) {
				updated = append(updated, j.Path)
			}
		}
	}
	for p, r := range assets {
		if s.hold(p, r) {
			updated = append(updated, p)
		}
	}
	slices.Sort(updated)
	return slices.Compact(updated)
}
