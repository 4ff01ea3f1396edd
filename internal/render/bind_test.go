package render

import (
	"bytes"
	"testing"

	"lectern/internal/site"
	"lectern/themes"
)

// TestPreviewBindsOnce checks that the preview's renderer binds its
// templates once for every build at the same URLs, that a build's
// renderer binds at every Jobs, and that the preview's second build,
// run on the templates of its first, renders what a fresh renderer
// renders.
func TestPreviewBindsOnce(t *testing.T) {
	s := fixture()
	for _, tc := range []struct {
		name    string
		opts    Options
		sameSet bool
	}{
		{"preview", Options{Preview: true}, true},
		{"build", Options{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, diags := New(themes.Default(), tc.opts)
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			first, _ := r.Jobs(s)
			second, _ := r.Jobs(s)
			if same := first[0].built.sets["talk.html"].set == second[0].built.sets["talk.html"].set; same != tc.sameSet {
				t.Errorf("the second build runs the first's talk template: %v, want %v", same, tc.sameSet)
			}
			s.Config.BaseURL = "https://elsewhere.example/sub/"
			third, _ := r.Jobs(s)
			s.Config.BaseURL = ""
			if third[0].built.sets["talk.html"].set == second[0].built.sets["talk.html"].set {
				t.Error("a build at other URLs runs the templates bound to the last build's")
			}
			fresh, _ := New(themes.Default(), tc.opts)
			want, got := rendered(t, fresh, s), rendered(t, r, s)
			if len(got) != len(want) {
				t.Errorf("%d outputs, want %d", len(got), len(want))
			}
			for p, b := range want {
				if !bytes.Equal(got[p], b) {
					t.Errorf("%s differs from a fresh renderer's", p)
				}
			}
		})
	}
}

// rendered renders every output of s with r, by path.
func rendered(t *testing.T, r *Renderer, s *site.Site) map[string][]byte {
	t.Helper()
	jobs, _ := r.Jobs(s)
	out := make(map[string][]byte, len(jobs))
	for _, j := range jobs {
		o, d := j.Render()
		if d.HasErrors() {
			t.Fatal(d.Err())
		}
		out[o.Path] = o.Body
	}
	return out
}
