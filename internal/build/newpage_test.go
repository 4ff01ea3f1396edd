package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestNewPageReadAlone: a page file new to a folder the last walk read
// pages from is read alone, without a walk, and the site is a fresh
// build's; files a walk may read otherwise (hidden, a folder's
// _index.md, a template, a new folder's) are left to a walk. A page the
// walk found that is gone needs no walk either, and a talk that brings
// or takes no person or term no model built again.
func TestNewPageReadAlone(t *testing.T) {
	dir, s := startSession(t, planSite)
	for _, tc := range []struct {
		file string
		want bool
	}{
		{"content/talks/t9.md", true},
		{"content/talks/t9.markdown", true},
		{"content/talks/.t9.md", false},
		{"content/talks/_index.md", false},
		{"content/talks/t9.njk", false},
		{"content/talks/deeper/t9.md", false},
		{"content/elsewhere/t9.md", false},
	} {
		if got := s.newPageFile(tc.file); got != tc.want {
			t.Errorf("newPageFile(%s) = %v, want %v", tc.file, got, tc.want)
		}
	}
	edit(t, dir, "content/talks/t9.md", "---\ntitle: Talk nine\ndate: 2026-06-12 16:00\nspeakers: [Grace Hopper]\ntags: [x, new]\n---\nNine.\n")
	if named := s.readNamed([]string{"content/talks/t9.md"}); len(named) != 1 || named["content/talks/t9.md"].doc == nil {
		t.Fatalf("the new page was not read alone: %v", named)
	}
	rb, diags := s.Rebuild(context.Background(), []string{"content/talks/t9.md"})
	if !slices.Contains(rb.Rendered, "talks/t9/index.html") {
		t.Errorf("the new talk's page was not rendered: %q", rb.Rendered)
	}
	sameAsFullBuild(t, s, dir, diags)

	for _, gone := range []string{"content/talks/t9.md", "content/talks/t2.md"} {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(gone))); err != nil {
			t.Fatal(err)
		}
		if named := s.readNamed([]string{gone}); len(named) != 1 || named[gone].doc != nil {
			t.Fatalf("%s, gone, was not taken without a walk: %v", gone, named)
		}
		rb, diags := s.Rebuild(context.Background(), []string{gone})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		if _, ok := s.Output(strings.TrimPrefix(strings.TrimSuffix(gone, ".md"), "content/") + "/index.html"); ok {
			t.Errorf("%s is gone, its page is still served (updated %q)", gone, rb.Updated)
		}
		sameAsFullBuild(t, s, dir, diags)
	}
	// A talk of the site's people and terms, added, renamed and removed,
	// is put into the model and taken out of it in place (site.Site.Add,
	// Remove); one that brought a tag, and took it with it (t9's "new"),
	// built the model again.
	talks := filepath.Join(dir, "content", "talks")
	edit(t, dir, "content/talks/t10.md", "---\ntitle: Talk ten\ndate: 2026-06-11 12:00\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nTen.\n")
	rebuiltInPlace(t, s, dir, "the talk added", "talks/t10/index.html", true, "content/talks/t10.md")
	samePrints(t, s)
	if err := os.Rename(filepath.Join(talks, "t10.md"), filepath.Join(talks, "t11.md")); err != nil {
		t.Fatal(err)
	}
	rebuiltInPlace(t, s, dir, "the talk renamed", "talks/t11/index.html", true, "content/talks/t10.md", "content/talks/t11.md")
	samePrints(t, s)
	if err := os.Remove(filepath.Join(talks, "t11.md")); err != nil {
		t.Fatal(err)
	}
	rebuiltInPlace(t, s, dir, "the talk removed", "talks/t11/index.html", false, "content/talks/t11.md")
	samePrints(t, s)

	// A talk of a person new to the site makes them in place, with a
	// page of their own, and takes them with it when removed.
	edit(t, dir, "content/talks/t12.md", "---\ntitle: Talk twelve\ndate: 2026-06-11 15:00\nspeakers:\n- name: Newly Met\n  bio: Arrived *today*.\ntags: [x]\n---\nTwelve.\n")
	rebuiltInPlace(t, s, dir, "the talk of a new person", "speakers/newly-met/index.html", true, "content/talks/t12.md")
	samePrints(t, s)
	if err := os.Remove(filepath.Join(talks, "t12.md")); err != nil {
		t.Fatal(err)
	}
	rebuiltInPlace(t, s, dir, "the only talk of a person removed", "speakers/newly-met/index.html", false, "content/talks/t12.md")
	samePrints(t, s)
	if named := s.readNamed([]string{"content/talks/never-there.md"}); named != nil {
		t.Errorf("a page file never found and not there: %v, want a walk", named)
	}
}

