package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	emulationpkg "github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"lectern/internal/build"
)

// awaitPromise makes chromedp.Evaluate wait for the promise an
// expression returns.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// searchResults is what the open listbox of the first search form shows:
// "Group: title | title; Group: …".
const searchResults = `[...document.querySelectorAll(".search-results:not([hidden]) [role=group]")].map(g =>
  g.querySelector(".search-group").textContent + ": " +
  [...g.querySelectorAll("[role=option] .search-title")].map(o => o.textContent).join(" | ")).join("; ")`

// TestBrowserSearchOffline builds the example site, lets its service
// worker install, then takes the network away, both in the browser
// (Network.emulateNetworkConditions) and by closing the server, and
// searches: a talk is found by a word of its abstract, a speaker by name
// with the accents left out, and the keyboard opens the talk, all from
// the service worker's cache. The manifest must parse without errors.
func TestBrowserSearchOffline(t *testing.T) {
	ctx := browser(t)
	dest := t.TempDir()
	if _, diags := build.Build(context.Background(), build.Options{Source: "../..", Dest: dest}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dest)))
	defer srv.Close()
	base := srv.URL
	shots := os.Getenv("LECTERN_SHOTS")

	var manifestErrors []*page.AppManifestError
	var manifestName, state string
	err := chromedp.Run(ctx,
		network.Enable(), runtime.Enable(),
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/"),
		chromedp.WaitReady("body"),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, errs, _, m, err := page.GetAppManifest().Do(ctx)
			manifestErrors = errs
			if m != nil && m.Name != "" {
				manifestName = m.Name
			}
			return err
		}),
		// ready resolves once the worker is active: its precache is done.
		chromedp.Evaluate(`navigator.serviceWorker.ready.then(r => r.active.state === "activated" ? r.active.state :
  new Promise(done => r.active.addEventListener("statechange", e => { if (e.target.state === "activated") done(e.target.state); })))`, &state, awaitPromise),
		chromedp.Reload(),
		chromedp.WaitReady("body"),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range manifestErrors {
		t.Errorf("manifest: %s (line %d)", e.Message, e.Line)
	}
	if manifestName != "Northwind DevConf 2026" {
		t.Errorf("manifest name %q, want the site's title", manifestName)
	}
	if state != "activated" {
		t.Fatalf("service worker state %q, want activated", state)
	}
	var controlled bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`navigator.serviceWorker.controller !== null`, &controlled)); err != nil || !controlled {
		t.Fatalf("the page is not controlled by the service worker (%v)", err)
	}

	// Offline: the browser's network off, and the server gone.
	srv.CloseClientConnections()
	srv.Close()
	if err := chromedp.Run(ctx, network.EmulateNetworkConditions(true, 0, -1, -1)); err != nil {
		t.Fatal(err)
	}

	var p problems
	listen(ctx, &p)
	search := func(width int64, query string) string {
		t.Helper()
		var got string
		err := chromedp.Run(ctx,
			chromedp.EmulateViewport(width, 900),
			chromedp.Reload(),
			chromedp.WaitReady("#site-search-q", chromedp.ByQuery),
			// "/" focuses the search box from anywhere on the page.
			slash(),
			chromedp.Evaluate(`document.activeElement.id + "=" + document.activeElement.value`, &got),
			chromedp.ActionFunc(func(context.Context) error {
				if got != "site-search-q=" {
					t.Errorf("after /, the focus is on %q, want the empty search box", got)
				}
				return nil
			}),
			chromedp.SendKeys("#site-search-q", query, chromedp.ByQuery),
			chromedp.WaitVisible(`.search-results[data-query="`+query+`"] [role=option]`, chromedp.ByQuery),
			chromedp.Evaluate(searchResults, &got),
		)
		if err != nil {
			t.Fatalf("searching %q at %dpx offline: %v", query, width, err)
		}
		return got
	}
	for _, width := range []int64{390, 1280} {
		if shots != "" {
			if err := chromedp.Run(ctx, chromedp.EmulateViewport(width, 900), chromedp.Reload(), chromedp.WaitReady("#site-search-q", chromedp.ByQuery)); err != nil {
				t.Fatal(err)
			}
			searchShot(t, ctx, filepath.Join(shots, "home-offline-"+itoa(width)+".png"))
		}
		if got := search(width, "aviation"); !strings.Contains(got, "Talks: Reliability Is a Team Sport") {
			t.Errorf("at %dpx, a word of an abstract (aviation) gives %q", width, got)
		}
		if got := search(width, "jose mull"); !strings.HasPrefix(got, "Speakers: José Müller") {
			t.Errorf("at %dpx, a speaker's name without accents gives %q", width, got)
		}
		if got := search(width, "priya"); !strings.Contains(got, "Speakers: Priya Raman") || !strings.Contains(got, "Talks:") {
			t.Errorf("at %dpx, a speaker's name gives %q; want the speaker and their talks", width, got)
		}
		if shots != "" {
			searchShot(t, ctx, filepath.Join(shots, "search-offline-"+itoa(width)+".png"))
		}
	}

	// The keyboard: arrow to the first result, Enter opens it, offline.
	var expanded, active, url, heading string
	err = chromedp.Run(ctx,
		chromedp.Reload(),
		chromedp.WaitReady("#site-search-q", chromedp.ByQuery),
		chromedp.Focus("#site-search-q", chromedp.ByQuery),
		chromedp.SendKeys("#site-search-q", "aviation", chromedp.ByQuery),
		chromedp.WaitVisible(`.search-results[data-query="aviation"] [role=option]`, chromedp.ByQuery),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.AttributeValue("#site-search-q", "aria-expanded", &expanded, nil, chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById(document.getElementById("site-search-q").getAttribute("aria-activedescendant")).textContent`, &active),
		chromedp.KeyEvent("\r"),
		chromedp.WaitReady("h1", chromedp.ByQuery),
		chromedp.Sleep(200*time.Millisecond),
		chromedp.Location(&url),
		chromedp.Text("h1", &heading, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if expanded != "true" || !strings.HasPrefix(active, "Reliability Is a Team Sport") {
		t.Errorf("after ArrowDown: aria-expanded %q, active option %q", expanded, active)
	}
	if !strings.HasSuffix(url, "/talks/keynote-reliability-team-sport/") || heading != "Reliability Is a Team Sport" {
		t.Errorf("Enter opened %s (h1 %q), want the talk, from the cache", url, heading)
	}

	// The search page reads its query from the URL, offline too.
	var onPage, hintHidden string
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/search/?q=generics"),
		chromedp.WaitVisible(".search-results-inline [role=option]", chromedp.ByQuery),
		chromedp.Evaluate(searchResults, &onPage),
		chromedp.Evaluate(`String(document.querySelector(".search-hint").hidden)`, &hintHidden),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(onPage, "Go Generics in Practice") || hintHidden != "true" {
		t.Errorf("/search/?q=generics shows %q, hint hidden %s", onPage, hintHidden)
	}
	if shots != "" {
		for _, width := range []int64{390, 1280} {
			if err := chromedp.Run(ctx, chromedp.EmulateViewport(width, 900), chromedp.Reload(), chromedp.WaitVisible(".search-results-inline [role=option]", chromedp.ByQuery)); err != nil {
				t.Fatal(err)
			}
			searchShot(t, ctx, filepath.Join(shots, "search-page-"+itoa(width)+".png"))
		}
	}
	for _, problem := range p.take() {
		// Requests that fail offline are the point of the test; what the
		// page itself reports is not.
		if !strings.HasPrefix(problem, "request failed") {
			t.Error(problem)
		}
	}
}

// TestBrowserSearchWithoutJavaScript checks the search page's hint, shown
// when scripts do not run, and that the header's form leads there.
func TestBrowserSearchWithoutJavaScript(t *testing.T) {
	ctx := browser(t)
	base := serveExample(t)
	var action, hint string
	err := chromedp.Run(ctx,
		scripting(false),
		chromedp.Navigate(base+"/"),
		chromedp.AttributeValue("form.site-search", "action", &action, nil, chromedp.ByQuery),
		chromedp.Navigate(base+"/search/?q=x"),
		chromedp.Text(".search-hint", &hint, chromedp.ByQuery, chromedp.NodeVisible),
	)
	if err != nil {
		t.Fatal(err)
	}
	if action != "/search/" || !strings.Contains(hint, "needs JavaScript") {
		t.Errorf("without JavaScript: header form action %q, search page hint %q", action, hint)
	}
}

// shot saves a screenshot of the viewport at file, for a person to look
// at (LECTERN_SHOTS names the folder).
func searchShot(t *testing.T, ctx context.Context, file string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// scripting turns the page's scripts on or off.
func scripting(scripts bool) chromedp.Action {
	return emulationpkg.SetScriptExecutionDisabled(!scripts)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// slash presses "/" as a key, without typing the character: what reaches
// the page is the keydown its script listens for.
func slash() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyRawDown).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191)
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191).Do(ctx)
	})
}
