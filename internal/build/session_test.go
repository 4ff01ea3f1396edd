package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const sessionSite = `
-- config.toml --
title = "Session"
-- content/talks/a.md --
---
title: Talk A
speakers: [Ada Lovelace]
tags: [x]
---
Intro of A: the excerpt that lists show.

Body of A.
-- content/talks/b.md --
---
title: Talk B
speakers: [Grace Hopper]
---
Body of B.
-- content/talks/a.png --
PNG
`

// edit rewrites a file of the site; the sleep makes the modification
// time differ even on file systems with coarse timestamps.
func edit(t *testing.T, dir, name, text string) {
	t.Helper()
	time.Sleep(10 * time.Millisecond)
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func body(t *testing.T, s *Session, path string) string {
	t.Helper()
	o, ok := s.Output(path)
	if !ok {
		t.Fatalf("no output %s", path)
	}
	return string(o.Body)
}

func TestSessionRebuildsOnlyWhatDependsOnAChange(t *testing.T) {
	dir := writeSite(t, sessionSite)
	s := NewSession(Options{Source: dir})
	ctx := context.Background()
	first, diags := s.Rebuild(ctx, nil)
	if diags.HasErrors() || !first.Full || s.Version() != 1 {
		t.Fatalf("first build: %+v %v", first, diags.Err())
	}
	if !strings.Contains(body(t, s, "talks/a/index.html"), "Body of A.") || body(t, s, "talks/a.png") != "PNG\n" {
		t.Fatal("first build incomplete")
	}

	t.Run("body edit", func(t *testing.T) {
		// The first paragraph is the page's description in lists; the
		// edit is below it.
		edit(t, dir, "content/talks/a.md", "---\ntitle: Talk A\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nIntro of A: the excerpt that lists show.\n\nNew body of A.\n")
		rb, diags := s.Rebuild(ctx, []string{"content/talks/a.md"})
		if diags.HasErrors() || rb.Full {
			t.Fatalf("%+v %v", rb, diags.Err())
		}
		for _, want := range []string{"talks/a/index.html", "speakers/ada-lovelace/index.html"} {
			if !slices.Contains(rb.Rendered, want) {
				t.Errorf("%s not re-rendered; rendered %q", want, rb.Rendered)
			}
		}
		for _, unrelated := range []string{"talks/b/index.html", "speakers/grace-hopper/index.html", "index.html", "tags/x/index.html"} {
			if slices.Contains(rb.Rendered, unrelated) {
				t.Errorf("%s re-rendered for a body edit of another page", unrelated)
			}
		}
		if !strings.Contains(body(t, s, "talks/a/index.html"), "New body of A.") {
			t.Error("the edit is not served")
		}
		if !strings.Contains(body(t, s, "talks/b/index.html"), "Body of B.") {
			t.Error("the unrelated page was lost")
		}
	})

	t.Run("title edit re-renders lists", func(t *testing.T) {
		edit(t, dir, "content/talks/a.md", "---\ntitle: Talk A, renamed\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nIntro of A: the excerpt that lists show.\n\nNew body of A.\n")
		rb, _ := s.Rebuild(ctx, []string{"content/talks/a.md"})
		for _, want := range []string{"index.html", "tags/x/index.html", "feed.xml", "talks/a/index.html"} {
			if !slices.Contains(rb.Rendered, want) {
				t.Errorf("%s not re-rendered after a title change", want)
			}
		}
		if slices.Contains(rb.Rendered, "talks/b/index.html") {
			t.Error("unrelated talk re-rendered")
		}
		if !strings.Contains(body(t, s, "index.html"), "Talk A, renamed") {
			t.Error("home page not updated")
		}
	})

	t.Run("broken file keeps the last good site", func(t *testing.T) {
		before := s.Version()
		edit(t, dir, "content/talks/b.md", "---\ntitle: [broken\n---\n")
		_, diags := s.Rebuild(ctx, []string{"content/talks/b.md"})
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), "content/talks/b.md:2:") {
			t.Fatalf("want an error at content/talks/b.md:2, got %q", diags.Strings())
		}
		if s.Version() != before || !strings.Contains(body(t, s, "talks/b/index.html"), "Body of B.") {
			t.Error("the last good site was not kept")
		}
		edit(t, dir, "content/talks/b.md", "---\ntitle: Talk B\nspeakers: [Grace Hopper]\n---\nFixed B.\n")
		if _, diags := s.Rebuild(ctx, []string{"content/talks/b.md"}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		if !strings.Contains(body(t, s, "talks/b/index.html"), "Fixed B.") {
			t.Error("the fix is not served")
		}
	})

	t.Run("stylesheet only", func(t *testing.T) {
		edit(t, dir, "static/css/main.css", "body{color:red}")
		rb, diags := s.Rebuild(ctx, []string{"static/css/main.css"})
		if diags.HasErrors() || !rb.StylesOnly || !slices.Equal(rb.Updated, []string{"css/main.css"}) {
			t.Errorf("%+v %v", rb, diags.Err())
		}
	})

	t.Run("template change renders everything", func(t *testing.T) {
		edit(t, dir, "layouts/partials/footer.html", `<footer>Custom footer</footer>`)
		rb, diags := s.Rebuild(ctx, []string{"layouts/partials/footer.html"})
		if diags.HasErrors() || !rb.Full {
			t.Fatalf("%+v %v", rb, diags.Err())
		}
		if !strings.Contains(body(t, s, "talks/b/index.html"), "Custom footer") {
			t.Error("template change not applied")
		}
	})

	t.Run("deleted page goes away", func(t *testing.T) {
		if err := os.Remove(filepath.Join(dir, "content/talks/b.md")); err != nil {
			t.Fatal(err)
		}
		rb, diags := s.Rebuild(ctx, []string{"content/talks/b.md"})
		if diags.HasErrors() || !slices.Contains(rb.Updated, "talks/b/index.html") {
			t.Fatalf("%+v %v", rb, diags.Err())
		}
		if _, ok := s.Output("talks/b/index.html"); ok {
			t.Error("a deleted page is still served")
		}
	})

	t.Run("unrelated files do nothing", func(t *testing.T) {
		rb, diags := s.Rebuild(ctx, []string{"README.md", "public/index.html", "content/.a.md.swp"})
		if diags.HasErrors() || len(rb.Rendered) != 0 {
			t.Errorf("%+v", rb)
		}
	})
}
