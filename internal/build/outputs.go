package build

import (
	"bytes"
	"io/fs"
	"slices"

	"lectern/internal/diag"
	"lectern/internal/render"
	"lectern/internal/site"
)

// readAssets reads the files copied beside pages into memory, keeping
// those of the last build that did not change.
func (s *Session) readAssets(assets []site.Asset, reread map[string]bool) ([]render.Output, diag.List) {
	var diags diag.List
	out := make([]render.Output, 0, len(assets))
	for _, a := range assets {
		if o, ok := s.outputs[a.Output]; ok && !reread[a.Source] {
			out = append(out, o)
			continue
		}
		b, err := fs.ReadFile(s.fsys, a.Source)
		if err != nil {
			diags.Errorf(diag.Pos{File: a.Source}, "cannot read: %s", readError(err))
			continue
		}
		out = append(out, render.Output{Path: a.Output, MediaType: render.MediaType(a.Output), Body: b})
	}
	return out, diags
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
func (s *Session) swap(x *render.Index, todo []render.Job, rendered map[string]render.Output, assets []render.Output) []string {
	if s.outputs == nil {
		s.outputs = make(map[string]render.Output, len(x.Jobs())+len(assets))
	}
	var out []string
	put := func(o render.Output) {
		if old, ok := s.outputs[o.Path]; !ok || !bytes.Equal(old.Body, o.Body) {
			out = append(out, o.Path)
		}
		s.outputs[o.Path] = o
	}
	isAsset := make(map[string]bool, len(assets))
	for _, o := range assets {
		isAsset[o.Path] = true
	}
	for p := range s.outputs {
		if _, ok := x.At(p); !ok && !isAsset[p] {
			delete(s.outputs, p)
			out = append(out, p)
		}
	}
	for _, j := range todo {
		if o, ok := rendered[j.Path]; ok && !isAsset[j.Path] {
			put(o)
		}
	}
	for _, o := range assets {
		put(o)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
