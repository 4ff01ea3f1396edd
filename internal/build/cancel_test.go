package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lectern/internal/hangtest"
)

// sameTree fails the test unless dir holds what before held, byte for byte
// and with the same modification times, and no staging folder.
func sameTree(t *testing.T, dir string, before map[string]file) {
	t.Helper()
	after := readTree(t, dir)
	for p, f := range before {
		if g, ok := after[p]; !ok || g.body != f.body || !g.modTime.Equal(f.modTime) {
			t.Errorf("%s changed", p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s appeared", p)
		}
	}
}

func TestBuildStopsWhenCancelled(t *testing.T) {
	src := writeSite(t, smallSite)
	dest := filepath.Join(src, "public")
	if _, diags := Build(context.Background(), Options{Source: src}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	before := readTree(t, dest)
	write(t, src, "layouts/talk.html", hangtest.Loop)

	// config.toml's deadline is a minute: only the context stops it.
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	var res Result
	var got []string
	hangtest.Within(t, "Build after cancel", func() {
		r, diags := Build(ctx, Options{Source: src})
		res, got = r, diags.Strings()
	})
	want := []string{"build cancelled; " + dest + " was left as it was"}
	if !slices.Equal(got, want) || !res.Cancelled {
		t.Errorf("cancelled %v, diagnostics\n%s\nwant\n%s", res.Cancelled, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	sameTree(t, dest, before)
	entries, _ := os.ReadDir(dest)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".lectern-") {
			t.Errorf("the cancelled build left %s", e.Name())
		}
	}
}

func TestBuildTemplateDeadline(t *testing.T) {
	src := writeSite(t, `
-- content/talks/x.md --
---
title: X
---
Body.
-- layouts/talk.html --
`+hangtest.Loop)
	dest := filepath.Join(src, "public")
	var got []string
	hangtest.Within(t, "Build", func() {
		_, diags := Build(context.Background(), Options{Source: src, TemplateTimeout: time.Second, BaseURL: "https://x.example/"})
		got = diags.Strings()
	})
	want := []string{"layouts/talk.html: rendering content/talks/x.md: did not finish within 1s; a template that never ends (a range over a huge number, a template that calls itself)? Fix the template, or raise [build] template_timeout in config.toml"}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := os.Stat(dest); err == nil {
		if entries, _ := os.ReadDir(dest); len(entries) > 1 {
			t.Errorf("the failed build wrote into %s: %v", dest, entries)
		}
	}
}

func TestBuildTemplateTimeoutFromConfig(t *testing.T) {
	src := writeSite(t, `
-- config.toml --
base_url = "https://x.example/"
[build]
template_timeout = "1500ms"
-- content/talks/x.md --
---
title: X
---
Body.
-- layouts/talk.html --
`+hangtest.Loop)
	var got []string
	hangtest.Within(t, "Build", func() {
		_, diags := Build(context.Background(), Options{Source: src})
		got = diags.Strings()
	})
	want := []string{"layouts/talk.html: rendering content/talks/x.md: did not finish within 1.5s; a template that never ends (a range over a huge number, a template that calls itself)? Fix the template, or raise [build] template_timeout in config.toml"}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSessionRecoversFromAStuckTemplate(t *testing.T) {
	dir := writeSite(t, sessionSite)
	s := NewSession(Options{Source: dir, TemplateTimeout: time.Second})
	ctx := context.Background()
	if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	good := body(t, s, "talks/a/index.html")
	version := s.Version()

	edit(t, dir, "layouts/talk.html", hangtest.Loop)
	var diags []string
	hangtest.Within(t, "Rebuild with a stuck template", func() {
		_, d := s.Rebuild(ctx, []string{"layouts/talk.html"})
		diags = d.Errors().Strings()
	})
	if len(diags) == 0 {
		t.Fatal("a stuck template did not fail the rebuild")
	}
	for _, d := range diags {
		if !strings.HasPrefix(d, "layouts/talk.html: rendering content/talks/") || !strings.HasSuffix(d, ": did not finish within 1s; a template that never ends (a range over a huge number, a template that calls itself)? Fix the template; the preview gives each page 1s") {
			t.Errorf("unexpected diagnostic %s", d)
		}
	}
	if got := body(t, s, "talks/a/index.html"); got != good || s.Version() != version {
		t.Error("a failed rebuild replaced the last good site")
	}

	// Fixed: the next rebuild works and the site changes.
	edit(t, dir, "layouts/talk.html", "{{define \"main\"}}<h1>fixed {{.Page.Title}}</h1>{{end}}")
	rb, d := s.Rebuild(ctx, []string{"layouts/talk.html"})
	if d.HasErrors() {
		t.Fatalf("rebuild after the fix: %v", d.Err())
	}
	if got := body(t, s, "talks/a/index.html"); !strings.Contains(got, "fixed Talk A") || s.Version() == version || !slices.Contains(rb.Updated, "talks/a/index.html") {
		t.Errorf("the fixed template did not show: version %d, page %q", s.Version(), got)
	}

	// Stuck again, then deleted: the theme's own template comes back.
	edit(t, dir, "layouts/talk.html", hangtest.Loop)
	hangtest.Within(t, "Rebuild with a stuck template", func() { s.Rebuild(ctx, []string{"layouts/talk.html"}) })
	if err := os.Remove(filepath.Join(dir, "layouts", "talk.html")); err != nil {
		t.Fatal(err)
	}
	if _, d := s.Rebuild(ctx, []string{"layouts/talk.html"}); d.HasErrors() {
		t.Fatalf("rebuild after deleting the template: %v", d.Err())
	}
	if got := body(t, s, "talks/a/index.html"); got != good {
		t.Error("deleting the stuck template did not bring back the theme's page")
	}
}
