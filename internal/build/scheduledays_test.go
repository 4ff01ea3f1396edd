package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScheduleDaysDatedBySettings: a Jekyll conference whose schedule
// labels its days by weekday, day and month ("Thursday 11 September")
// and whose _config.yml gives the conference's dates places its talks
// on those days, without a warning; before, each day was "no date
// lectern can read" and no talk was scheduled.
func TestScheduleDaysDatedBySettings(t *testing.T) {
	const site = `-- _config.yml --
title: Lantern Workshop
conference:
  start_date: 2025-09-11
  end_date: 2025-09-12
collections:
  talks:
    output: true
-- _data/schedule.yml --
- day: "Thursday 11 September"
  slots:
    - time: "09:30"
      talks: [lamps]
- day: "Friday 12 September"
  slots:
    - time: "11:00"
      talks: [wicks]
-- _talks/lamps.md --
---
title: Lamps of the harbour
speaker: Ada Wren
---
Lamps.
-- _talks/wicks.md --
---
title: Wicks and oils
speaker: Tomas Ek
---
Wicks.
`
	res, diags := Build(context.Background(), Options{Source: writeSite(t, site), Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	for _, w := range diags.Strings() {
		if strings.Contains(w, "schedule") {
			t.Errorf("warning about the schedule: %s", w)
		}
	}
	for page, when := range map[string]string{"talks/lamps.html": `datetime="2025-09-11T09:30:00"`, "talks/wicks.html": `datetime="2025-09-12T11:00:00"`} {
		b, err := os.ReadFile(filepath.Join(res.Dest, filepath.FromSlash(page)))
		if err != nil {
			t.Errorf("missing %s", page)
			continue
		}
		if !strings.Contains(string(b), when) {
			t.Errorf("%s does not show %s", page, when)
		}
	}
}
