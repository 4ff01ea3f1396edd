package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"lectern/internal/build"
	"lectern/internal/diag"
	"lectern/internal/serve"
	"lectern/internal/sitegen"
)

// mostLoad bounds a phase of serve-load, so that a mistyped -duration
// cannot keep the machine busy for hours.
const mostLoad = 10 * time.Minute

func runServeLoad(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve-load", stderr)
	talks := fs.Int("talks", 1000, "number of talks of the generated site")
	seed := fs.Uint64("seed", 0, "the seed of the generated site")
	clients := fs.Int("clients", 16, "concurrent HTTP clients, each asking for one page after another")
	live := fs.Int("live", 200, "live-reload clients held open during lectern serve's turn")
	liveCap := fs.Int("live-cap", 0, "lectern serve's cap on live-reload clients (default: serve's own)")
	duration := fs.Duration("duration", 10*time.Second, "how long each server is loaded (at most 10m)")
	requests := fs.Int("requests", 0, "stop each turn after this many requests (0: when -duration ends)")
	edit := fs.Duration("edit", 0, "save an edit of one talk this often during lectern serve's turn (0: no edits)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 || *clients < 1 || *live < 0 || *duration <= 0 || *duration > mostLoad || *requests < 0 || *edit < 0 {
		fmt.Fprintln(stderr, "lectern-bench serve-load: -clients must be at least 1, -duration between 0 and 10m, and no count negative")
		return exitUsage
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "lectern-bench serve-load: %v\n", err)
		return exitError
	}
	work, err := os.MkdirTemp("", "lectern-serve-load-")
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(work)
	site := filepath.Join(work, "site")
	if err := sitegen.New(sitegen.Options{Talks: *talks, Seed: *seed}).Write(site); err != nil {
		return fail(err)
	}
	// The baseline serves a build of the same site from disk. Unminified,
	// as the preview serves pages as rendered, so both send the same bytes
	// but for the preview's live reload script.
	public := filepath.Join(work, "public")
	start := time.Now()
	if _, diags := build.Build(context.Background(), build.Options{Source: site, Dest: public, NoMinify: true}); diags.HasErrors() {
		return fail(diags.Err())
	}
	built := time.Since(start)
	urls, err := siteURLs(public)
	if err != nil {
		return fail(err)
	}
	talk, err := firstTalk(site)
	if err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "Site: %d talks, %d files (built in %s); %d clients on 127.0.0.1 for %s per server, each asking for the site's files in turn\n",
		*talks, len(urls), built.Round(time.Millisecond), *clients, *duration)

	lim := limits{clients: *clients, duration: *duration, requests: *requests}
	base, err := loadFileServer(public, urls, lim)
	if err != nil {
		return fail(err)
	}
	pv, err := loadPreview(site, talk, urls, lim, *live, *liveCap, *edit)
	if err != nil {
		return fail(err)
	}

	fmt.Fprintf(stdout, "%-14s %9s %9s %8s %8s %8s %8s %7s\n", "", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors")
	for _, row := range []struct {
		name string
		st   loadStats
	}{{"file server", base}, {"lectern serve", pv.loadStats}} {
		st := row.st
		fmt.Fprintf(stdout, "%-14s %9d %9.0f %8.2f %8.2f %8.2f %8.2f %7d\n", row.name, st.requests, st.rate(),
			msOf(st.quantile(0.5)), msOf(st.quantile(0.9)), msOf(st.quantile(0.99)), msOf(st.quantile(1)), st.errors)
	}
	fmt.Fprintf(stdout, "live reload: %d of %d clients held (%d refused), %d still connected at the end, %d events received\n",
		pv.held, *live, pv.refused, pv.connected, pv.events)
	if *edit > 0 {
		fmt.Fprintf(stdout, "edits: %d saved, %d rebuilds (%d failed)\n", pv.edits, pv.rebuilds, pv.failed)
		if pv.firstFailure != "" {
			fmt.Fprintf(stdout, "first failed rebuild: %s\n", pv.firstFailure)
		}
	}
	fmt.Fprintf(stdout, "serve/file server: %.2f× the requests per second; p50 %.2f×, p99 %.2f×\n",
		pv.rate()/base.rate(), ratio(pv.quantile(0.5), base.quantile(0.5)), ratio(pv.quantile(0.99), base.quantile(0.99)))
	for _, e := range slices.Concat(base.firstErrors, pv.firstErrors) {
		fmt.Fprintf(stdout, "error: %s\n", e)
	}
	return exitOK
}