// rebuiltInPlace rebuilds s after a change of files, and fails t
// (naming the change what) unless no model was built, the change made
// in the last model in place, output is served or not as served says,
// and every output and diagnostic is a fresh build's.
func rebuiltInPlace(t *testing.T, s *Session, dir, what, output string, served bool, files ...string) {
	t.Helper()
	rb, diags := s.Rebuild(context.Background(), files)
	if stages := stageNames(rb); slices.Contains(stages, "model") || !slices.Contains(stages, "move") {
		t.Errorf("%s: not made in place: stages %q", what, stages)
	}
	if _, ok := s.Output(output); ok != served {
		t.Errorf("%s: %s served %v, want %v", what, output, ok, served)
	}
	sameAsFullBuild(t, s, dir, diags)
}

// stageNames are the names of the stages of rb, in order.
func stageNames(rb Rebuild) []string {
	var out []string
	for _, st := range rb.Stages {
		out = append(out, st.Name)
	}
	return out
}

// TestRenameInEitherOrder renames talks whose removal alone changes
// more than their places — the only talk of an event, the only page of
// a tag and of a person — which a rename leaves as they were, in place
// (Session.rename), no model built, every output a fresh build's. The
// only talk of an event keeping its URL (its slug field) can be put in
// first no more than its URL can be taken twice: since an event may
// lose its last talk in place (its schedule let go, site.Patch.Rescheduled),
// it is taken out first and put back after.
func TestRenameInEitherOrder(t *testing.T) {
	site := `-- content/events/solo.md --
---
kind: event
name: Solo Conf
start: 2026-09-01
end: 2026-09-01
---
-- content/events/main.md --
---
kind: event
name: Main Conf
start: 2026-06-11
end: 2026-06-12
---
-- content/talks/main/a.md --
---
title: Talk A
event: Main Conf
date: 2026-06-11 10:00
speakers: [Ada Lovelace]
tags: [x]
---
A.
-- content/talks/main/b.md --
---
title: Talk B
event: Main Conf
date: 2026-06-11 11:00
speakers: [Ada Lovelace]
tags: [x]
---
B.
-- content/talks/solo/only.md --
---
title: The only talk
event: Solo Conf
date: 2026-09-01 10:00
speakers: [Sole Speaker]
tags: [lonely]
---
Alone.
-- content/events/kept.md --
---
kind: event
name: Kept Conf
start: 2026-10-01
end: 2026-10-01
---
-- content/talks/kept/kept.md --
---
title: A talk that keeps its URL
slug: kept
event: Kept Conf
date: 2026-10-01 11:00
speakers: [Ada Lovelace]
---
Kept.
`
	dir, s := startSession(t, site)
	ctx := context.Background()
	for _, tc := range []struct {
		from, to string
		inPlace  bool
	}{
		{"content/talks/solo/only.md", "content/talks/solo/only-renamed.md", true},
		{"content/talks/kept/kept.md", "content/talks/kept/kept-renamed.md", true},
		{"content/talks/main/a.md", "content/talks/main/a2.md", true},
	} {
		if err := os.Rename(filepath.Join(dir, filepath.FromSlash(tc.from)), filepath.Join(dir, filepath.FromSlash(tc.to))); err != nil {
			t.Fatal(err)
		}
		rb, diags := s.Rebuild(ctx, []string{tc.from, tc.to})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		stages := stageNames(rb)
		if inPlace := !slices.Contains(stages, "model") && slices.Contains(stages, "move"); inPlace != tc.inPlace {
			t.Errorf("%s renamed %s: in place %v, want %v (stages %q)", tc.from, tc.to, inPlace, tc.inPlace, stages)
		}
		sameAsFullBuild(t, s, dir, diags)
	}
}
