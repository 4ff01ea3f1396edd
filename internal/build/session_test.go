package build

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"lectern/internal/diag"
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
		for _, unrelated := range []string{"talks/b/index.html", "talks/b/b.ics"} {
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

// patchSite has what a body shows beyond its page: a conference whose
// frab exports hold each talk's markdown, feeds that hold pages' HTML, a
// speaker page, a reading list in prose, and a date written with an
// offset.
const patchSite = `
-- config.toml --
title = "Patch"
base_url = "https://example.org/"
-- content/events/conf.md --
---
kind: event
name: Conf 2024
start: 2024-05-01 09:00
end: 2024-05-02 17:00
timezone: Europe/Lisbon
rooms: [Main, Side]
---
The conference.
-- content/talks/a.md --
---
title: Talk A
speakers: [Ada Lovelace]
tags: [x]
event: Conf 2024
date: 2024-05-01T10:00:00
room: Main
---
Intro of A: the excerpt that lists show.

Body of A.

- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory
- [Raft](https://raft.github.io/) - consensus
-- content/talks/b.md --
---
title: Talk B
speakers: [Grace Hopper]
tags: [y]
event: Conf 2024
date: 2024-05-01T11:00:00+01:00
room: Side
---
Body of B.
-- content/speakers/ada-lovelace.md --
---
name: Ada Lovelace
bio: Wrote the first program.
---
Long biography of Ada.
-- content/notes/n.md --
---
title: A note
date: 2024-06-01
authors: [Ada Lovelace]
tags: [x]
---
Body of the note.
`

// laterA is the body of talk A from the excerpt edit on.
const laterA = "A new first paragraph.\n\nNew body of A.\n\n- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory\n- [Raft](https://raft.github.io/) - consensus\n- [Paxos made simple](https://lamport.azurewebsites.net/pubs/paxos-simple.pdf) - the classic\n"

const talkA = "---\ntitle: Talk A\nspeakers: [Ada Lovelace]\ntags: [x]\nevent: Conf 2024\ndate: 2024-05-01T10:00:00\nroom: Main\n---\n"

// patched reports whether a rebuild patched the last model rather than
// building a new one.
func patched(rb Rebuild) bool {
	stages := map[string]bool{}
	for _, st := range rb.Stages {
		stages[st.Name] = true
	}
	return stages["patch"] && !stages["model"]
}

// sameAsFullBuild checks that s serves exactly what a new session
// building dir from scratch serves, and reports the same diagnostics.
func sameAsFullBuild(t *testing.T, s *Session, dir string, diags diag.List) {
	t.Helper()
	fresh := NewSession(Options{Source: dir})
	_, want := fresh.Rebuild(context.Background(), nil)
	if got, want := diags.Strings(), want.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n got %q\nwant %q", got, want)
	}
	s.mu.RLock()
	paths := slices.Sorted(maps.Keys(s.outputs))
	s.mu.RUnlock()
	if wantPaths := slices.Sorted(maps.Keys(fresh.outputs)); !slices.Equal(paths, wantPaths) {
		t.Fatalf("outputs:\n got %q\nwant %q", paths, wantPaths)
	}
	for _, p := range paths {
		got, _ := s.Output(p)
		want, _ := fresh.Output(p)
		if !bytes.Equal(got.Body, want.Body) || got.MediaType != want.MediaType {
			i := 0
			for i < min(len(got.Body), len(want.Body)) && got.Body[i] == want.Body[i] {
				i++
			}
			from := max(0, i-100)
			t.Errorf("%s differs from a full build at byte %d:\n got %.200q\nwant %.200q", p, i, got.Body[from:], want.Body[from:])
		}
	}
}

