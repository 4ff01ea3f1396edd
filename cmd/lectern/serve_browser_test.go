package main

import (
	"context"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lectern/internal/serve"
)

// copySite copies the example site's sources into a new folder.
func copySite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"config.toml", "content", "static"} {
		src := filepath.Join("../..", name)
		err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel("../..", p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dir, rel), 0o755)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// startServe runs lectern serve on a free port over dir until the test ends.
func startServe(t *testing.T, dir string) string {
	t.Helper()
	return startServeWith(t, serve.Options{Source: dir}, 200)
}

// startServeWith runs lectern serve with opts on a free port until the
// test ends, and returns its address once / answers with status.
func startServeWith(t *testing.T, opts serve.Options, status int) string {
	t.Helper()
	opts.Port = 0
	srv, err := serve.Listen(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve did not stop cleanly: %v", err)
		}
	})
	for range 100 {
		if resp, err := http.Get(srv.URL()); err == nil {
			resp.Body.Close()
			if resp.StatusCode == status {
				return strings.TrimSuffix(srv.URL(), "/")
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("serve did not answer")
	return ""
}

// waitFor polls a JavaScript expression in the page until it is true. A
// live reload replaces the page under the poll, so an evaluation that fails
// because the document navigated is retried rather than fatal.
func waitFor(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		var ok bool
		last = chromedp.Run(ctx, chromedp.Evaluate(expr, &ok))
		if last == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s: not true after 10s (last error: %v; waited for %s)", what, last, expr)
}

func TestBrowserLiveReload(t *testing.T) {
	ctx := browser(t)
	dir := copySite(t)
	base := startServe(t, dir)
	talk := filepath.Join(dir, "content/talks/keynote-long-tail.md")
	original, err := os.ReadFile(talk)
	if err != nil {
		t.Fatal(err)
	}
	write := func(text string) {
		t.Helper()
		if err := os.WriteFile(talk, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/talks/keynote-long-tail/"),
		chromedp.WaitReady("body"),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "live reload connects", `document.documentElement.getAttribute("data-lectern-live") === "connected"`)

	// An edit shows without a manual reload.
	write(string(original) + "\nA paragraph written while the preview was open.\n")
	waitFor(t, ctx, "the edit appears", `document.body.innerText.includes("A paragraph written while the preview was open.")`)

	// A broken front matter shows the overlay with the file and line.
	write("---\ntitle: [broken\n---\nBody\n")
	waitFor(t, ctx, "the overlay appears",
		`(() => { const o = document.getElementById("lectern-overlay"); return !!o && o.shadowRoot.textContent.includes("content/talks/keynote-long-tail.md:2:") })()`)
	var still bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`document.body.innerText.includes("A paragraph written while the preview was open.")`, &still)); err != nil || !still {
		t.Errorf("the last good page must stay under the overlay")
	}

	// Fixing the file removes it.
	write(string(original))
	// The page must show the fixed file whole: a save that truncates and
	// then writes can reach the watcher as two changes on a loaded machine,
	// and the stylesheet check below needs the reloads to be over.
	waitFor(t, ctx, "the overlay goes away", `document.getElementById("lectern-overlay") === null && !document.body.innerText.includes("A paragraph written while") && document.body.innerText.includes("searchable, linkable, and kept")`)

	// A stylesheet change swaps styles without reloading the page.
	css, err := fs.ReadFile(os.DirFS("../../themes/default/static"), "css/main.css")
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(ctx, chromedp.Evaluate(`window.lecternTestMarker = "not reloaded"`, nil)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "static/css"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "static/css/main.css"), append(css, "\nbody{outline:3px solid rgb(255, 0, 0)}\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the new style applies", `getComputedStyle(document.body).outlineColor === "rgb(255, 0, 0)"`)
	var marker string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`window.lecternTestMarker || ""`, &marker)); err != nil || marker != "not reloaded" {
		t.Errorf("a stylesheet change reloaded the whole page (marker %q)", marker)
	}
}

// TestBrowserLiveReloadWaitsWhenRefused: a page refused a live-reload
// stream (the server has as many pages listening as it allows) does not
// give up nor hammer: it waits, tries again, and connects once a place
// is free.
func TestBrowserLiveReloadWaitsWhenRefused(t *testing.T) {
	ctx := browser(t)
	base := startServeWith(t, serve.Options{Source: copySite(t), MaxLiveClients: 1}, 200)
	// Another page holds the one place.
	resp, err := http.Get(base + "/_lectern/events")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("first stream: %v %v", resp, err)
	}
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/talks/keynote-long-tail/"),
		chromedp.WaitReady("body"),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the refused page waits", `document.documentElement.getAttribute("data-lectern-live") === "waiting"`)
	resp.Body.Close()
	waitFor(t, ctx, "it connects once a place is free", `document.documentElement.getAttribute("data-lectern-live") === "connected"`)
}

// TestBrowserFirstBuildFailure: when serve's first build fails, a page
// shows the errors and turns into the site by itself once the file is
// fixed.
func TestBrowserFirstBuildFailure(t *testing.T) {
	ctx := browser(t)
	dir := copySite(t)
	talk := filepath.Join(dir, "content/talks/keynote-long-tail.md")
	original, err := os.ReadFile(talk)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(talk, []byte("---\ntitle: [broken\n---\nBody\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := startServeWith(t, serve.Options{Source: dir}, http.StatusInternalServerError)
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/talks/keynote-long-tail/"),
		chromedp.WaitReady("body"),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the error page lists the error",
		`(() => { const m = document.getElementById("lectern-build-failed"); return !!m && m.textContent.includes("content/talks/keynote-long-tail.md:2:") })()`)
	waitFor(t, ctx, "live reload connects", `document.documentElement.getAttribute("data-lectern-live") === "connected"`)
	if err := os.WriteFile(talk, original, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the page shows the talk", `document.getElementById("lectern-build-failed") === null && document.body.innerText.includes("searchable, linkable, and kept")`)
}
