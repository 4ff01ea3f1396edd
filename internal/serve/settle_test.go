package serve

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"lectern/internal/build"
	"lectern/internal/diag"
)

// TestDeferredPagesReloadAndSettle: an edit whose changed pages the
// session all defers (a talk's body: its page, which the site had) and
// that updates nothing else at once still reloads the open pages, and
// the server then renders the deferred pages in the background; a page
// asked for meanwhile shows the edit.
func TestDeferredPagesReloadAndSettle(t *testing.T) {
	dir := writeSite(t, testSite)
	var reports []build.Rebuild
	s, err := Listen(Options{Source: dir, Report: func(rb build.Rebuild, _ diag.List) { reports = append(reports, rb) }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.ln.Close()
	ctx := context.Background()
	s.rebuild(ctx, nil)
	ch, err := s.hub.subscribe()
	if err != nil {
		t.Fatal(err)
	}
	defer s.hub.unsubscribe(ch)

	time.Sleep(10 * time.Millisecond)
	name := "content/talks/a.md"
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte("---\ntitle: Talk A\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nBody of A, edited.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.rebuild(ctx, []string{name})
	rb := reports[len(reports)-1]
	if len(rb.Deferred) == 0 || len(rb.Updated) > 0 {
		t.Fatalf("the edit deferred %q and updated %q: the test checks nothing", rb.Deferred, rb.Updated)
	}
	select {
	case m := <-ch:
		if m.event != "reload" {
			t.Errorf("after an edit with pages deferred: %q, want reload", m.event)
		}
	default:
		t.Error("no message to the open pages after an edit with pages deferred")
	}
	if body := get(s, "/talks/a/").Body.String(); !strings.Contains(body, "Body of A, edited.") {
		t.Errorf("/talks/a/ asked for while deferred does not show the edit:\n%s", body)
	}
	if s.settling == nil {
		t.Fatal("no settling started")
	}
	<-s.settling.done
	if settled, _ := s.session.Settle(ctx); len(settled.Rendered) > 0 {
		t.Errorf("pages left to render after the server settled: %q", settled.Rendered)
	}
}

// TestDeferredPageFailure: a deferred page that fails to render when
// settled (a template that breaks on the edited title) shows the errors
// in the open pages and the terminal, as a failed rebuild does, while
// the page's last good version stays served; the fix clears them.
func TestDeferredPageFailure(t *testing.T) {
	dir := writeSite(t, testSite+`-- layouts/talk.html --
{{define "main"}}{{with .Page}}<h1>{{.Title}}</h1>{{if eq .Title "Boom"}}{{index .Speakers 7}}{{end}}{{end}}{{end}}
`)
	var mu sync.Mutex
	var reported []diag.List
	s, err := Listen(Options{Source: dir, Report: func(_ build.Rebuild, d diag.List) {
		mu.Lock()
		reported = append(reported, d)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.ln.Close()
	ctx := context.Background()
	s.rebuild(ctx, nil)
	if s.failure() != nil {
		t.Fatalf("the first build failed: %q", s.failure())
	}
	ch, err := s.hub.subscribe()
	if err != nil {
		t.Fatal(err)
	}
	defer s.hub.unsubscribe(ch)
	talk := func(title string) {
		time.Sleep(10 * time.Millisecond)
		if err := os.WriteFile(filepath.Join(dir, "content", "talks", "a.md"), []byte("---\ntitle: "+title+"\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nBody of A.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		s.rebuild(ctx, []string{"content/talks/a.md"})
		if s.settling != nil {
			<-s.settling.done
		}
	}

	talk("Boom")
	lines := s.failure()
	if len(lines) == 0 || !strings.Contains(strings.Join(lines, "\n"), "talk.html") {
		t.Fatalf("after a deferred page failed: failure %q, want the template's error", lines)
	}
	var events []string
	for len(ch) > 0 {
		events = append(events, (<-ch).event)
	}
	if !slices.Contains(events, "errors") {
		t.Errorf("open pages were told %q, want errors", events)
	}
	mu.Lock()
	last := reported[len(reported)-1]
	mu.Unlock()
	if !last.HasErrors() {
		t.Errorf("the terminal was not told of the failure: %q", last.Strings())
	}
	if body := get(s, "/talks/a/").Body.String(); !strings.Contains(body, "Talk A") {
		t.Errorf("the failed page does not serve its last good version:\n%s", body)
	}

	talk("Talk A, mended")
	if lines := s.failure(); lines != nil {
		t.Errorf("the fix left the failure %q", lines)
	}
	if body := get(s, "/talks/a/").Body.String(); !strings.Contains(body, "Talk A, mended") {
		t.Errorf("the mended page is not served:\n%s", body)
	}
}
