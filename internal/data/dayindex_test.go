package data

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
)

// TestDaysFromZero: a data file of talks one of which names its day
// "day": 0 counts its days from 0, as the templates that look the day
// up in the conference's list of days do: 0 is the first day, 1 the
// second, and each keeps its time of day. A file whose days start at 1
// counts from 1; a label ("Day 1") is the day it names either way.
func TestDaysFromZero(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            []string // each talk's day (N) and start, "" for none
	}{
		{"from zero, JSON", "_data/talks.json", `[
 {"title": "Opening", "speaker": "Ines Faro", "day": 0, "time": "09:30"},
 {"title": "Closing", "speaker": "Bo Lem", "day": 1, "time": "16:00"}
]`, []string{"day 1 09:30", "day 2 16:00"}},
		{"from zero, YAML under a key", "_data/talks.yml", "sessions:\n  - title: Opening\n    speaker: Ines Faro\n    day: \"0\"\n    time: \"09:30\"\n  - title: Closing\n    speaker: Bo Lem\n    day: 2\n    time: \"16:00\"\n",
			[]string{"day 1 09:30", "day 3 16:00"}},
		{"from one", "_data/talks.json", `[
 {"title": "Opening", "speaker": "Ines Faro", "day": 1, "time": "09:30"},
 {"title": "Closing", "speaker": "Bo Lem", "day": 2, "time": "16:00"}
]`, []string{"day 1 09:30", "day 2 16:00"}},
		{"a label beside an index", "_data/talks.json", `[
 {"title": "Opening", "speaker": "Ines Faro", "day": 0, "time": "09:30"},
 {"title": "Closing", "speaker": "Bo Lem", "day": "Day 1", "time": "16:00"}
]`, []string{"day 1 09:30", "day 1 16:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, _ := Load(fstest.MapFS{tt.file: {Data: []byte(tt.src)}}, Options{Dirs: []string{"_data"}})
			var got []string
			for _, d := range ds.Docs {
				s := ""
				if !d.Extras().EventDay.IsZero() && d.HasTimeOfDay {
					s = fmt.Sprintf("%s %02d:%02d", d.Extras().EventDay, int(d.TimeOfDay.Hours()), int(d.TimeOfDay.Minutes())%60)
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("days %q, want %q", got, tt.want)
			}
		})
	}
}
