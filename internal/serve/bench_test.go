package serve

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"lectern/internal/build"
	"lectern/internal/diag"
	"lectern/internal/sitegen"
)

// BenchmarkEditToServed measures what a writer waits for: from saving one
// talk to the preview serving the page with the change, through the file
// watcher, the debounce, the incremental rebuild and HTTP. Each iteration
// is one edit; the reported metrics are the median and 90th percentile of
// the iterations, the median time from the save to the end of its
// rebuild, and the median of each stage of the rebuilds (ms-<stage>). The
// 10,000-talk site is skipped in -short mode.
func BenchmarkEditToServed(b *testing.B) {
	for _, talks := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("talks=%d", talks), func(b *testing.B) {
			if talks > 1000 && testing.Short() {
				b.Skip("large site skipped in -short mode")
			}
			benchmarkEdit(b, talks)
		})
	}
}

func benchmarkEdit(b *testing.B, talks int) {
	dir := b.TempDir()
	gen := sitegen.New(sitegen.Options{Talks: talks})
	if err := gen.Write(dir); err != nil {
		b.Fatal(err)
	}
	file, url := someTalk(b, dir)
	original, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
	if err != nil {
		b.Fatal(err)
	}

	// The stages of every rebuild after the first, to tell where an edit's
	// time goes; Report runs on the rebuild goroutine.
	var mu sync.Mutex
	stages := map[string][]time.Duration{}
	var order []string
	builds := 0
	var reported time.Time // when the last rebuild was reported
	report := func(rb build.Rebuild, _ diag.List) {
		mu.Lock()
		defer mu.Unlock()
		reported = time.Now()
		if builds++; builds == 1 {
			return
		}
		for _, st := range rb.Stages {
			if _, ok := stages[st.Name]; !ok {
				order = append(order, st.Name)
			}
			stages[st.Name] = append(stages[st.Name], st.Duration)
		}
	}
	srv, err := Listen(Options{Source: dir, Port: 0, Report: report})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	page := strings.TrimSuffix(srv.URL(), "/") + url
	waitServed(b, page, "", 5*time.Minute) // the first, full build

	latencies := make([]time.Duration, 0, b.N)
	rebuilt := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		marker := fmt.Sprintf("Edited paragraph number %d of the benchmark.", i)
		edited := append(slices.Clip(original), "\n"+marker+"\n"...)
		start := time.Now()
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(file)), edited, 0o644); err != nil {
			b.Fatal(err)
		}
		waitServed(b, page, marker, 30*time.Second)
		latencies = append(latencies, time.Since(start))
		mu.Lock()
		if reported.After(start) { // else the report is still on its way
			rebuilt = append(rebuilt, reported.Sub(start))
		}
		mu.Unlock()
	}
	b.StopTimer()
	slices.Sort(latencies)
	b.ReportMetric(float64(latencies[len(latencies)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(latencies[len(latencies)*9/10].Microseconds())/1000, "ms-p90")
	// From the save to the end of the rebuild that served it: the rest
	// is HTTP and the benchmark's polling.
	if len(rebuilt) > 0 {
		slices.Sort(rebuilt)
		b.ReportMetric(float64(rebuilt[len(rebuilt)/2].Microseconds())/1000, "ms-rebuilt")
	}
	mu.Lock()
	defer mu.Unlock()
	for _, name := range order {
		d := stages[name]
		slices.Sort(d)
		b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "ms-"+name)
	}
}

// someTalk picks a talk of the generated site and returns its file and URL.
func someTalk(b *testing.B, dir string) (file, url string) {
	fsys, closeSource, err := build.OpenSource(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer closeSource()
	m, diags := build.LoadModel(context.Background(), fsys, build.ModelOptions{})
	if diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	for _, p := range m.Site.Talks {
		if len(p.Speakers) > 0 {
			return p.Doc.File, p.URL
		}
	}
	b.Fatal("the generated site has no talk with a speaker")
	return "", ""
}

// waitServed polls page until it is served with status 200 and holds text.
func waitServed(b *testing.B, page, text string, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		resp, err := http.Get(page)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 && strings.Contains(string(body), text) {
				return
			}
		}
		time.Sleep(time.Millisecond)
	}
	b.Fatalf("%s did not show %q within %s", page, text, limit)
}
