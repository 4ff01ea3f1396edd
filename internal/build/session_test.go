package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lectern/internal/render"
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
date: 2026-06-11 10:00
---
Body of B.
-- content/talks/c.md --
---
title: Talk C
speakers: [Grace Hopper]
---
Body of C.
-- content/talks/a.png --
PNG
`

// startSession writes the site archive to a folder, starts a session
// on it and builds it once, failing the test on an error.
func startSession(t *testing.T, archive string) (string, *Session) {
	t.Helper()
	dir := writeSite(t, archive)
	s := NewSession(Options{Source: dir})
	if _, diags := s.Rebuild(context.Background(), nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return dir, s
}

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
		if !slices.Contains(rb.Rendered, "talks/a/index.html") {
			t.Errorf("talks/a/index.html not re-rendered; rendered %q", rb.Rendered)
		}
		// The speaker page lists the talk, not its body.
		for _, unrelated := range []string{"talks/b/index.html", "speakers/grace-hopper/index.html", "speakers/ada-lovelace/index.html", "index.html", "tags/x/index.html"} {
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
		for _, want := range []string{"index.html", "tags/x/index.html", "talks/a/index.html", "speakers/ada-lovelace/index.html"} {
			if !slices.Contains(rb.Rendered, want) {
				t.Errorf("%s not re-rendered after a title change", want)
			}
		}
		// The feed carries dated pages only, and A has no date.
		for _, unrelated := range []string{"talks/b/index.html", "talks/b/b.ics", "feed.xml"} {
			if slices.Contains(rb.Rendered, unrelated) {
				t.Errorf("%s re-rendered after another talk's title changed", unrelated)
			}
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

	t.Run("a talk leaving a list leaves it", func(t *testing.T) {
		// The talk's new speaker and event name the pages that show it now;
		// the pages that showed it before must drop it.
		edit(t, dir, "content/talks/b.md", "---\ntitle: Talk B\nspeakers: [Ada Lovelace]\nevent: Other Conf\ndate: 2026-06-11 10:00\n---\nFixed B.\n")
		if _, diags := s.Rebuild(ctx, []string{"content/talks/b.md"}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		if strings.Contains(body(t, s, "speakers/grace-hopper/index.html"), "Talk B") {
			t.Error("Grace Hopper's page still lists the talk she no longer gives")
		}
		if !strings.Contains(body(t, s, "speakers/ada-lovelace/index.html"), "Talk B") {
			t.Error("Ada Lovelace's page does not list her new talk")
		}
		if _, ok := s.Output("events/other-conf/schedule/index.html"); !ok {
			t.Error("the new event has no schedule")
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

// TestSessionListPages: on a site whose lists run over several pages, an
// edit re-renders the list pages that show the page (or showed it, or
// shift because of it) and no other, and every output is what a full
// build gives.
func TestSessionListPages(t *testing.T) {
	var site strings.Builder
	site.WriteString("-- config.toml --\ntitle = \"Lists\"\n[pagination]\nper_page = 2\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&site, "-- content/talks/t%d.md --\n---\ntitle: Talk %d\ndate: 2026-06-%02d 10:00\nspeakers: [Speaker %d]\ntags: [x]\n---\nBody %d.\n", i, i, 10+i, i%2, i)
	}
	dir, s := startSession(t, site.String())
	ctx := context.Background()
	for _, p := range []string{"tags/x/index.html", "tags/x/page/2/index.html", "tags/x/page/3/index.html"} {
		body(t, s, p)
	}
	for _, tc := range []struct {
		name, file, text string
		// narrow reports that some list pages must be left alone.
		narrow bool
	}{
		{"title of a talk on one page", "t1.md", "---\ntitle: Talk one renamed\ndate: 2026-06-11 10:00\nspeakers: [Speaker 1]\ntags: [x]\n---\nBody 1.\n",
			true},
		{"a date that moves a talk to another page", "t1.md", "---\ntitle: Talk one renamed\ndate: 2026-06-30 10:00\nspeakers: [Speaker 1]\ntags: [x]\n---\nBody 1.\n",
			false},
		{"a speaker's name spelled anew", "t3.md", "---\ntitle: Talk 3\ndate: 2026-06-13 10:00\nspeakers: [SPEAKER 1]\ntags: [x]\n---\nBody 3.\n",
			true},
		{"a talk leaves the tag", "t6.md", "---\ntitle: Talk 6\ndate: 2026-06-16 10:00\nspeakers: [Speaker 0]\n---\nBody 6.\n",
			true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			listed := map[string]bool{}
			s.mu.RLock()
			for _, j := range s.index.Jobs() {
				if j.Kind == render.KindHome || j.Kind == render.KindList || j.Kind == render.KindTerm {
					listed[j.Path] = true
				}
			}
			s.mu.RUnlock()
			edit(t, dir, "content/talks/"+tc.file, tc.text)
			rb, diags := s.Rebuild(ctx, []string{"content/talks/" + tc.file})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			sameAsFullBuild(t, s, dir, diags)
			// Every list page rendered again must have had a reason: it
			// is updated, or it shows the edited talk.
			updated := map[string]bool{}
			for _, p := range rb.Updated {
				updated[p] = true
			}
			skipped := 0
			for p := range listed {
				if !slices.Contains(rb.Rendered, p) {
					skipped++
				} else if !updated[p] && !strings.Contains(body(t, s, p), "/talks/"+strings.TrimSuffix(tc.file, ".md")+"/") {
					t.Errorf("%s was rendered again, though it neither changed nor shows the talk", p)
				}
			}
			if tc.narrow && skipped == 0 {
				t.Errorf("every list page was rendered again; rendered %q", rb.Rendered)
			}
		})
	}
}

// TestUnreadChangeSaysTheWarningsAgain: a change the rebuild need not
// read (a file outside the site's folders) leaves the site as it was,
// and its diagnostics are the last rebuild's, warnings included, as
// those of every rebuild: the preview shows what a rebuild returns, and
// such a save once returned none, clearing the warnings from the
// terminal and the browser until the next edit of a page (found by the
// randomized corpus test, seed 113).
func TestUnreadChangeSaysTheWarningsAgain(t *testing.T) {
	dir, s := startSession(t, "-- content/talks/a.md --\n---\ntitle: A\n---\nSee {{< unknown >}}.\n")
	ctx := context.Background()
	_, first := s.Rebuild(ctx, nil)
	if len(first) == 0 || first.HasErrors() {
		t.Fatalf("the site should build with a warning: %q", first.Strings())
	}
	edit(t, dir, "notes-to-self.txt", "Not part of the site.\n")
	rb, again := s.Rebuild(ctx, []string{"notes-to-self.txt"})
	if len(rb.Rendered) > 0 {
		t.Errorf("a file outside the site rendered %q", rb.Rendered)
	}
	if !slices.Equal(again.Strings(), first.Strings()) {
		t.Errorf("after an unread change:\n got %q\nwant %q", again.Strings(), first.Strings())
	}
}
