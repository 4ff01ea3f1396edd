package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
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
