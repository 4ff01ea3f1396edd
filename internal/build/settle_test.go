package build

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestDeferPages: with Options.DeferPages, an edit that changes pages the
// site had renders only what is new (the added talk's page) and leaves
// the others stale, listed as Deferred; a page asked for is rendered then,
// Settle renders the rest, and either way every output is a fresh
// build's. Without the option the same edit renders the pages at once.
func TestDeferPages(t *testing.T) {
	const added = "---\ntitle: Talk zero\ndate: 2026-06-10 09:00\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nThe earliest talk.\n"
	t.Run("off", func(t *testing.T) {
		dir, s := startSession(t, planSite)
		edit(t, dir, "content/talks/t0.md", added)
		rb, diags := s.Rebuild(context.Background(), []string{"content/talks/t0.md"})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		if len(rb.Deferred) > 0 || !slices.Contains(rb.Rendered, "tags/x/index.html") {
			t.Errorf("without DeferPages: deferred %q, rendered %q", rb.Deferred, rb.Rendered)
		}
	})

	dir, s := deferringSession(t, planSite)
	ctx := context.Background()
	edit(t, dir, "content/talks/t0.md", added)
	rb, diags := s.Rebuild(ctx, []string{"content/talks/t0.md"})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	// The new talk's page is new: rendered now. The pages of the lists
	// it joins, which the site had, are deferred.
	if !slices.Contains(rb.Rendered, "talks/t0/index.html") {
		t.Errorf("the new talk's page was not rendered at once: rendered %q", rb.Rendered)
	}
	for _, p := range []string{"index.html", "talks/index.html", "tags/x/index.html"} {
		if !slices.Contains(rb.Deferred, p) || slices.Contains(rb.Rendered, p) {
			t.Errorf("%s: want it deferred, not rendered (deferred %q)", p, rb.Deferred)
		}
	}
	if rb.StylesOnly {
		t.Error("pages deferred, yet StylesOnly")
	}
	for _, p := range rb.Deferred {
		if !strings.HasSuffix(p, ".html") || slices.Contains(rb.Stale, p) {
			t.Errorf("%s is deferred: only HTML pages are, and not also as Stale", p)
		}
	}

	// One page asked for before Settle, as a reloading tab does, is
	// rendered then, as a fresh build renders it.
	fresh := NewSession(Options{Source: dir})
	if _, diags := fresh.Rebuild(ctx, nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if got, want := body(t, s, "tags/x/index.html"), body(t, fresh, "tags/x/index.html"); got != want {
		t.Errorf("tags/x/ asked for before Settle:\n%s\nwant\n%s", got, want)
	}
	settled, diags := s.Settle(ctx)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if slices.Contains(settled.Rendered, "tags/x/index.html") {
		t.Error("Settle rendered tags/x/ again, which was asked for and rendered already")
	}
	if len(settled.Rendered) != len(rb.Deferred)-1 {
		t.Errorf("Settle rendered %d pages, want the %d deferred less the one asked for", len(settled.Rendered), len(rb.Deferred)-1)
	}
	s.mu.RLock()
	for _, p := range rb.Deferred {
		if _, stale := s.stale[p]; stale {
			t.Errorf("%s still stale after Settle", p)
		}
	}
	left := len(s.deferred)
	s.mu.RUnlock()
	if left > 0 {
		t.Errorf("%d deferred pages left after Settle", left)
	}
	if again, _ := s.Settle(ctx); len(again.Rendered) > 0 {
		t.Errorf("a second Settle rendered %q", again.Rendered)
	}
	sameAsFullBuild(t, s, dir, diags)
}

// TestSettleStopsForARebuild: pages one rebuild deferred and Settle did
// not reach are planned by the next rebuild, and a Settle begun before it
// renders nothing after it (that rebuild's pages are its own Settle's);
// a Settle whose context ended renders nothing.
func TestSettleStopsForARebuild(t *testing.T) {
	dir, s := deferringSession(t, planSite)
	ctx := context.Background()
	edit(t, dir, "content/talks/t0.md", "---\ntitle: Talk zero\ndate: 2026-06-10 09:00\ntags: [x]\n---\nZero.\n")
	first, diags := s.Rebuild(ctx, []string{"content/talks/t0.md"})
	if diags.HasErrors() || len(first.Deferred) == 0 {
		t.Fatalf("deferred %q: %v", first.Deferred, diags.Err())
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if rb, _ := s.Settle(done); len(rb.Rendered) > 0 {
		t.Errorf("a Settle whose context ended rendered %q", rb.Rendered)
	}

	s.mu.RLock()
	version := s.version
	s.mu.RUnlock()
	edit(t, dir, "content/talks/t0.md", "---\ntitle: Talk zero, renamed\ndate: 2026-06-10 09:00\ntags: [x]\n---\nZero.\n")
	second, diags := s.Rebuild(ctx, []string{"content/talks/t0.md"})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	var late Rebuild
	if ok, _ := s.settleSome(version, 2, &late); !ok || len(late.Rendered) > 0 {
		t.Errorf("a Settle of the version before the rebuild rendered %q", late.Rendered)
	}
	// The second edit is patched in place, which plans only what it
	// changes: the pages the first deferred stay stale, for its Settle.
	s.mu.RLock()
	for _, p := range first.Deferred {
		_, stale := s.stale[p]
		if !stale && !slices.Contains(second.Rendered, p) {
			t.Errorf("%s, deferred and never rendered, is neither stale nor rendered again", p)
		}
	}
	s.mu.RUnlock()
	settled, diags := s.Settle(ctx)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for _, p := range first.Deferred {
		if !slices.Contains(settled.Rendered, p) && !slices.Contains(second.Rendered, p) {
			t.Errorf("%s, deferred by the first edit, was not rendered by the second's Settle", p)
		}
	}
	sameAsFullBuild(t, s, dir, diags)
}

// deferringSession is startSession with Options.DeferPages, as lectern
// serve runs it; its first build, which renders everything, defers
// nothing.
func deferringSession(t *testing.T, archive string) (string, *Session) {
	t.Helper()
	dir := writeSite(t, archive)
	s := NewSession(Options{Source: dir, DeferPages: true})
	if rb, diags := s.Rebuild(context.Background(), nil); diags.HasErrors() || len(rb.Deferred) > 0 {
		t.Fatalf("the first build deferred %q: %v", rb.Deferred, diags.Err())
	}
	return dir, s
}