// limits bound one turn of load.
type limits struct {
	clients  int
	duration time.Duration
	requests int // 0: no limit but the duration
}

// loadStats is what one turn of load measured.
type loadStats struct {
	requests, errors int
	elapsed          time.Duration
	latencies        []time.Duration // sorted
	firstErrors      []string
}

func (s loadStats) rate() float64 {
	if s.elapsed <= 0 {
		return 0
	}
	return float64(s.requests) / s.elapsed.Seconds()
}

// quantile returns the latency below which a fraction q of the requests
// were answered (the nearest rank).
func (s loadStats) quantile(q float64) time.Duration {
	if len(s.latencies) == 0 {
		return 0
	}
	i := int(q*float64(len(s.latencies)) + 0.5)
	return s.latencies[min(max(i-1, 0), len(s.latencies)-1)]
}

func msOf(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// loadFileServer serves public with net/http's file server on a free
// loopback port and loads it.
func loadFileServer(public string, urls []string, lim limits) (loadStats, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return loadStats{}, err
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(public))}
	go srv.Serve(ln)
	defer srv.Close()
	return load("http://"+ln.Addr().String(), urls, lim), nil
}

// previewStats adds to loadStats what happened to the live-reload clients
// and the edits.
type previewStats struct {
	loadStats
	held, refused, connected, events int
	edits, rebuilds, failed          int
	// firstFailure is what the first failed rebuild reported.
	firstFailure string
}

// loadPreview runs lectern serve over site on a free loopback port, holds
// live open streams, and loads it, saving an edit of talk every edit.
func loadPreview(site, talk string, urls []string, lim limits, live, liveCap int, edit time.Duration) (previewStats, error) {
	var st previewStats
	var mu sync.Mutex // Report runs on the rebuild goroutine
	builds := 0
	firstBuild := make(chan diag.List, 1)
	srv, err := serve.Listen(serve.Options{
		Source: site, Bind: "127.0.0.1", Port: 0, MaxLiveClients: liveCap,
		Report: func(_ build.Rebuild, diags diag.List) {
			mu.Lock()
			defer mu.Unlock()
			if builds++; builds == 1 {
				firstBuild <- diags
				return
			}
			st.rebuilds++
			if diags.HasErrors() {
				st.failed++
				if st.firstFailure == "" {
					st.firstFailure = strings.Join(diags.Strings(), "; ")
				}
			}
		},
	})
	if err != nil {
		return st, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	stop := func() error {
		cancel()
		return <-done
	}
	if diags := <-firstBuild; diags.HasErrors() {
		stop()
		return st, diags.Err()
	}
	base := strings.TrimSuffix(srv.URL(), "/")

	// The live-reload clients, each on a connection of its own, as each
	// open page is.
	streams := &http.Transport{DisableKeepAlives: true}
	defer streams.CloseIdleConnections()
	var events, connected atomic.Int64
	opened := make(chan bool, live)
	var wg sync.WaitGroup
	for range live {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := holdStream(ctx, streams, base, &events, &connected)
			opened <- ok
		}()
	}
	for range live {
		if <-opened {
			st.held++
		} else {
			st.refused++
		}
	}

	var edits sync.WaitGroup
	editCtx, stopEdits := context.WithCancel(ctx)
	if edit > 0 {
		edits.Add(1)
		go func() {
			defer edits.Done()
			st.edits = saveEdits(editCtx, talk, edit)
		}()
	}
	st.loadStats = load(base, urls, lim)
	stopEdits()
	edits.Wait()
	st.connected = int(connected.Load())
	err = stop()
	wg.Wait()
	st.events = int(events.Load())
	mu.Lock()
	defer mu.Unlock()
	return st, err
}

