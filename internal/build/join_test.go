package build

import (
	"context"
	"testing"
)

// TestJoinedSiteAddsAndRemovesInPlace edits a site whose pages are
// joined with records of data files (a conference tool's session and
// person, a schedule placing a page by path): a talk the records do not
// name, removed and added back, is made in place, as the join gives
// every other document as before; the talk the schedule places, removed,
// builds the model. Each step is compared with a fresh build.
func TestJoinedSiteAddsAndRemovesInPlace(t *testing.T) {
	talk := func(title, hour string) string {
		return "---\ntitle: " + title + "\ndate: 2026-06-11T" + hour + ":00:00\n---\nBody of " + title + ".\n"
	}
	dir, s := startSession(t, `-- config.toml --
title = "Joined"
timezone = "Europe/Lisbon"
-- content/talks/a.md --
`+talk("Alpha", "10")+`-- content/talks/b.md --
`+talk("Beta", "11")+`-- data/Person/P1.yml --
name: Ada Lovelace
company: Records Inc
-- data/Session/S1.yml --
title: Records all the way
code: S1
speakers: [P1]
abstract: A talk of the records.
-- data/schedule.yml --
- date: "2026-06-11"
  tracks: [{title: Main hall}, {title: Room 2}]
  timeslots:
    - {startTime: "09:00", endTime: "09:45", talkIds: [S1, talks/a]}
`)
	ctx := context.Background()
	steps := []struct {
		name    string
		change  func()
		file    string
		inPlace bool
	}{
		{"a talk no record names, removed", func() { remove(t, dir, "content/talks/b.md") }, "content/talks/b.md", true},
		{"added back", func() { edit(t, dir, "content/talks/b.md", talk("Beta", "11")) }, "content/talks/b.md", true},
		{"the talk the schedule places, removed", func() { remove(t, dir, "content/talks/a.md") }, "content/talks/a.md", false},
	}
	for _, st := range steps {
		st.change()
		rb, diags := s.Rebuild(ctx, []string{st.file})
		t.Run(st.name, func(t *testing.T) {
			if moved(rb) != st.inPlace {
				t.Errorf("in place %v, want %v (stages %v)", moved(rb), st.inPlace, rb.Stages)
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}
