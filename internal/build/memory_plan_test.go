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
	jobs, _ := r.Jobs(m.Site)
	heap := func() int64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return int64(ms.HeapAlloc)
	}
	with := heap()
	// The jobs share one list, which each holds: the schedule files'
	// jobs are let go by clearing them in it, as Stream does once each
	// is written.
	files := 0
	for i := range jobs {
		if jobs[i].Kind == render.KindScheduleFile {
			files++
			jobs[i] = render.Job{}
		}
	}
	if files < 6 {
		t.Fatalf("%d schedule files, want those of every event of the site", files)
	}
	without := heap()
	runtime.KeepAlive(jobs)
	runtime.KeepAlive(m)
	// Each export names its talks (the pages whose markdown it quotes):
	// a pointer each, not three keys.
	if held, allowed := with-without, int64(24*gen.Talks()); held > allowed {
		t.Errorf("the %d schedule files' jobs hold %d KB for %d talks; want at most %d KB: they keep keys a build never reads", files, held>>10, gen.Talks(), allowed>>10)
	}
}
