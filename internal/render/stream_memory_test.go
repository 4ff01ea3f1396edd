package render

import (
	"context"
	"runtime"
	"testing"
	"weak"

	"lectern/themes"
)

// TestStreamLetsJobsGo checks that Stream keeps nothing of a job once it
// is written but its Path and Kind: what its closure captured to render
// the output (here its list of sources, which only the job holds) is
// garbage by the end of the stream, not held beside the pages written
// after it.
func TestStreamLetsJobsGo(t *testing.T) {
	r := mustNew(t, themes.Default())
	jobs, diags := r.Jobs(fixture())
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags.Strings())
	}
	type was struct{ path, kind string }
	before := make([]was, len(jobs))
	sources := map[string]weak.Pointer[string]{}
	for i, j := range jobs {
		before[i] = was{j.Path, j.Kind.String()}
		if len(j.Sources) > 0 {
			sources[j.Path] = weak.Make(&j.Sources[0])
		}
	}
	if len(sources) == 0 {
		t.Fatal("no job of the fixture has sources: the test shows nothing")
	}
	if d := r.Stream(context.Background(), jobs, func(Output) error { return nil }); d.HasErrors() {
		t.Fatal(d.Strings())
	}
	runtime.GC()
	runtime.GC()
	for i, j := range jobs {
		if j.Path != before[i].path || j.Kind.String() != before[i].kind {
			t.Errorf("job %d: %s (%s) after the stream, want %s (%s)", i, j.Path, j.Kind, before[i].path, before[i].kind)
		}
		if j.render != nil || j.Sources != nil || j.bodies != nil || j.lists != nil || j.partials != nil || j.built != nil {
			t.Errorf("%s: the job still holds what it rendered with", j.Path)
		}
	}
	for path, w := range sources {
		if w.Value() != nil {
			t.Errorf("%s: the job's sources are still reachable after the stream", path)
		}
	}
	runtime.KeepAlive(jobs)
}

// TestStreamJobsReadOthersSafely runs every job of a stream at once, so
// that the service worker lists the other jobs while they are written and
// dropped. It shows its worth under -race: a job that copies another,
// rather than reading its Path and Kind, races with Job.drop.
func TestStreamJobsReadOthersSafely(t *testing.T) {
	r := mustNew(t, themes.Default())
	probe, _ := r.Jobs(fixture())
	worker := false
	for _, j := range probe {
		worker = worker || j.Kind == KindServiceWorker
	}
	if !worker {
		t.Fatal("the fixture has no service worker: the test shows nothing")
	}
	// No job waits for a slot, so no finished job orders its drop
	// before the worker's reads.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(len(probe) + 1))
	for range 10 {
		jobs, _ := r.Jobs(fixture())
		if d := r.Stream(context.Background(), jobs, func(Output) error { return nil }); d.HasErrors() {
			t.Fatal(d.Strings())
		}
	}
}
