package build

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"lectern/internal/diag"
)

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
	if want.HasErrors() {
		// A build that fails writes nothing; the preview keeps serving
		// the last good site, by design.
		return
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
	if n := s.drifted.Load(); n > 0 {
		t.Errorf("%d outputs rendered again differ from what the session kept of them: the planner left them stale", n)
	}
}

func TestSessionPatchGivesWhatAFullBuildGives(t *testing.T) {
	dir, s := startSession(t, patchSite)
	ctx := context.Background()
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
		// Moved in place: the reading list made again (site.Site.Relist).
		name:     "reading list changed in prose",
		file:     "content/talks/a.md",
		fast:     true,
		text:     talkA + "Intro of A: the excerpt that lists show.\n\nNew body of A.\n\n- [Go memory model](https://go.dev/ref/mem) - how goroutines see memory\n- [Raft](https://raft.github.io/) - consensus\n- [Paxos made simple](https://lamport.azurewebsites.net/pubs/paxos-simple.pdf) - the classic\n",
		rendered: []string{"talks/a/index.html", "reading/index.html"},
		shows:    map[string]string{"reading/index.html": "Paxos made simple"},
	}, {
		name:     "excerpt edit",
		file:     "content/talks/a.md",
		text:     talkA + laterA,
		fast:     true,
		rendered: []string{"talks/a/index.html", "tags/x/index.html"},
		shows:    map[string]string{"tags/x/index.html": "A new first paragraph."},
	}, {
		name:     "title edit",
		file:     "content/talks/a.md",
		text:     strings.Replace(talkA, "Talk A", "Talk A, renamed", 1) + laterA,
		fast:     true,
		rendered: []string{"talks/a/index.html", "index.html", "tags/x/index.html", "speakers/ada-lovelace/index.html"},
		kept:     []string{"talks/b/index.html"},
		shows: map[string]string{
			"index.html": "Talk A, renamed", "tags/x/index.html": "Talk A, renamed", "speakers/ada-lovelace/index.html": "Talk A, renamed",
		},
	}, {
		// Moved in place, A's reading items with it.
		name:     "tag edit",
		file:     "content/talks/a.md",
		fast:     true,
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
		// A line added moves the fields below it: not a patch, but the
		// event is updated in place (site.Site.Reevent).
		name:  "event page given a venue",
		file:  "content/events/conf.md",
		text:  "---\nkind: event\nname: Conf 2024\nvenue: Old Hall\nstart: 2024-05-01 09:00\nend: 2024-05-02 17:00\ntimezone: Europe/Lisbon\nrooms: [Main, Side]\n---\nThe conference.\n\nTold at length.\n",
		fast:  true,
		shows: map[string]string{"events/conf/index.html": "Old Hall"},
	}, {
		// A venue is shown by the event's page, its card, its talks'
		// pages (JSON-LD) and calendars (LOCATION); it decides nothing.
		name:     "event page venue edit",
		file:     "content/events/conf.md",
		text:     "---\nkind: event\nname: Conf 2024\nvenue: Harbour Hall\nstart: 2024-05-01 09:00\nend: 2024-05-02 17:00\ntimezone: Europe/Lisbon\nrooms: [Main, Side]\n---\nThe conference.\n\nTold at length.\n",
		fast:     true,
		rendered: []string{"events/conf/index.html", "talks/a/index.html"},
		kept:     []string{"notes/n/index.html"},
		shows:    map[string]string{"events/conf/index.html": "Harbour Hall", "talks/a/a.ics": "Harbour Hall", "talks/b/index.html": "Harbour Hall"},
	}, {
		// The site's only reading list goes, and with it the link to
		// /reading/ in every page's navigation, which every page reads:
		// the page is taken out and put back (Session.readd).
		name:     "reading list removed",
		file:     "content/talks/a.md",
		text:     talkA + "A new first paragraph.\n\nNew body of A.\n",
		fast:     true,
		rendered: []string{"talks/b/index.html", "notes/n/index.html"},
	}, {
		name: "a draft added",
		file: "content/notes/draft.md",
		text: "---\ntitle: Not yet\ndate: 2024-07-01\ndraft: true\n---\nHalf written.\n",
		same: true,
	}, {
		// A draft has no page, and no other output reads it.
		name: "a draft's body and title edited",
		file: "content/notes/draft.md",
		text: "---\ntitle: Not yet, still\ndate: 2024-07-01\ndraft: true\n---\nThree quarters written.\n",
		fast: true, same: true,
	}, {
		name:  "the draft published",
		file:  "content/notes/draft.md",
		text:  "---\ntitle: Now\ndate: 2024-07-01\ndraft: false\n---\nThree quarters written.\n",
		fast:  true,
		shows: map[string]string{"notes/draft/index.html": "Three quarters written."},
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
// while edits are patched in, from a session holding the bytes of its
// outputs and from one holding none, which renders each again when
// asked for; run with -race.
func TestSessionOutputDuringPatches(t *testing.T) {
	for _, held := range []int64{0, -1} {
		t.Run(fmt.Sprint("held=", held), func(t *testing.T) { outputDuringPatches(t, held) })
	}
}

func outputDuringPatches(t *testing.T, held int64) {
	dir := writeSite(t, patchSite)
	s := NewSession(Options{Source: dir, HeldBytes: held})
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

// TestSessionVenueReachesTalkTemplates: a theme's talk page showing its
// event's venue (.Page.Event, the event's view.EventRef) shows the venue
// an event page's patch gave the event, not the view of it made before.
func TestSessionVenueReachesTalkTemplates(t *testing.T) {
	const site = `
-- config.toml --
title = "Venues"
-- layouts/talk.html --
{{define "main"}}<p class="venue">At {{.Page.Event.Venue}}</p>{{end}}
-- content/events/conf.md --
---
kind: event
name: Conf
venue: Old Hall
start: 2024-05-01 09:00
---
The conference.
-- content/talks/a.md --
---
title: Talk A
event: Conf
date: 2024-05-01 10:00
---
Body.
`
	dir, s := startSession(t, site)
	const file = "content/events/conf.md"
	edit(t, dir, file, "---\nkind: event\nname: Conf\nvenue: Harbour Hall\nstart: 2024-05-01 09:00\n---\nThe conference.\n")
	rb, diags := s.Rebuild(context.Background(), []string{file})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if !patched(rb) {
		t.Errorf("the venue edit was not patched in place: stages %v", rb.Stages)
	}
	if got := body(t, s, "talks/a/index.html"); !strings.Contains(got, "At Harbour Hall") {
		t.Errorf("the talk page shows %q, want the new venue", got)
	}
	sameAsFullBuild(t, s, dir, diags)
}
