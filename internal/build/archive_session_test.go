package build

import (
	"context"
	"testing"
)

// TestSessionScheduleComesAndGoes: talks of no event form a programme,
// and get a /schedule/ page, once a third timed talk joins two of the
// same day; the preview writes the page then, and drops it when the
// talk goes, as a fresh build does.
func TestSessionScheduleComesAndGoes(t *testing.T) {
	dir, s := startSession(t, `-- config.toml --
title = "Archive"
-- content/talks/a.md --
---
title: A
date: 2024-05-02T10:00:00Z
speakers: [Ada]
---
A.
-- content/talks/b.md --
---
title: B
date: 2024-05-02T11:00:00Z
speakers: [Bob]
---
B.
`)
	if _, ok := s.Output("schedule/index.html"); ok {
		t.Fatal("two talks have a schedule page")
	}
	third := "---\ntitle: C\ndate: 2024-05-02T12:00:00Z\nspeakers: [Cy]\n---\nC.\n"
	edit(t, dir, "content/talks/c.md", third)
	_, diags := s.Rebuild(context.Background(), []string{"content/talks/c.md"})
	sameAsFullBuild(t, s, dir, diags)
	if _, ok := s.Output("schedule/index.html"); !ok {
		t.Error("three talks of a day have no schedule page")
	}
	edit(t, dir, "content/talks/c.md", "---\ntitle: C\ndate: 2022-05-02T12:00:00Z\nspeakers: [Cy]\n---\nC.\n")
	_, diags = s.Rebuild(context.Background(), []string{"content/talks/c.md"})
	sameAsFullBuild(t, s, dir, diags)
	if _, ok := s.Output("schedule/index.html"); ok {
		t.Error("a talk moved two years away left the schedule page")
	}
}
