package render

import (
	"testing"

	"lectern/internal/site"
	"lectern/themes"
)

// TestJobsAfterKeepsEntries checks that the preview's jobs after an edit
// in place take the last jobs' entries of the pages reported unchanged,
// as the same values, and make the others again.
func TestJobsAfterKeepsEntries(t *testing.T) {
	s := fixture()
	r, diags := New(themes.Default(), Options{Preview: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	jobs, diags := r.Jobs(s)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	last := r.Index(s, jobs)
	was := map[*site.Page]any{}
	for _, p := range s.Pages {
		was[p] = last.jobs[0].built.views.Entry(p)
	}
	edited := s.Pages[0]
	for _, tc := range []struct {
		name      string
		unchanged func(*site.Page) bool
		kept      int
	}{
		{"all but one", func(p *site.Page) bool { return p != edited }, len(s.Pages) - 1},
		{"none", func(*site.Page) bool { return false }, 0},
		{"no test", nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			jobs, diags, kept := r.JobsAfter(s, last, func() func(*site.Page) bool { return tc.unchanged })
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if kept != tc.kept {
				t.Errorf("kept %d entries, want %d", kept, tc.kept)
			}
			views := jobs[0].built.views
			for _, p := range s.Pages {
				same := any(views.Entry(p)) == was[p]
				if want := tc.unchanged != nil && tc.unchanged(p); same != want {
					t.Errorf("%s: entry kept is %v, want %v", p.Doc.File, same, want)
				}
			}
		})
	}
	t.Run("no last build", func(t *testing.T) {
		called := false
		_, _, kept := r.JobsAfter(s, nil, func() func(*site.Page) bool { called = true; return nil })
		if kept != 0 || called {
			t.Errorf("kept %d entries and asked %v, with no last build to keep them from", kept, called)
		}
	})
}
