package render

import (
	"testing"

	"lectern/themes"
)

// TestJobsLetPathTablesGo checks that the tables Jobs finds clashing
// paths with are let go once the jobs are made: every job holds the list
// they were made in, so tables kept there would be held to the end of
// the render.
func TestJobsLetPathTablesGo(t *testing.T) {
	for _, preview := range []bool{false, true} {
		r, diags := New(themes.Default(), Options{Preview: preview})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		s := fixture()
		jobs, _ := r.Jobs(s)
		if len(jobs) == 0 || jobs[0].built == nil {
			t.Fatalf("preview %v: no jobs, or a job that does not know its list", preview)
		}
		if b := jobs[0].built; b.byPath != nil || b.byFold != nil {
			t.Errorf("preview %v: the jobs hold their tables by path (%d and %d paths) after Jobs returned", preview, len(b.byPath), len(b.byFold))
		}
	}
}

// TestJobsListFitted checks that the list Jobs returns has little room
// left over: a build holds it, slot by slot, until its last job is
// written, so room made for jobs never planned is held for nothing.
func TestJobsListFitted(t *testing.T) {
	r, diags := New(themes.Default(), Options{NoReads: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	jobs, _ := r.Jobs(fixture())
	if spare := cap(jobs) - len(jobs); spare > len(jobs)/16 {
		t.Errorf("%d jobs in a list with room for %d more: the room is held to the end of the build", len(jobs), spare)
	}
}
