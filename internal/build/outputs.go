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

// updated lists the paths whose output differs between two builds.
func updated(prev, next map[string]render.Output) []string {
	var out []string
	for p, o := range next {
		if old, ok := prev[p]; !ok || !bytes.Equal(old.Body, o.Body) {
			out = append(out, p)
		}
	}
	for p := range prev {
		if _, ok := next[p]; !ok {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}
