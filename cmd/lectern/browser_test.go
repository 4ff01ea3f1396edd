package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"lectern/internal/build"
)

// chromium finds a Chromium to drive, or skips the test saying how to get
// one: CI installs Debian's package first, so there it always runs.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no Chromium on PATH: install Debian's chromium package (apt-get install chromium) to run the browser tests")
	return ""
}

// browser starts a headless Chromium and returns a context to drive it,
// for 90 seconds; it skips the test in -short mode or when Chromium is
// missing.
func browser(t *testing.T) context.Context {
	t.Helper()
	return browserFor(t, 90*time.Second)
}

// browserFor is browser for a test that needs the browser for longer.
func browserFor(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
	)
	// Chromium may still be writing its profile as it exits, which makes
	// t.TempDir's strict cleanup fail; remove the folder ourselves, last.
	// Its temporary folder (the singleton socket's) goes inside it, so
	// that nothing of a run is left in the machine's.
	profile, err := os.MkdirTemp("", "lectern-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	modify, stop := browserGroup()
	t.Cleanup(func() {
		stop()
		removeProfile(t, profile)
	})
	tmp := filepath.Join(profile, "tmp")
	if err := os.Mkdir(tmp, 0o700); err != nil {
		t.Fatal(err)
	}
	opts = append(opts, chromedp.UserDataDir(profile), chromedp.Env("TMPDIR="+tmp))
	if modify != nil {
		opts = append(opts, chromedp.ModifyCmdFunc(modify))
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, _ := chromedp.NewContext(actx)
	t.Cleanup(func() { chromedp.Cancel(ctx) })
	ctx, cancel = context.WithTimeout(ctx, limit)
	t.Cleanup(cancel)
	return ctx
}

// removeProfile removes Chromium's profile folder, its processes gone.
func removeProfile(t *testing.T, dir string) {
	if err := os.RemoveAll(dir); err != nil {
		t.Logf("Chromium's profile is left behind: %v", err)
	}
}

// problems records what a reader would see go wrong: console errors,
// uncaught exceptions, failed requests and error statuses.
type problems struct {
	mu   sync.Mutex
	list []string
}

func (p *problems) add(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, fmt.Sprintf(format, args...))
}

func (p *problems) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.list
	p.list = nil
	return out
}

func listen(ctx context.Context, p *problems) {
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value))
				}
				p.add("console %s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			p.add("exception: %s", ev.ExceptionDetails.Error())
		case *network.EventLoadingFailed:
			p.add("request failed: %s (%s)", ev.RequestID, ev.ErrorText)
		case *network.EventResponseReceived:
			if ev.Response.Status >= 400 {
				p.add("HTTP %d for %s", ev.Response.Status, ev.Response.URL)
			}
		}
	})
}

// serveExample builds the example site into a temporary folder and serves
// it as a static host would, until the test ends; it returns the base URL.
func serveExample(t *testing.T) string {
	t.Helper()
	return serveBuilt(t, "../..")
}

// serveBuilt builds the site in src into a new folder and serves it as a
// static host would, until the test ends; it returns the base URL.
func serveBuilt(t *testing.T, src string) string {
	t.Helper()
	dest := t.TempDir()
	if _, diags := build.Build(context.Background(), build.Options{Source: src, Dest: dest}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dest)))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestBrowserExampleSite builds the example site, serves it and loads its