// holdStream opens the preview's event stream and reads it until it ends;
// it reports on opened whether the server took it, once it has said hello.
func holdStream(ctx context.Context, tr *http.Transport, base string, events, connected *atomic.Int64) (ok bool) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/_lectern/events", nil)
	resp, err := tr.RoundTrip(req)
	if err != nil {
		return false
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return false
	}
	r := bufio.NewReader(resp.Body)
	if line, err := r.ReadString('\n'); err != nil || line != "event: hello\n" {
		resp.Body.Close()
		return false
	}
	connected.Add(1)
	go func() {
		defer resp.Body.Close()
		defer connected.Add(-1)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			if strings.HasPrefix(line, "event: ") {
				events.Add(1)
			}
		}
	}()
	return true
}

// saveEdits appends a new paragraph to the talk every interval until ctx
// ends, as a writer saving now and then, and returns the saves made.
// Each save writes a hidden temporary file and renames it over the talk,
// as editors do: a write in place can reach the watcher as an empty file
// first, which is a failed build the test did not mean to measure.
func saveEdits(ctx context.Context, talk string, every time.Duration) int {
	original, err := os.ReadFile(talk)
	if err != nil {
		return 0
	}
	t := time.NewTicker(every)
	defer t.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			return n
		case <-t.C:
			n++
			text := fmt.Sprintf("%s\nEdit number %d, saved during the load test.\n", original, n)
			tmp := filepath.Join(filepath.Dir(talk), "."+filepath.Base(talk)+".tmp")
			if os.WriteFile(tmp, []byte(text), 0o644) != nil || os.Rename(tmp, talk) != nil {
				return n
			}
		}
	}
}

// load runs lim.clients clients against base, each asking for the urls
// one after another from its own starting point, until lim.duration ends
// or lim.requests have been made, after one warming pass. Any error or status but 200 counts as
// an error.
func load(base string, urls []string, lim limits) loadStats {
	tr := &http.Transport{MaxIdleConnsPerHost: lim.clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{
		Transport: tr,
		// A redirect is an answer to measure, not to follow.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	var (
		mu    sync.Mutex
		total loadStats
		count atomic.Int64
		wg    sync.WaitGroup
	)
	// One unmeasured pass over every URL first, so that neither server
	// is timed filling a cache (the disk's, or the preview's feeds that
	// are rendered when first asked for).
	for _, u := range urls {
		fetch(client, base+u)
	}
	start := time.Now()
	deadline := start.Add(lim.duration)
	for c := range lim.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine loadStats
			for i := c * len(urls) / lim.clients; time.Now().Before(deadline); i++ {
				if lim.requests > 0 && count.Add(1) > int64(lim.requests) {
					break
				}
				u := urls[i%len(urls)]
				t := time.Now()
				err := fetch(client, base+u)
				mine.latencies = append(mine.latencies, time.Since(t))
				mine.requests++
				if err != nil {
					mine.errors++
					if len(mine.firstErrors) < 3 {
						mine.firstErrors = append(mine.firstErrors, err.Error())
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			total.requests += mine.requests
			total.errors += mine.errors
			total.latencies = append(total.latencies, mine.latencies...)
			total.firstErrors = append(total.firstErrors, mine.firstErrors...)
			if len(total.firstErrors) > 3 {
				total.firstErrors = total.firstErrors[:3]
			}
		}()
	}
	wg.Wait()
	total.elapsed = time.Since(start)
	slices.Sort(total.latencies)
	return total
}

// fetch gets u and reads its body whole; a status but 200 is an error.
func fetch(client *http.Client, u string) error {
	resp, err := client.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return nil
}

// siteURLs lists the URLs of a built site's files, sorted: a folder's
// index.html as the folder, hidden files left out.
func siteURLs(public string) ([]string, error) {
	var urls []string
	err := filepath.WalkDir(public, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && p != public {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(public, p)
		if err != nil {
			return err
		}
		rel = "/" + filepath.ToSlash(rel)
		if path.Base(rel) == "index.html" {
			rel = strings.TrimSuffix(rel, "index.html")
		}
		urls = append(urls, (&url.URL{Path: rel}).EscapedPath())
		return nil
	})
	if err == nil && len(urls) == 0 {
		err = errors.New("the build wrote no files")
	}
	slices.Sort(urls)
	return urls, err
}

// firstTalk returns the path of the generated site's first talk file.
func firstTalk(site string) (string, error) {
	dir := filepath.Join(site, "content", "talks")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".md") {
			return filepath.Join(dir, e.Name()), nil
		}
	}
	return "", fmt.Errorf("no talk in %s", dir)
}
