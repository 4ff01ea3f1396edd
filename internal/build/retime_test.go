package build

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMoveInTimeLeavesNothingStale moves talks in time and between rooms
// and a note in time, in place (site.Site.Move), and checks after each
// edit that every output (the stale ones asked for) and diagnostic is
// what a fresh build gives, and every kept fingerprint
// render.Fingerprints's. Two edits are made in a row without asking for
// anything between them: the first's stale outputs must survive the
// second.
func TestMoveInTimeLeavesNothingStale(t *testing.T) {
	dir, s := startSession(t, moveSite)
	note := "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Ada Lovelace]\ntags: [x]\n---\nBody of the note.\n"
	loose := "---\ntitle: Loose talk\nspeakers: [Grace Hopper]\ndate: 2024-07-01T10:00:00\n---\nBody of the loose talk.\n"
	at := func(when, room string) string {
		return strings.Replace(strings.Replace(moveTalkA, "2024-05-01T10:00:00", when, 1), "room: Main", "room: "+room, 1)
	}
	steps := []struct {
		name, file, text string
		check            bool
	}{
		{"after talk B", "content/talks/a.md", at("2024-05-01T12:00:00", "Main"), true},
		{"to the other room", "content/talks/a.md", at("2024-05-01T12:00:00", "Side"), true},
		{"onto talk B, double-booked", "content/talks/a.md", at("2024-05-01T11:00:00", "Side"), true},
		{"to the next day", "content/talks/a.md", at("2024-05-02T09:30:00", "Main"), false},
		{"with a new slug, back to the first day", "content/talks/a.md", withSlug(at("2024-05-01T09:00:00", "Main"), "early"), true},
		{"outside the event's days", "content/talks/a.md", at("2024-05-05T09:00:00", "Main"), true},
		{"back where it was", "content/talks/a.md", moveTalkA, true},
		{"a note", "content/notes/n.md", strings.Replace(note, "2024-06-01", "2024-08-01", 1), true},
		{"a talk of no event", "content/talks/loose.md", strings.Replace(loose, "2024-07-01T10:00", "2024-04-01T08:00", 1), true},
	}
	for _, st := range steps {
		diags := rebuildMoved(t, s, dir, st.name, st.file, st.text)
		if !st.check {
			continue
		}
		sameAsFullBuild(t, s, dir, diags)
		samePrints(t, s)
		if t.Failed() {
			t.Fatalf("after %s", st.name)
		}
	}
}

// TestMoveInTimeFallsBack makes edits of dates and rooms that Move
// refuses, each on a fresh session, and checks that the model was
// built, or, where Remove and Add take them (readd, Session.readd), that
// it was not, and that the outputs are a fresh build's.
func TestMoveInTimeFallsBack(t *testing.T) {
	noDates := strings.Replace(moveSite, "start: 2024-05-01 09:00\nend: 2024-05-02 17:00\n", "", 1)
	tests := []struct {
		name, site, file, text string
		readd                  bool
	}{
		{"a date removed", moveSite, "content/talks/a.md", strings.Replace(moveTalkA, "date: 2024-05-01T10:00:00\n", "", 1), true},
		{"a tag without letters as well", moveSite, "content/talks/a.md", strings.Replace(strings.Replace(moveTalkA, "10:00", "12:00", 1), "[x]", "[x, \"???\"]", 1), false},
		{"a new speaker with a photo as well", moveSite, "content/talks/a.md", strings.Replace(strings.Replace(moveTalkA, "10:00", "12:00", 1), "[Ada Lovelace]", "[{name: Zed Shaw, photo: zed.png}]", 1), false},
		{"an event whose dates are its talks'", noDates, "content/talks/a.md", strings.Replace(moveTalkA, "10:00", "12:00", 1), false},
		{"a hidden talk", moveSite + "-- content/talks/h.md --\n---\ntitle: Hidden\nevent: Conf 2024\ndate: 2024-05-01T15:00:00\nhidden: true\n---\nH.\n",
			"content/talks/h.md", "---\ntitle: Hidden\nevent: Conf 2024\ndate: 2024-05-01T16:00:00\nhidden: true\n---\nH.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, s := startSession(t, tt.site)
			edit(t, dir, tt.file, tt.text)
			rb, diags := s.Rebuild(context.Background(), []string{tt.file})
			if moved(rb) != tt.readd {
				t.Errorf("moved in place %v, want %v (stages %v)", moved(rb), tt.readd, rb.Stages)
			}
			sameAsFullBuild(t, s, dir, diags)
			samePrints(t, s)
		})
	}
}

