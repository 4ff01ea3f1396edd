package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lectern/internal/hangtest"
)

func TestRequestsDoNotWaitForAStuckRebuild(t *testing.T) {
	dir := writeSite(t, testSite)
	s, err := Listen(Options{Source: dir, TemplateTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.ln.Close() })
	s.rebuild(context.Background(), nil)

	// A rebuild that never ends: the request gets the last good site
	// once it has waited the deadline.
	s.mu.Lock()
	s.idle = make(chan struct{})
	s.mu.Unlock()
	hangtest.Within(t, "a request during a stuck rebuild", func() {
		if rec := get(s, "/talks/a/"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Body of A.") {
			t.Errorf("status %d, body %q; want the last good page", rec.Code, rec.Body.String())
		}
	})
}

func TestServeRecoversFromAStuckTemplate(t *testing.T) {
	dir := writeSite(t, testSite)
	s, err := Listen(Options{Source: dir, TemplateTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.ln.Close() })
	s.rebuild(context.Background(), nil)
	write := func(text string) {
		t.Helper()
		time.Sleep(10 * time.Millisecond) // a new modification time
		p := filepath.Join(dir, "layouts", "talk.html")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	write(hangtest.Loop)
	hangtest.Within(t, "a rebuild with a stuck template", func() { s.rebuild(context.Background(), []string{"layouts/talk.html"}) })
	f := s.failure()
	if len(f) == 0 || !strings.HasPrefix(f[0], "layouts/talk.html: rendering content/talks/") {
		t.Fatalf("failure %q, want the template's deadline", f)
	}
	hangtest.Within(t, "a request after the stuck rebuild", func() {
		if rec := get(s, "/talks/a/"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Body of A.") {
			t.Errorf("status %d; want the last good page", rec.Code)
		}
	})

	write("{{define \"main\"}}<h1>fixed {{.Page.Title}}</h1>{{end}}")
	s.rebuild(context.Background(), []string{"layouts/talk.html"})
	if f := s.failure(); f != nil {
		t.Fatalf("the fixed template still fails: %q", f)
	}
	if rec := get(s, "/talks/a/"); !strings.Contains(rec.Body.String(), "fixed Talk A") {
		t.Errorf("the fixed template does not show: %q", rec.Body.String())
	}
}