// main pages in headless Chromium at phone and desktop widths: no page may
// log a console error, throw, fail a request, or be wider than the screen.
func TestBrowserExampleSite(t *testing.T) {
	ctx := browser(t)
	base := serveExample(t)

	var p problems
	listen(ctx, &p)
	if err := chromedp.Run(ctx, network.Enable(), runtime.Enable()); err != nil {
		t.Fatal(err)
	}
	pages := []string{
		"/", "/talks/", "/talks/incident-reviews-without-blame/", "/talks/go-generics-in-practice/",
		"/speakers/", "/speakers/priya-raman/", "/tags/", "/tags/sre/", "/tracks/operations/",
		"/notes/", "/notes/notes-on-blameless-reviews/", "/reading/", "/reading/2026-conference-reading/",
		"/events/northwind-2026/", "/about/", "/schedule/", "/events/northwind-2026/schedule/",
	}
	for _, width := range []int64{390, 1280} {
		for _, path := range pages {
			var title string
			var overflow int
			err := chromedp.Run(ctx,
				chromedp.EmulateViewport(width, 900),
				chromedp.Navigate(base+path),
				chromedp.WaitReady("body"),
				chromedp.Title(&title),
				// A page wider than the screen scrolls sideways as a
				// whole; wide parts (the schedule grid) scroll inside
				// their own box.
				chromedp.Evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`, &overflow),
			)
			if err != nil {
				t.Fatalf("%s at %dpx: %v", path, width, err)
			}
			if title == "" {
				t.Errorf("%s at %dpx has no title", path, width)
			}
			if overflow > 0 {
				t.Errorf("%s at %dpx is %dpx wider than the screen", path, width, overflow)
			}
			for _, problem := range p.take() {
				t.Errorf("%s at %dpx: %s", path, width, problem)
			}
		}
	}
}

// TestBrowserNavigation follows the example site's menu from a talk: the
// link marked as the talk's section leads to the talks index, which lists
// the talk, at phone and desktop widths.
func TestBrowserNavigation(t *testing.T) {
	ctx := browser(t)
	base := serveExample(t)
	for _, width := range []int64{390, 1280} {
		var section string
		err := chromedp.Run(ctx,
			chromedp.EmulateViewport(width, 900),
			chromedp.Navigate(base+"/talks/incident-reviews-without-blame/"),
			chromedp.WaitReady("body"),
			chromedp.Evaluate(`(a => a ? a.getAttribute("href") : "")(document.querySelector(".site-nav a[aria-current]"))`, &section),
		)
		if err != nil {
			t.Fatalf("at %dpx: %v", width, err)
		}
		if section != "/talks/" {
			t.Errorf("at %dpx, the menu marks %q as the talk's section, want /talks/", width, section)
			continue
		}
		var heading string
		var listed bool
		err = chromedp.Run(ctx,
			chromedp.Click(`.site-nav a[aria-current]`, chromedp.ByQuery),
			chromedp.WaitVisible(`.page-header h1`, chromedp.ByQuery),
			chromedp.Text(`.page-header h1`, &heading, chromedp.ByQuery),
			chromedp.Evaluate(`location.pathname === "/talks/" && !!document.querySelector('a.item-title[href="/talks/incident-reviews-without-blame/"]')`, &listed),
		)
		if err != nil {
			t.Fatalf("at %dpx: %v", width, err)
		}
		if heading != "Talks" || !listed {
			t.Errorf("at %dpx, the talks menu link leads to %q, listing the talk: %v; want the talks index, listing it", width, heading, listed)
		}
	}
}

// TestBrowserMySchedule stars a talk on /schedule/, reloads, and finds it
// still starred; "Starred only" then shows it alone, breaks aside, and the
// talk's own page shows the same star.
func TestBrowserMySchedule(t *testing.T) {
	ctx := browser(t)
	base := serveExample(t)
	var p problems
	listen(ctx, &p)

	const star = `.session[data-talk="/talks/incident-reviews-without-blame/"] button.star`
	visible := `[...document.querySelectorAll(".session")].filter(e => e.offsetParent !== null).map(e => e.querySelector(".session-title").textContent.trim()).join(" | ")`
	var before, after, shown, onTalkPage string
	var stars int
	err := chromedp.Run(ctx,
		network.Enable(), runtime.Enable(),
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/schedule/"),
		chromedp.WaitVisible(star, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("button.star").length`, &stars),
		chromedp.AttributeValue(star, "aria-pressed", &before, nil, chromedp.ByQuery),
		chromedp.Click(star, chromedp.ByQuery),
		chromedp.Reload(),
		chromedp.WaitVisible(star, chromedp.ByQuery),
		chromedp.AttributeValue(star, "aria-pressed", &after, nil, chromedp.ByQuery),
		chromedp.Click(`summary`, chromedp.ByQuery),
		chromedp.Click(`//button[@class="tool" and text()="Starred only"]`, chromedp.BySearch),
		chromedp.Evaluate(visible, &shown),
		chromedp.Navigate(base+"/talks/incident-reviews-without-blame/"),
		chromedp.WaitVisible(`button.talk-star`, chromedp.ByQuery),
		chromedp.Text(`button.talk-star`, &onTalkPage, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if stars != 12 {
		t.Errorf("%d star buttons, want one per talk that is not a break (12, the cancelled one too: who starred it sees it cancelled)", stars)
	}
	if before != "false" || after != "true" {
		t.Errorf("aria-pressed before the click %q, after it and a reload %q; want false, true", before, after)
	}
	// The second day has no starred talk: it says so instead of showing
	// its break alone.
	if want := "Coffee break | Incident Reviews Without Blame | Lunch"; shown != want {
		t.Errorf("starred only shows %q, want %q", shown, want)
	}
	if onTalkPage != "★ Starred" {
		t.Errorf("the talk page's star reads %q", onTalkPage)
	}
	for _, problem := range p.take() {
		t.Error(problem)
	}
}
