package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"lectern/internal/diag"
)

// TestStaleOutputsSurviveEditsInARow: the feeds, exports and indexes an
// edit leaves stale (see onDemand) are rendered when asked for; edits
// made before anyone asks — moving edits that build the model again,
// patched ones, a page removed — must each leave them stale again or
// render them, never serve what an older model rendered. Nothing is
// fetched until the end, when every output must be what a fresh build
// gives.
func TestStaleOutputsSurviveEditsInARow(t *testing.T) {
	dir, s := startSession(t, planSite)
	ctx := context.Background()
	steps := []struct {
		name, file, text string
		// stale is an output the step must leave stale: the test
		// checks what it means to check.
		stale string
	}{{
		name:  "a slug moves talk one",
		file:  "content/talks/t1.md",
		text:  "---\ntitle: Talk one\nslug: first\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nFirst paragraph of one.\n\nBody of one.\n",
		stale: "feed.xml",
	}, {
		name:  "its title, patched in place",
		file:  "content/talks/t1.md",
		text:  "---\ntitle: Talk one, renamed\nslug: first\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\n---\nFirst paragraph of one.\n\nBody of one.\n",
		stale: "search.json",
	}, {
		name:  "a date that moves talk two",
		file:  "content/talks/t2.md",
		text:  "---\ntitle: Talk two\ndate: 2026-06-12 09:00\nspeakers: [Grace Hopper]\ntags: [x]\n---\nBody of two.\n",
		stale: "schedule.json",
	}, {
		name: "talk three removed",
		file: "content/talks/t3.md",
	}, {
		name:  "a speaker changed",
		file:  "content/talks/t2.md",
		text:  "---\ntitle: Talk two\ndate: 2026-06-12 09:00\nspeakers: [Ada Lovelace]\ntags: [y]\n---\nBody of two.\n",
		stale: "feed.xml",
	}}
	var last diag.List
	for _, st := range steps {
		if st.text == "" {
			if err := os.Remove(filepath.Join(dir, filepath.FromSlash(st.file))); err != nil {
				t.Fatal(err)
			}
		} else {
			edit(t, dir, st.file, st.text)
		}
		rb, diags := s.Rebuild(ctx, []string{st.file})
		if diags.HasErrors() {
			t.Fatalf("%s: %v", st.name, diags.Err())
		}
		last = diags
		if st.stale != "" && !slices.Contains(rb.Stale, st.stale) {
			t.Errorf("%s: %s is not left stale; stale: %q", st.name, st.stale, rb.Stale)
		}
	}
	sameAsFullBuild(t, s, dir, last)
}