// timeEdit moves a talk in time or to another room, or a note in time,
// or gives either other tags, or a talk another track, level or format
// (or none), as organisers and bloggers do: often to another page's
// date, room or terms (a tie, a double booking), sometimes with a new
// slug or title too.
func (d *diffSite) timeEdit() (string, []string) { return d.timeEditOf(diffTags) }

// timeEditOf is timeEdit with tags from pool.
func (d *diffSite) timeEditOf(pool []string) (string, []string) {
	name := d.anyFile()
	f := d.files[name]
	if f.kind != "talk" && f.kind != "note" {
		return d.moveEdit()
	}
	what := "time " + name
	field := pick(d.r, []string{"date", "date", "tags"})
	if f.kind == "talk" {
		field = pick(d.r, []string{"date", "date", "room", "duration", "tags", "tags", "track", "level", "format"})
	}
	if (field == "track" || field == "level" || field == "format") && d.r.IntN(4) == 0 {
		f.unset(field)
		d.write(name)
		return what + " unset " + field, []string{name}
	}
	v := diffValue(d.r, f.kind, field)
	if field == "tags" {
		v = diffList(d.r, pool)
		if d.r.IntN(4) == 0 {
			// A tag new to the site, which its last page may leave.
			v = diffList(d.r, append(slices.Clip(pool), "python", "ml", "Go"))
		}
	}
	if d.r.IntN(3) == 0 { // another page's value
		for _, kv := range d.files[d.anyFile()].fields {
			if kv[0] == field {
				v = kv[1]
			}
		}
	}
	f.set(field, v)
	what += fmt.Sprintf(" %s %s", field, v)
	switch d.r.IntN(6) {
	case 0:
		v := diffValue(d.r, f.kind, "slug")
		f.set("slug", v)
		what += " slug " + v
	case 1:
		v := diffValue(d.r, f.kind, "title")
		f.set("title", v)
		what += " title " + v
	}
	d.write(name)
	return what, []string{name}
}

// TestRetagLeavesNothingStale gives a talk and a note other tags the
// site has, in place (site.Site.Move), and checks after each edit that
// every output (the stale ones asked for) and diagnostic is what a
// fresh build gives, and every kept fingerprint render.Fingerprints's:
// tags joined, left, new to the site and left by their last page, and
// spelled otherwise after the page naming them; the page naming a tag
// spelling it otherwise is left to a build.
func TestRetagLeavesNothingStale(t *testing.T) {
	site := moveSite + "-- content/talks/c.md --\n---\ntitle: Talk C\ntags: [x, y]\nevent: Conf 2024\ndate: 2024-05-02T10:00:00\nroom: Main\n---\nC.\n"
	dir, s := startSession(t, site)
	ctx := context.Background()
	note := "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Ada Lovelace]\ntags: [x]\n---\nBody of the note.\n"
	steps := []moveStep{
		{"a tag joined", "content/talks/a.md", strings.Replace(moveTalkA, "[x]", "[x, y]", 1), true},
		{"a tag left", "content/talks/a.md", strings.Replace(moveTalkA, "[x]", "[y]", 1), true},
		{"a note's tags", "content/notes/n.md", strings.Replace(note, "[x]", "[y, x]", 1), true},
		{"tags and a time", "content/talks/a.md", strings.Replace(strings.Replace(moveTalkA, "[x]", "[x, y]", 1), "10:00", "15:00", 1), true},
		{"a tag of its own", "content/talks/a.md", strings.Replace(moveTalkA, "[x]", "[x, new]", 1), true},
		{"back, the tag left alone", "content/talks/a.md", moveTalkA, true},
		{"a tag joined again", "content/talks/a.md", strings.Replace(moveTalkA, "[x]", "[y, x]", 1), true},
		{"the note's only tags, new", "content/notes/n.md", strings.Replace(note, "[x]", "[Alpha, zulu]", 1), true},
		{"a talk's tags for the note's", "content/talks/c.md", "---\ntitle: Talk C\ntags: [Alpha]\nevent: Conf 2024\ndate: 2024-05-02T10:00:00\nroom: Main\n---\nC.\n", true},
		{"a tag spelled otherwise, after the note naming it", "content/talks/a.md", strings.Replace(moveTalkA, "[x]", "[x, ALPHA]", 1), true},
		{"the note naming a tag spelling it otherwise", "content/notes/n.md", strings.Replace(note, "[x]", "[ALPHA, zulu]", 1), false},
	}
	runMoveSteps(t, ctx, s, dir, steps)
}

