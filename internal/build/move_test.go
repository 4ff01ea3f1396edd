package build

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"lectern/internal/diag"
	"lectern/internal/render"
)

// moveSite is a conference whose talk A is shown on its event's page and
// schedule, its speaker's page, a tag's page, the talks index, the home
// page, the feeds and the sitemap, beside a note and a talk of no event.
const moveSite = `
-- config.toml --
title = "Move"
base_url = "https://example.org/"
-- content/events/conf.md --
---
kind: event
name: Conf 2024
start: 2024-05-01 09:00
end: 2024-05-02 17:00
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
Body of A.
-- content/talks/b.md --
---
title: Talk B
speakers: [Ada Lovelace]
tags: [x]
event: Conf 2024
date: 2024-05-01T11:00:00
room: Side
---
Body of B.
-- content/talks/loose.md --
---
title: Loose talk
speakers: [Grace Hopper]
date: 2024-07-01T10:00:00
---
Body of the loose talk.
-- content/speakers/ada-lovelace.md --
---
name: Ada Lovelace
bio: Wrote the first program.
---
Ada.
-- content/notes/n.md --
---
title: A note
date: 2024-06-01
authors: [Ada Lovelace]
tags: [x]
---
Body of the note.
`

const moveTalkA = "---\ntitle: Talk A\nspeakers: [Ada Lovelace]\ntags: [x]\nevent: Conf 2024\ndate: 2024-05-01T10:00:00\nroom: Main\n---\nBody of A.\n"

// moved reports whether a rebuild moved a page in the last model in
// place (site.Site.Move) rather than building the model again.
func moved(rb Rebuild) bool {
	stages := map[string]bool{}
	for _, st := range rb.Stages {
		stages[st.Name] = true
	}
	return stages["move"] && !stages["model"]
}

// withSlug returns the page src with a slug line first in its front
// matter.
func withSlug(src, slug string) string {
	return strings.Replace(src, "---\n", "---\nslug: "+slug+"\n", 1)
}

// TestMoveInPlaceLeavesNothingStale moves pages to new URLs in place
// and checks, after every edit, that no output links the old URL and
// every output is what a fresh build gives; outputs left stale are
// asked for, so they are checked too.
func TestMoveInPlaceLeavesNothingStale(t *testing.T) {
	dir, s := startSession(t, moveSite)
	ctx := context.Background()
	note := "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Ada Lovelace]\ntags: [x]\n---\nBody of the note.\n"
	loose := "---\ntitle: Loose talk\nspeakers: [Grace Hopper]\ndate: 2024-07-01T10:00:00\n---\nBody of the loose talk.\n"
	steps := []struct {
		name, file, text, gone, now string
	}{
		{"slug written", "content/talks/a.md", withSlug(moveTalkA, "renamed"), "/talks/a/", "/talks/renamed/"},
		{"slug changed", "content/talks/a.md", withSlug(moveTalkA, "zz-last"), "/talks/renamed/", "/talks/zz-last/"},
		{"slug and title", "content/talks/a.md", withSlug(strings.Replace(moveTalkA, "Talk A", "Talk A, revised", 1), "aa-first"), "/talks/zz-last/", "/talks/aa-first/"},
		{"slug removed", "content/talks/a.md", moveTalkA, "/talks/aa-first/", "/talks/a/"},
		{"a note", "content/notes/n.md", withSlug(note, "elsewhere"), "/notes/n/", "/notes/elsewhere/"},
		{"a talk of no event", "content/talks/loose.md", withSlug(loose, "free"), "/talks/loose/", "/talks/free/"},
	}
	for _, st := range steps {
		diags := rebuildMoved(t, s, dir, st.name, st.file, st.text)
		s.mu.RLock()
		paths := slices.Sorted(maps.Keys(s.outputs))
		s.mu.RUnlock()
		found := false
		for _, p := range paths {
			o, _ := s.Output(p)
			if strings.HasSuffix(p, ".png") {
				continue
			}
			if strings.Contains(string(o.Body), st.gone) {
				t.Errorf("%s: %s still shows the old URL %s", st.name, p, st.gone)
			}
			found = found || strings.Contains(string(o.Body), st.now)
		}
		if !found {
			t.Errorf("%s: no output shows the new URL %s", st.name, st.now)
		}
		sameAsFullBuild(t, s, dir, diags)
		samePrints(t, s)
		if t.Failed() {
			t.FailNow()
		}
	}
	// A title patched in place after the moves still finds the page.
	edit(t, dir, "content/talks/a.md", strings.Replace(moveTalkA, "Talk A", "Talk A!", 1))
	rb, diags := s.Rebuild(ctx, []string{"content/talks/a.md"})
	if !patched(rb) || moved(rb) {
		t.Errorf("title edit after the moves: stages %v", rb.Stages)
	}
	sameAsFullBuild(t, s, dir, diags)
}

