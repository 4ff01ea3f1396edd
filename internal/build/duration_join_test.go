package build

import (
	"slices"
	"strings"
	"testing"
)

// TestDurationCountsFromJoinedDate builds talks that give a duration but
// no date: the one a schedule data file places is dated by it, and its
// duration counts from there without a warning; the one nothing dates
// is warned about, once.
func TestDurationCountsFromJoinedDate(t *testing.T) {
	read, diags := buildSite(t, `-- config.toml --
title = "Durations"
timezone = "Europe/Lisbon"
-- content/talks/placed.md --
---
title: Placed
duration: 25
---
Placed by the schedule.
-- content/talks/loose.md --
---
title: Loose
duration: 25
---
Placed by nothing.
-- data/schedule.yml --
- date: "2026-06-11"
  tracks: [{title: Main hall}]
  timeslots:
    - {startTime: "09:00", talkIds: [talks/placed]}
`)
	want := []string{`content/talks/loose.md:3:1: warning: "duration" needs a date to count from; add "date: …" to the front matter`}
	var got []string
	for _, d := range diags {
		if strings.Contains(d, "duration") {
			got = append(got, d)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("duration warnings %q, want %q", got, want)
	}
	if page := read("talks/placed/index.html"); !strings.Contains(page, "09:25") {
		t.Errorf("the placed talk does not end at 09:25 (its slot's start plus its duration):\n%s", page)
	}
}

// TestDurationOnUndatedSite builds a site whose talk records give a
// duration, but whose talks nothing dates (the day lives in a
// template): there is no date the author left out, so no warning, and
// the records' speakers ("name" beside "title") have their pages.
func TestDurationOnUndatedSite(t *testing.T) {
	read, diags := buildSite(t, `-- config.toml --
title = "Undated"
-- data/talks.yml --
- title: Supply chains
  name: Ada Lovelace
  bio: Ada writes engines.
  abstract: About chains.
  duration: 45
`)
	for _, d := range diags {
		if strings.Contains(d, "duration") {
			t.Errorf("unexpected warning: %s", d)
		}
	}
	if page := read("speakers/ada-lovelace/index.html"); !strings.Contains(page, "Ada writes engines.") {
		t.Errorf("the speaker's page lacks their bio:\n%s", page)
	}
}
