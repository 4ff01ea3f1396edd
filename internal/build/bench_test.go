package build

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"lectern/internal/floor"
	"lectern/internal/sitegen"
)

// benchSites caches generated sites by size for the run, so that each
// benchmark and its floor read the same files.
var benchSites sync.Map

// benchSite writes (once per run) a generated site of n talks and returns
// its folder.
func benchSite(b *testing.B, n int) string {
	b.Helper()
	if dir, ok := benchSites.Load(n); ok {
		return dir.(string)
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("lectern-bench-%d-", n))
	if err != nil {
		b.Fatal(err)
	}
	if err := sitegen.New(sitegen.Options{Talks: n}).Write(dir); err != nil {
		b.Fatal(err)
	}
	benchSites.Store(n, dir)
	return dir
}

// TestMain removes the generated sites after the benchmarks.
func TestMain(m *testing.M) {
	code := m.Run()
	benchSites.Range(func(_, dir any) bool {
		os.RemoveAll(dir.(string))
		return true
	})
	os.Exit(code)
}

// talksFlag overrides the benchmarked sizes, to check that time per page
// stays flat as sites grow: -talks 1000,50000.
var talksFlag = flag.String("talks", "", "comma-separated site sizes (talks) for the build benchmarks; default 1000,10000 (1000 with -short)")

// sizes are the benchmarked site sizes; the largest only without -short.
func sizes(b *testing.B) []int {
	if *talksFlag != "" {
		var out []int
		for _, f := range strings.Split(*talksFlag, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n <= 0 {
				b.Fatalf("-talks %q: want sizes such as 1000,50000", *talksFlag)
			}
			out = append(out, n)
		}
		return out
	}
	if testing.Short() {
		return []int{1000}
	}
	return []int{1000, 10000}
}

// BenchmarkBuild is a cold build (minify on, empty output folder) at 1k
// and 10k talks. Besides ns/op it reports:
//
//	x-floor      build time / floor time, both measured in this run
//	floor-ms     the floor: read, parse front matter, render markdown with
//	             goldmark and write one file per page, on every core
//	x-floor=     build time / same-output floor time: the floor's work,
//	             writing exactly the files the build wrote (same count,
//	             same sizes; floor.RunSame)
//	us/page      build time per content file, to compare sizes
//	peak-MB      the largest heap in use during one build (runtime/metrics)
//
// The floor runs before each build, on the same files, each after a sync
// and into an empty folder, so that neither pays for the other's writes:
// on some disks a file created just after many were deleted costs several
// times as much.
func BenchmarkBuild(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("talks=%d", n), func(b *testing.B) {
			src := benchSite(b, n)
			files := countContent(b, src)
			runFloor(b, src) // reads the site into the page cache for both
			like := sameOutputs(b, src)
			var total, floorTotal, sameTotal time.Duration
			var peak uint64
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				floorTotal += runFloor(b, src)
				sameTotal += runSameFloor(b, src, like)
				dest := b.TempDir()
				runtime.GC()
				syncDisk()
				stop := watchHeap()
				b.StartTimer()
				start := time.Now()
				_, diags := Build(context.Background(), Options{Source: src, Dest: dest})
				total += time.Since(start)
				b.StopTimer()
				peak = max(peak, stop())
				if diags.HasErrors() {
					b.Fatal(diags.Err())
				}
				b.StartTimer()
			}
			per := total / time.Duration(b.N)
			b.ReportMetric(float64(total)/float64(floorTotal), "x-floor")
			b.ReportMetric(float64(total)/float64(sameTotal), "x-floor=")
			b.ReportMetric(float64((floorTotal / time.Duration(b.N)).Milliseconds()), "floor-ms")
			b.ReportMetric(float64(per.Microseconds())/float64(files), "us/page")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
		})
	}
}

// BenchmarkRebuildNoChange builds once, then builds again with nothing
// changed: the second build must write no file. It reports the rebuild as
// a fraction of the cold build measured in the same run (x-cold).
func BenchmarkRebuildNoChange(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("talks=%d", n), func(b *testing.B) {
			src := benchSite(b, n)
			dest := b.TempDir()
			start := time.Now()
			if _, diags := Build(context.Background(), Options{Source: src, Dest: dest}); diags.HasErrors() {
				b.Fatal(diags.Err())
			}
			cold := time.Since(start)
			b.ResetTimer()
			start = time.Now()
			for range b.N {
				res, diags := Build(context.Background(), Options{Source: src, Dest: dest})
				if diags.HasErrors() {
					b.Fatal(diags.Err())
				}
				if res.Written.Written != 0 || res.Written.Removed != 0 {
					b.Fatalf("a rebuild with no change wrote %d and removed %d files", res.Written.Written, res.Written.Removed)
				}
			}
			per := time.Since(start) / time.Duration(b.N)
			b.ReportMetric(float64(per)/float64(cold), "x-cold")
		})
	}
}

// runFloor times the floor on src once, after a sync, into a new folder.
//
// The floor's folders and the builds' are removed only when the benchmark
// ends: a file system pays for deleting tens of thousands of files partly
// when the next ones are created (ext4 without a journal steps over every
// inode freed in the last minute), so a run after a removal would time
// the benchmark's own cleaning.
func runFloor(b *testing.B, src string) time.Duration {
	b.Helper()
	dest := b.TempDir()
	syncDisk()
	start := time.Now()
	if _, err := floor.Run(src, dest); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

// sameOutputs builds src once, untimed, and lists what the build wrote,
// for the same-output floor.
func sameOutputs(b *testing.B, src string) []floor.Output {
	b.Helper()
	dest := b.TempDir()
	if _, diags := Build(context.Background(), Options{Source: src, Dest: dest}); diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	outs, err := floor.Outputs(dest)
	if err != nil {
		b.Fatal(err)
	}
	return outs
}

// runSameFloor times the same-output floor as runFloor times the floor.
func runSameFloor(b *testing.B, src string, like []floor.Output) time.Duration {
	b.Helper()
	dest := b.TempDir()
	syncDisk()
	start := time.Now()
	if _, err := floor.RunSame(src, dest, like); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

// countContent counts the content files of a site.
func countContent(b *testing.B, src string) int {
	b.Helper()
	n := 0
	err := filepath.WalkDir(filepath.Join(src, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// watchHeap samples the heap in use every few milliseconds until the
// returned function is called, which reports the largest sample.
func watchHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done := make(chan struct{})
	result := make(chan uint64)
	go func() {
		var peak uint64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				result <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-result
	}
}
