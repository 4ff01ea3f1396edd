package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSessionAddsABreakInPlace adds a break without a page of its own
// to a programme and takes it away: each in place (site.Site.Add,
// Remove), the schedule showing it and no page, its tag and track
// making no term, each compared with a fresh build.
func TestSessionAddsABreakInPlace(t *testing.T) {
	dir, s := startSession(t, renameSite)
	ctx := context.Background()
	const tea = "content/talks/tea.md"
	edit(t, dir, tea, "---\ntitle: Afternoon tea\nevent: conf\ndate: 2024-05-01T15:30:00\nroom: Main\ntags: [Teatime]\ntrack: Food\n---\nTea in the hall.\n")
	rb, diags := s.Rebuild(ctx, []string{tea})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if !moved(rb) {
		t.Errorf("the break was not added in place; stages %v", rb.Stages)
	}
	if !strings.Contains(body(t, s, "events/conf/schedule/index.html"), "Afternoon tea") {
		t.Error("the schedule does not show the break")
	}
	for _, p := range []string{"talks/tea/index.html", "tags/teatime/index.html", "tracks/food/index.html"} {
		if _, ok := s.Output(p); ok {
			t.Errorf("%s written for a break without a page", p)
		}
	}
	sameAsFullBuild(t, s, dir, diags)

	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(tea))); err != nil {
		t.Fatal(err)
	}
	rb, diags = s.Rebuild(ctx, []string{tea})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if !moved(rb) {
		t.Errorf("the break was not removed in place; stages %v", rb.Stages)
	}
	sameAsFullBuild(t, s, dir, diags)
}
