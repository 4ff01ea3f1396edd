package build

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"testing"
	"time"
)

// The heap over a whole build, not only at its peak (docs/memory.md,
// "Reproduce"): whether the largest live heap is one peak or a plateau,
// and what is held along it.
//
//	go test ./internal/build -run TestHeapSeries -heap.site /tmp/heap10k -heap.series /tmp/series
//	go tool pprof -sample_index=inuse_space -top /tmp/series/heap-020.pb.gz
var heapSeries = flag.String("heap.series", "", "TestHeapSeries writes a heap profile of the build of -heap.site into this folder every -heap.every")

var heapEvery = flag.Duration("heap.every", 3*time.Second, "how often TestHeapSeries writes a heap profile")

// heapGC makes each profile of the series one of what is live: a
// profile shows the heap as the last collection left it, which under a
// busy build counts what the workers allocated while it ran.
var heapGC = flag.Bool("heap.gc", false, "TestHeapSeries collects before each profile, so that it shows only what is live")

// TestHeapSeries builds -heap.site as lectern build does and writes a
// heap profile every -heap.every into -heap.series, named by the second
// of the build it was taken at, and logs the live heap beside each. It
// is a tool, not a check: it runs only when both flags are set.
func TestHeapSeries(t *testing.T) {
	if *heapSite == "" || *heapSeries == "" {
		t.Skip("set -heap.site and -heap.series")
	}
	if err := os.MkdirAll(*heapSeries, 0o755); err != nil {
		t.Fatal(err)
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/total:bytes"}}
	stop := every(*heapEvery, func(at time.Duration) bool {
		if *heapGC {
			runtime.GC()
		}
		f, err := os.Create(filepath.Join(*heapSeries, fmt.Sprintf("heap-%03.0f.pb.gz", at.Seconds())))
		if err != nil {
			t.Error(err)
			return false
		}
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Error(err)
			return false
		}
		metrics.Read(sample)
		t.Logf("%5.1fs live %6.1f MB, runtime total %6.1f MB", at.Seconds(),
			float64(sample[0].Value.Uint64())/(1<<20), float64(sample[1].Value.Uint64())/(1<<20))
		return true
	})
	_, diags := Build(context.Background(), Options{Source: *heapSite, Dest: t.TempDir(), BoundMemory: true})
	stop()
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
}