// warnedTalk is a talk with a tag the model warns about, at the line
// of its tags, which a slug written above moves.
const warnedTalk = "---\ntitle: Warned talk\ndate: 2024-08-02\ntags: [x, \"???\"]\n---\nBody.\n"

// garbledTalk is a talk whose body holds mojibake, which reading the file
// warns about at its line: a slug written above moves the warning.
const garbledTalk = "---\ntitle: Garbled talk\ndate: 2024-08-03\n---\nA dash â€“ here.\n"

// TestMoveFallsBackWhereItCannotTell makes moving edits that Move
// refuses, each on a fresh session, and checks that the model was built,
// or, where Remove and Add take them (the page taken out and put back,
// Session.readd) or Move shows anew the page whose tag asks the moved
// page's URL (site's reshow), that it was not (inPlace), and that the
// outputs are a fresh build's.
func TestMoveFallsBackWhereItCannotTell(t *testing.T) {
	tests := []struct {
		name    string
		extra   string // more files of the site
		file    string
		text    string
		inPlace bool
	}{
		{"the URL of another page", "", "content/talks/a.md", withSlug(moveTalkA, "b"), false},
		{"a URL differing only in case", "", "content/talks/a.md", withSlug(moveTalkA, "B"), false},
		{"a tag without letters as well", "", "content/talks/a.md", withSlug(strings.Replace(moveTalkA, "[x]", "[x, \"???\"]", 1), "tagged"), false},
		{"a speaker's page", "", "content/speakers/ada-lovelace.md", "---\nname: Ada Lovelace\nslug: ada\nbio: Wrote the first program.\n---\nAda.\n", false},
		{"old URLs on the site", "-- content/talks/c.md --\n---\ntitle: Talk C\naliases: [/talks/moved/]\n---\nC.\n", "content/talks/a.md", withSlug(moveTalkA, "moved"), false},
		{"a file beside the page", "-- content/talks/a.png --\nPNG\n", "content/talks/a.md", withSlug(moveTalkA, "pictured"), true},
		{"a tag of another page asks its URL", "-- content/notes/m.md --\n---\ntitle: Links\n---\nSee [A]({% link content/talks/a.md %}).\n", "content/talks/a.md", withSlug(moveTalkA, "linked"), true},
		{"a tie broken by URL", "-- content/talks/twin.md --\n---\ntitle: Talk A\ndate: 2024-05-01T10:00:00\n---\nTwin.\n", "content/talks/a.md", withSlug(moveTalkA, "zz-twin"), true},
		{"a warning of the model at the page", "-- content/talks/w.md --\n" + warnedTalk, "content/talks/w.md", withSlug(warnedTalk, "warned"), false},
		{"a warning of reading the file, below the slug", "-- content/talks/moji.md --\n" + garbledTalk, "content/talks/moji.md", withSlug(garbledTalk, "garbled"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, s := startSession(t, moveSite+tt.extra)
			edit(t, dir, tt.file, tt.text)
			rb, diags := s.Rebuild(context.Background(), []string{tt.file})
			if moved(rb) != tt.inPlace {
				t.Errorf("moved in place %v, want %v (stages %v)", moved(rb), tt.inPlace, rb.Stages)
			}
			sameAsFullBuild(t, s, dir, diags)
			samePrints(t, s)
		})
	}
}

// TestDifferentialMoves is the randomized test with the edits that
// meet Move most: new slugs (often another page's), titles and bodies,
// on a site with no old URLs, whose talks are in and out of an event;
// every output and diagnostic is compared with a fresh build after each
// edit. -diff.edits and -diff.seed set it as they set the randomized
// test.
func TestDifferentialMoves(t *testing.T) {
	seed, edits := diffRun(60)
	d, s := startDiffSite(t, rand.NewPCG(seed, 1), "title = \"Moves\"\nbase_url = \"https://example.org/\"\ntimezone = \"Europe/Lisbon\"\n",
		"talk", "talk", "talk", "talk", "talk", "talk", "note", "note", "note", "speaker")
	runDiffEdits(t, d, s, seed, edits, func() (string, []string) {
		switch n := d.r.IntN(5); {
		case n < 1:
			return d.timeEdit()
		case n < 2:
			return d.moveEdit()
		case n < 3:
			return d.showEdit()
		}
		return d.bodyEdit()
	})
}

