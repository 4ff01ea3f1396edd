package build

import (
	"context"
	"runtime"
	"testing"
	"testing/fstest"

	"lectern/internal/render"
	"lectern/internal/sitegen"
	"lectern/themes"
)

// TestScheduleJobsHoldNoReads checks that a build's jobs for a
// schedule's calendar and frab exports hold nothing of what they would
// read: a build makes no reads (render.Options.NoReads), but each
// file's job kept, in its closure, the keys of every talk and person of
// the event, to the end of the plan.
func TestScheduleJobsHoldNoReads(t *testing.T) {
	gen := sitegen.New(sitegen.Options{Talks: 960})
	fsys := fstest.MapFS{}
	for i := range gen.Len() {
		name, data := gen.File(i)
		fsys[name] = &fstest.MapFile{Data: data}
	}
	m, diags := LoadModel(context.Background(), fsys, ModelOptions{ReleaseBodies: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	r, diags := render.New(themes.Default(), render.Options{NoReads: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	heap := func() int64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return int64(ms.HeapAlloc)
	}
	// measure returns what the schedule files' jobs hold: the heap with
	// them less the heap once they are let go. Goroutines other tests
	// left behind may free memory in between, so a test run with the
	// whole package can read too much once; a regression reads too much
	// every time, so the smallest of three readings is the one checked.
	measure := func() (held int64, files int) {
		jobs, _ := r.Jobs(m.Site)
		with := heap()
		// The jobs share one list, which each holds: the schedule files'
		// jobs are let go by clearing them in it, as Stream does once each
		// is written.
		for i := range jobs {
			if jobs[i].Kind == render.KindScheduleFile {
				files++
				jobs[i] = render.Job{}
			}
		}
		without := heap()
		runtime.KeepAlive(jobs)
		return with - without, files
	}
	held, files := measure()
	if files < 6 {
		t.Fatalf("%d schedule files, want those of every event of the site", files)
	}
	for range 2 {
		h, _ := measure()
		held = min(held, h)
	}
	runtime.KeepAlive(m)
	// Each export names its talks (the pages whose markdown it quotes):
	// a pointer each, not three keys.
	if allowed := int64(24 * gen.Talks()); held > allowed {
		t.Errorf("the %d schedule files' jobs hold %d KB for %d talks; want at most %d KB: they keep keys a build never reads", files, held>>10, gen.Talks(), allowed>>10)
	}
}
