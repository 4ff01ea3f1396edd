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
	heapLog  = flag.Bool("heap.log", false, "TestHeapAtPeak logs the live heap and the memory limit every second")
	heapLoad = flag.Bool("heap.model", false, "TestHeapAtPeak stops at the model, as a build makes it (LoadModel), instead of building the site")
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

// logHeap logs the live heap and the soft memory limit every period
// until the returned function is called.
func logHeap(t *testing.T, period time.Duration) (stop func()) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/gomemlimit:bytes"}, {Name: "/memory/classes/total:bytes"}}
	return every(period, func(at time.Duration) bool {
		metrics.Read(sample)
		t.Logf("%5.1fs live %6.1f MB, limit %6.1f MB, runtime total %6.1f MB", at.Seconds(),
			float64(sample[0].Value.Uint64())/(1<<20), float64(sample[1].Value.Uint64())/(1<<20), float64(sample[2].Value.Uint64())/(1<<20))
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