// runDiffEdits makes edits edits of d, each chosen by next (what it was
// and the files it changed), and compares every output, diagnostic and
// kept fingerprint of s with a fresh build's after each.
func runDiffEdits(t *testing.T, d *diffSite, s *Session, seed uint64, edits int, next func() (string, []string)) {
	t.Helper()
	ctx := context.Background()
	var log []string
	fast, moves, deferred := 0, 0, 0
	settler := rand.New(rand.NewPCG(seed, 0x5e771e))
	for i := range edits {
		what, changed := next()
		rb, diags := s.Rebuild(ctx, changed)
		if diags.HasErrors() {
			t.Fatalf("edit %d (%s): %v", i, what, diags.Err())
		}
		if patched(rb) {
			fast++
		}
		if moved(rb) {
			moves++
		}
		settled, compare := settleOrNot(t, s, settler, rb)
		log = append(log, what+settled)
		if len(rb.Deferred) > 0 {
			deferred++
		}
		if !compare {
			continue
		}
		sameAsFullBuild(t, s, d.dir, diags)
		samePrints(t, s)
		if t.Failed() {
			t.Logf("the last rebuild: stages %v, rendered %q", rb.Stages, rb.Rendered)
			t.Fatalf("after edit %d of seed %d; the edits were:\n  %s\nrerun with -run '%s' -diff.seed %d", i, seed, strings.Join(log, "\n  "), t.Name(), seed)
		}
	}
	t.Logf("%d of %d edits patched or moved in place, %d of them moves; %d deferred pages", fast, edits, moves, deferred)
}

// settleOrNot does, after a rebuild of a session that defers pages
// (Options.DeferPages), what the preview may do: settle the deferred
// pages (Settle), or not, and sometimes leave them stale for the next
// rebuild, which must plan them again, rather than compare the outputs
// now (which renders every stale one). It returns what it did, for the
// log of edits, and whether to compare now.
func settleOrNot(t *testing.T, s *Session, r *rand.Rand, rb Rebuild) (what string, compare bool) {
	t.Helper()
	if len(rb.Deferred) == 0 {
		return "", true
	}
	switch r.IntN(3) {
	case 0:
		settled, diags := s.Settle(context.Background())
		if diags.HasErrors() {
			t.Fatalf("settling %d deferred pages: %v", len(rb.Deferred), diags.Err())
		}
		if len(settled.Rendered) == 0 {
			t.Errorf("Settle rendered none of the %d pages deferred", len(rb.Deferred))
		}
		s.mu.RLock()
		defer s.mu.RUnlock()
		for _, p := range rb.Deferred {
			if _, stale := s.stale[p]; stale {
				t.Errorf("%s is stale after Settle", p)
			}
		}
		return fmt.Sprintf(" (%d pages deferred, settled)", len(rb.Deferred)), true
	case 1:
		return fmt.Sprintf(" (%d pages deferred, left stale)", len(rb.Deferred)), false
	}
	return fmt.Sprintf(" (%d pages deferred)", len(rb.Deferred)), true
}

// bodyEdit gives a random file a new body.
func (d *diffSite) bodyEdit() (string, []string) {
	name := d.anyFile()
	d.files[name].body = diffBody(d.r)
	d.write(name)
	return "body " + name, []string{name}
}

// samePrints checks that the fingerprints s keeps are those of its
// model computed from nothing.
func samePrints(t *testing.T, s *Session) {
	t.Helper()
	want := render.Fingerprints(s.model)
	for k, v := range want {
		if w, ok := s.prints[k]; !ok || w != v {
			t.Errorf("fingerprint of %s kept stale", k)
		}
	}
	if len(s.prints) != len(want) {
		t.Errorf("%d fingerprints kept, want %d", len(s.prints), len(want))
	}
}

// rebuildMoved writes text to file and rebuilds, failing the test unless
// the edit was moved in place; name says which edit it was.
func rebuildMoved(t *testing.T, s *Session, dir, name, file, text string) diag.List {
	t.Helper()
	edit(t, dir, file, text)
	rb, diags := s.Rebuild(context.Background(), []string{file})
	if diags.HasErrors() {
		t.Fatalf("%s: %v", name, diags.Err())
	}
	if !moved(rb) {
		t.Errorf("%s: not moved in place (stages %v)", name, rb.Stages)
	}
	return diags
}

// diffRun is the seed (-diff.seed, else 1) and the number of edits
// (-diff.edits, at most most; 10 in -short) of a randomized test of moves.
func diffRun(most int) (seed uint64, edits int) {
	seed = max(*diffSeed, 1)
	edits = min(*diffEdits, most)
	if testing.Short() {
		edits = 10
	}
	return seed, edits
}