func TestSessionPatchGivesWhatAFullBuildGives(t *testing.T) {
	dir := writeSite(t, patchSite)
	s := NewSession(Options{Source: dir})
	ctx := context.Background()
	if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for _, p := range []string{"events/conf/schedule.json", "feed.xml", "reading/index.html", "tags/x/feed.xml"} {
		body(t, s, p) // the site must have what the cases below check
	}
	// The cases run in order, each on the site the one before left.
	for _, tc := range []struct {
		name, file, text string
		// fast reports that the model is patched, not built again; full
		// that every output is rendered again.
		fast, full bool
		// same reports that no output changes.
		same bool
		// rendered must be rendered again, kept must not; stale must be
		// left to render when asked for.
		rendered, kept, stale []string
		// shows maps outputs to a text they must hold afterwards.
		shows map[string]string
		// warns is a diagnostic the rebuild must report.
		warns string
	}{{
		name: "saved without a change",
		file: "content/talks/a.md",
		text: talkA + "Intro of A: the excerpt that lists show.\n\nBody of A.\n\n- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory\n- [Raft](https://raft.github.io/) - consensus\n",
		fast: true, same: true, kept: []string{"talks/a/index.html"},
	}, {
		name: "body edit below the excerpt",
		file: "content/talks/a.md",
		text: talkA + "Intro of A: the excerpt that lists show.\n\nNew body of A.\n\n- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory\n- [Raft](https://raft.github.io/) - consensus\n",
		fast: true, rendered: []string{"talks/a/index.html"},
		stale: []string{"events/conf/schedule.json", "events/conf/schedule.xml", "feed.xml", "tags/x/feed.xml"},
		kept:  []string{"talks/b/index.html", "index.html", "tags/x/index.html", "speakers/grace-hopper/index.html", "reading/index.html", "events/conf/index.html", "events/conf/schedule/index.html"},
		shows: map[string]string{
			"talks/a/index.html": "New body of A.", "feed.xml": "New body of A.", "tags/x/feed.xml": "New body of A.",
			"events/conf/schedule.json": "New body of A.", "events/conf/schedule.xml": "New body of A.",
		},
	}, {
		name: "body edit with a warning",
		file: "content/talks/a.md",
		text: talkA + "Intro of A: the excerpt that lists show.\n\nNew body of A with {{< youtube x >}}.\n\n- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory\n- [Raft](https://raft.github.io/) - consensus\n",
		fast: true, rendered: []string{"talks/a/index.html"}, kept: []string{"talks/b/index.html"},
		warns: "content/talks/a.md:11:",
	}, {
		name: "reading list moved down in prose",
		file: "content/talks/a.md",
		text: talkA + "Intro of A: the excerpt that lists show.\n\nNew body of A.\n\nA paragraph more.\n\n- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory\n- [Raft](https://raft.github.io/) - consensus\n",
		fast: true, rendered: []string{"talks/a/index.html"}, kept: []string{"reading/index.html"},
		shows: map[string]string{"talks/a/index.html": "A paragraph more."},
	}, {
		name:     "reading list changed in prose",
		file:     "content/talks/a.md",
		text:     talkA + "Intro of A: the excerpt that lists show.\n\nNew body of A.\n\n- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory\n- [Raft](https://raft.github.io/) - consensus\n- [Paxos made simple](https://lamport.azurewebsites.net/pubs/paxos-simple.pdf) - the classic\n",
		rendered: []string{"talks/a/index.html", "reading/index.html"},
		shows:    map[string]string{"reading/index.html": "Paxos made simple"},
	}, {
		name:     "excerpt edit",
		file:     "content/talks/a.md",
		text:     talkA + laterA,
		rendered: []string{"talks/a/index.html", "tags/x/index.html"},
		shows:    map[string]string{"tags/x/index.html": "A new first paragraph."},
	}, {
		name:     "title edit",
		file:     "content/talks/a.md",
		text:     strings.Replace(talkA, "Talk A", "Talk A, renamed", 1) + laterA,
		rendered: []string{"talks/a/index.html", "index.html", "tags/x/index.html", "speakers/ada-lovelace/index.html"},
		kept:     []string{"talks/b/index.html"},
		shows: map[string]string{
			"index.html": "Talk A, renamed", "tags/x/index.html": "Talk A, renamed", "speakers/ada-lovelace/index.html": "Talk A, renamed",
		},
	}, {
		name:     "tag edit",
		file:     "content/talks/a.md",
		text:     strings.Replace(talkA, "tags: [x]", "tags: [x, z]", 1) + laterA,
		rendered: []string{"talks/a/index.html", "tags/z/index.html"},
		shows:    map[string]string{"tags/z/index.html": "Talk A", "tags/index.html": "/tags/z/"},
	}, {
		name: "body edit of a talk dated with an offset",
		file: "content/talks/b.md",
		text: "---\ntitle: Talk B\nspeakers: [Grace Hopper]\ntags: [y]\nevent: Conf 2024\ndate: 2024-05-01T11:00:00+01:00\nroom: Side\n---\nBody of B.\n\nNew body of B.\n",
		fast: true, rendered: []string{"talks/b/index.html"}, kept: []string{"talks/a/index.html", "speakers/ada-lovelace/index.html"},
		shows: map[string]string{"talks/b/index.html": "New body of B.", "events/conf/schedule.json": "New body of B."},
	}, {
		name: "speaker page body edit",
		file: "content/speakers/ada-lovelace.md",
		text: "---\nname: Ada Lovelace\nbio: Wrote the first program.\n---\nLong biography of Ada.\n\nA longer biography of Ada.\n",
		fast: true, rendered: []string{"speakers/ada-lovelace/index.html"}, kept: []string{"talks/b/index.html"},
		shows: map[string]string{"speakers/ada-lovelace/index.html": "A longer biography of Ada."},
	}, {
		name: "note body edit",
		file: "content/notes/n.md",
		text: "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Ada Lovelace]\ntags: [x]\n---\nBody of the note.\n\nAnd a second paragraph.\n",
		fast: true, kept: []string{"index.html", "talks/a/index.html"},
		shows: map[string]string{"feed.xml": "And a second paragraph."},
	}, {
		name: "event page body edit",
		file: "content/events/conf.md",
		text: "---\nkind: event\nname: Conf 2024\nstart: 2024-05-01 09:00\nend: 2024-05-02 17:00\ntimezone: Europe/Lisbon\nrooms: [Main, Side]\n---\nThe conference.\n\nTold at length.\n",
		fast: true, kept: []string{"index.html"},
	}, {
		// The site's only reading list goes, and with it the link to
		// /reading/ in every page's navigation.
		name: "reading list removed",
		file: "content/talks/a.md",
		text: talkA + "A new first paragraph.\n\nNew body of A.\n",
		full: true, rendered: []string{"talks/b/index.html", "notes/n/index.html"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			before := s.Version()
			edit(t, dir, tc.file, tc.text)
			rb, diags := s.Rebuild(ctx, []string{tc.file})
			if diags.HasErrors() || rb.Full != tc.full {
				t.Fatalf("%+v %v", rb, diags.Err())
			}
			if patched(rb) != tc.fast {
				t.Errorf("patched = %v, want %v; stages %v", patched(rb), tc.fast, rb.Stages)
			}
			if want := before + 1; tc.same && s.Version() != before || !tc.same && s.Version() != want || rb.Version != s.Version() {
				t.Errorf("version %d after %d, rebuild says %d", s.Version(), before, rb.Version)
			}
			if tc.same && len(rb.Updated) > 0 {
				t.Errorf("updated %q", rb.Updated)
			}
			for _, p := range tc.rendered {
				if !slices.Contains(rb.Rendered, p) {
					t.Errorf("%s not rendered; rendered %q", p, rb.Rendered)
				}
				if !slices.Contains(rb.Updated, p) {
					t.Errorf("%s not updated; updated %q", p, rb.Updated)
				}
			}
			for _, p := range tc.stale {
				if !slices.Contains(rb.Stale, p) {
					t.Errorf("%s not stale; stale %q", p, rb.Stale)
				}
			}
			for _, p := range tc.kept {
				if slices.Contains(rb.Rendered, p) {
					t.Errorf("%s rendered again for an edit it does not show", p)
				}
			}
			for p, text := range tc.shows {
				if !strings.Contains(body(t, s, p), text) {
					t.Errorf("%s does not show %q", p, text)
				}
			}
			if tc.warns != "" && !slices.ContainsFunc(diags.Strings(), func(l string) bool { return strings.HasPrefix(l, tc.warns) }) {
				t.Errorf("no diagnostic at %s in %q", tc.warns, diags.Strings())
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}

// TestSessionOutputDuringPatches reads outputs, stale ones included,
// while edits are patched in; run with -race.
func TestSessionOutputDuringPatches(t *testing.T) {
	dir := writeSite(t, patchSite)
	s := NewSession(Options{Source: dir})
	ctx := context.Background()
	if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				for _, p := range []string{"feed.xml", "events/conf/schedule.json", "talks/a/index.html"} {
					if _, ok := s.Output(p); !ok {
						t.Errorf("no output %s", p)
					}
				}
			}
		})
	}
	for i := range 5 {
		text := fmt.Sprintf("%sIntro of A: the excerpt that lists show.\n\nEdit number %d.\n", talkA, i)
		edit(t, dir, "content/talks/a.md", text)
		rb, diags := s.Rebuild(ctx, []string{"content/talks/a.md"})
		if diags.HasErrors() || i > 0 && !patched(rb) {
			t.Fatalf("edit %d: %+v %v", i, rb, diags.Err())
		}
	}
	close(stop)
	wg.Wait()
	for _, p := range []string{"feed.xml", "events/conf/schedule.json", "talks/a/index.html"} {
		if !strings.Contains(body(t, s, p), "Edit number 4.") {
			t.Errorf("%s does not show the last edit", p)
		}
	}
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
	dir := writeSite(t, site.String())
	s := NewSession(Options{Source: dir})
	ctx := context.Background()
	if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
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
				if j.Listed != nil {
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
