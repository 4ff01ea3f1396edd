package render

import (
	"fmt"
	"testing"

	"lectern/internal/site"
	"lectern/themes"
)

// TestStreamOrderLetsFedBodiesGo checks that Stream does not hold every
// body the feeds carry at once: each page a feed carries is written
// right after the last feed carrying it, so that its body, rendered by
// the first, is let go then. Played in order, one job at a time, the
// bodies held at once stay well below the pages the feeds carry (all of
// them, when every feed started before any of their pages).
func TestStreamOrderLetsFedBodiesGo(t *testing.T) {
	const notes, tags = 120, 6
	files := map[string]string{"config.toml": "title = \"Notes\"\nbase_url = \"https://notes.example.org/\"\n"}
	for i := range notes {
		files[fmt.Sprintf("content/notes/n%03d.md", i)] = fmt.Sprintf(
			"---\ntitle: Note %d\ndate: 2024-%02d-%02d\ntags: [t%d]\n---\nThe body of note %d.\n", i, 1+i/28, 1+i%28, i%tags, i)
	}
	s, _ := siteFrom(t, files, false)
	jobs, diags := mustNew(t, themes.Default()).Jobs(s)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	left := readers(jobs)
	fed := map[*site.Page]bool{}
	feeds := 0
	for _, j := range jobs {
		if j.Kind == KindFeed {
			feeds++
			for _, p := range j.bodies {
				fed[p] = true
			}
		}
	}
	if feeds < tags || len(fed) != notes {
		t.Fatalf("%d feeds carry %d pages, want at least %d feeds carrying all %d notes", feeds, len(fed), tags, notes)
	}

	held, most := map[*site.Page]bool{}, 0
	for _, i := range streamOrder(jobs, left) {
		j := jobs[i]
		for _, p := range j.bodies {
			if left[p].Load() > 0 {
				held[p] = true // rendered by the first job showing it
			}
		}
		most = max(most, len(held))
		for _, p := range j.bodies {
			if left[p].Add(-1) == 0 {
				delete(held, p)
			}
		}
	}
	if most > len(fed)*2/3 {
		t.Errorf("the stream holds up to %d bodies at once of the %d its %d feeds carry; want at most two thirds", most, len(fed), feeds)
	}
	t.Logf("up to %d of %d fed bodies held at once", most, len(fed))
}
