package build

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"testing"
	"time"

	"lectern/internal/diag"
)

// The heap profile at a build's peak (docs/memory.md, "Reproduce"):
//
//	go test ./internal/build -run TestHeapAtPeak -heap.site /tmp/heap10k -heap.out /tmp/peak.pb.gz
//	go tool pprof -sample_index=inuse_space -top /tmp/peak.pb.gz
var (
	heapSite = flag.String("heap.site", "", "build this site folder and write the heap profile taken at its largest live heap to -heap.out")
	heapOut  = flag.String("heap.out", filepath.Join(os.TempDir(), "lectern-heap-peak.pb.gz"), "where TestHeapAtPeak writes its profile (never into the source tree)")
	heapLog  = flag.Bool("heap.log", false, "TestHeapAtPeak logs the live heap, the memory limit, what the runtime holds beside the live heap and the collector's CPU time every second")
	heapLoad = flag.Bool("heap.model", false, "TestHeapAtPeak stops at the model, as a build makes it (LoadModel), instead of building the site; with -heap.gc, it profiles the model once made, after a collection")
)

// TestHeapAtPeak builds -heap.site as lectern build does (the memory
// bound on) and writes the heap profile taken when the live heap was the
// largest. It is a tool, not a check: it runs only when -heap.site is set.
func TestHeapAtPeak(t *testing.T) {
	if *heapSite == "" {
		t.Skip("set -heap.site to a site folder")
	}
	stop := peakProfile(150 * time.Millisecond)
	if *heapLog {
		defer logHeap(t, time.Second)()
	}
	var diags diag.List
	if *heapLoad {
		fsys, closeSource, err := OpenSource(*heapSite)
		if err != nil {
			t.Fatal(err)
		}
		defer closeSource()
		var m *Model
		m, diags = LoadModel(context.Background(), fsys, ModelOptions{ReleaseBodies: true})
		defer runtime.KeepAlive(m)
		if *heapGC {
			// What the model holds once made, as Build holds it
			// while the site is written, without what its
			// workers left.
			m.Docs = nil
			runtime.GC()
			settled(t, *heapOut)
			return
		}
	} else {
		_, diags = Build(context.Background(), Options{Source: *heapSite, Dest: t.TempDir(), BoundMemory: true})
	}
	live, profile := stop()
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if err := os.WriteFile(*heapOut, profile, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("largest live heap %.1f MB; profile in %s", float64(live)/(1<<20), *heapOut)
}

// settled writes the heap profile, as the last collection left it, to
// file.
func settled(t *testing.T, file string) {
	var buf bytes.Buffer
	if err := pprof.Lookup("heap").WriteTo(&buf, 0); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	t.Logf("live heap %.1f MB after a collection; profile in %s", float64(s[0].Value.Uint64())/(1<<20), file)
}

// peakProfile reads the live heap (/gc/heap/live:bytes, as the last
// collection left it) every period until the returned function is
// called, and keeps the heap profile written whenever that figure was the
// largest yet. The function returns that figure and that profile.
func peakProfile(period time.Duration) (stop func() (uint64, []byte)) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	done := make(chan struct{})
	type peak struct {
		live    uint64
		profile []byte
	}
	result := make(chan peak)
	go func() {
		var best peak
		tick := time.NewTicker(period)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > best.live {
				var buf bytes.Buffer
				if err := pprof.Lookup("heap").WriteTo(&buf, 0); err == nil {
					best = peak{v, buf.Bytes()}
				}
			}
			select {
			case <-done:
				result <- best
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, []byte) {
		close(done)
		p := <-result
		return p.live, p.profile
	}
}

// logHeap logs the live heap, the soft memory limit and what the
// runtime holds beside the live heap (objects not yet collected, the
// unused parts of spans, free pages not returned, the collector's own
// metadata) every period until the returned function is called: the
// limit bounds all of it, not the live heap.
func logHeap(t *testing.T, period time.Duration) (stop func()) {
	names := []string{
		"/gc/heap/live:bytes", "/gc/gomemlimit:bytes", "/memory/classes/total:bytes",
		"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes",
		"/memory/classes/heap/free:bytes", "/memory/classes/heap/released:bytes",
		"/memory/classes/metadata/other:bytes", "/memory/classes/metadata/mspan/inuse:bytes",
		"/cpu/classes/gc/total:cpu-seconds", "/cpu/classes/user:cpu-seconds",
	}
	sample := make([]metrics.Sample, len(names))
	for i, n := range names {
		sample[i].Name = n
	}
	mb := func(i int) float64 { return float64(sample[i].Value.Uint64()) / (1 << 20) }
	return every(period, func(at time.Duration) bool {
		metrics.Read(sample)
		t.Logf("%5.1fs live %6.1f MB, limit %6.1f, total %6.1f (objects %6.1f, unused %5.1f, free %5.1f, released %5.1f, metadata %5.1f), gc %.1fs user %.1fs", at.Seconds(),
			mb(0), mb(1), mb(2), mb(3), mb(4), mb(5), mb(6), mb(7)+mb(8), sample[9].Value.Float64(), sample[10].Value.Float64())
		return true
	})
}

// every calls f with the time since it started, once a period, until f
// returns false or the returned function is called; that function
// returns once f has.
func every(period time.Duration, f func(at time.Duration) bool) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(finished)
		tick := time.NewTicker(period)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			if !f(time.Since(start)) {
				return
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
