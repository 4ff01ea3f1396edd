package data

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestProgrammeOfTalks: a programme-named file that lists talks written
// whole (speaker, abstract) with a time of day but no day holds the
// talks, in file order; one whose entries only place talks and give no
// day places nothing, which is said at its first entry.
func TestProgrammeOfTalks(t *testing.T) {
	tests := []struct {
		name, src string
		titles    []string
		diags     []string
	}{
		{"talks written whole", `- title: Registration
  time: "08:30"
- name: Ada Lovelace
  bio: Ada writes engines.
  title: Engines
  abstract: About engines.
  time: "09:15"
- name: Grace Hopper
  title: Compilers
  time: "10:15"
`, []string{"Registration", "Engines", "Compilers"}, nil},
		{"slots without a day", `- timeStart: "09:45"
  talk: ada
- timeStart: "10:30"
  title: Break
`, nil, []string{`data/program.yml:1:3: warning: this schedule places no talk: no entry gives both a day and a start time, so none is placed; give each entry its day and time (date: "2026-06-11", time: "10:00", or start: "2026-06-11 10:00")`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, diags := Load(fstest.MapFS{"data/program.yml": {Data: []byte(tt.src)}}, Options{})
			var titles []string
			for _, d := range ds.Docs {
				titles = append(titles, d.Title)
			}
			if !slices.Equal(titles, tt.titles) {
				t.Errorf("talks %q, want %q", titles, tt.titles)
			}
			if got := diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diagnostics\n got %q\nwant %q", got, tt.diags)
			}
		})
	}
}
