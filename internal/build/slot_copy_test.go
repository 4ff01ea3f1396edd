package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A talk the schedule places on two days (sprints, each day's lunch) is
// given again by a copy at its second slot. The url the talk's author
// wrote is the talk's, not the copy's: the copy takes the URL lectern
// derives for it, with no warning, as lectern made it and the author
// wrote one url for one page.
func TestSlotCopyKeepsNoWrittenURL(t *testing.T) {
	src := writeSite(t, `
-- config.toml --
title = "Sprints"
base_url = "https://sprints.example.org/"
-- data/schedule.yml --
- date: "2024-05-01"
  tracks: [{title: Main}]
  timeslots:
    - {startTime: "09:00", endTime: "17:00", talkIds: [S9]}
- date: "2024-05-02"
  tracks: [{title: Main}]
  timeslots:
    - {startTime: "09:00", endTime: "17:00", talkIds: [S9]}
-- content/talks/sprints.md --
---
id: S9
title: Development sprints
url: /sprints/
aliases: [/old-sprints/]
---
Bring a project.
`)
	dest := filepath.Join(t.TempDir(), "out")
	_, diags := Build(context.Background(), Options{Source: src, Dest: dest})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for _, d := range diags.Strings() {
		if strings.Contains(d, "url") || strings.Contains(d, "URL") {
			t.Errorf("unexpected warning: %s", d)
		}
	}
	for _, p := range []string{"sprints/index.html", "talks/sprints-2024-05-02-0900/index.html", "old-sprints/index.html"} {
		b, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("%s not written: %v", p, err)
			continue
		}
		if !strings.Contains(string(b), "sprints") {
			t.Errorf("%s does not show the talk", p)
		}
	}
}