// moveStep is one edit of a session test of moving edits: the file
// written with text, and whether the session must move it in place.
type moveStep struct {
	name, file, text string
	inPlace          bool
}

// runMoveSteps makes each edit in turn, and checks after each that it
// moved in place or not as it should, and that every output, diagnostic
// and kept fingerprint is what a fresh build gives.
func runMoveSteps(t *testing.T, ctx context.Context, s *Session, dir string, steps []moveStep) {
	t.Helper()
	for _, st := range steps {
		edit(t, dir, st.file, st.text)
		rb, diags := s.Rebuild(ctx, []string{st.file})
		if diags.HasErrors() {
			t.Fatalf("%s: %v", st.name, diags.Err())
		}
		if moved(rb) != st.inPlace {
			t.Errorf("%s: moved in place %v, want %v (stages %v)", st.name, moved(rb), st.inPlace, rb.Stages)
		}
		sameAsFullBuild(t, s, dir, diags)
		samePrints(t, s)
		if t.Failed() {
			t.Fatalf("after %s", st.name)
		}
	}
}

// TestDifferentialMovesInTime is the randomized test with the edits an
// organiser and a blogger make: talks moved in time and between rooms,
// given other durations, tracks, levels and formats, pages retagged,
// with titles and bodies, on a site where Move can take most of them
// (one dated event, tags, tracks, levels and formats spelled one way);
// every output and diagnostic is compared with a fresh build after each
// edit, and every kept fingerprint. -diff.edits and -diff.seed set it
// as they set the randomized test.
func TestDifferentialMovesInTime(t *testing.T) {
	seed, edits := diffRun(100)
	pool := []string{"go", "rust", "ops", "data"}
	d, s := startDiffSite(t, rand.NewPCG(seed, 2), "title = \"Times\"\nbase_url = \"https://example.org/\"\ntimezone = \"Europe/Lisbon\"\n",
		"talk", "talk", "talk", "talk", "talk", "talk", "talk", "note", "note", "note", "speaker")
	var first []string
	for name, f := range d.files {
		if f.kind == "talk" || f.kind == "note" {
			if f.kind == "talk" {
				// Every talk has a track, level and format, so that
				// most values an edit gives are the site's.
				f.set("event", "Conf")
				f.set("track", pick(d.r, diffTracks))
				f.set("level", pick(d.r, diffLevels))
				f.set("format", pick(d.r, diffFormats[:4]))
			}
			f.set("tags", diffList(d.r, pool))
			d.write(name)
			first = append(first, name)
		}
	}
	ctx := context.Background()
	if _, diags := s.Rebuild(ctx, first); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	runDiffEdits(t, d, s, seed, edits, func() (string, []string) {
		switch n := d.r.IntN(6); {
		case n < 4:
			return d.timeEditOf(pool)
		case n < 5:
			return d.showEdit()
		}
		return d.bodyEdit()
	})
}
