package data

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
	"time"
)

// TestConferenceDays: a schedule's days written without their year
// ("Thursday 11 September", "September 12", "Friday 12th") are dated by
// the conference's days the site's settings give, without a word; a day
// the conference does not hold, or a schedule read without settings,
// keeps its name for the site's dated pages to place (combiner.dated).
// "Thursday 11 September" was no day lectern could read at all.
func TestConferenceDays(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	schedule := func(a, b string) string {
		return "- day: \"" + a + "\"\n  slots:\n    - time: \"09:30\"\n      talks: [lamps]\n- day: \"" + b + "\"\n  slots:\n    - time: \"11:00\"\n      talks: [wicks]\n"
	}
	tests := []struct {
		name, src string
		span      Span
		want      []string
	}{
		{"weekday, day and month", schedule("Thursday 11 September", "Friday 12 September"),
			Span{day("2025-09-11"), day("2025-09-12")}, []string{"2025-09-11 09:30", "2025-09-12 11:00"}},
		{"month and day, with a comma", schedule("Thu, Sep 11", "September 12"),
			Span{day("2025-09-11"), day("2025-09-12")}, []string{"2025-09-11 09:30", "2025-09-12 11:00"}},
		{"weekday and day of the month", schedule("Thursday 11th", "Friday 12th"),
			Span{day("2025-09-11"), day("2025-09-12")}, []string{"2025-09-11 09:30", "2025-09-12 11:00"}},
		{"a conference of one day", schedule("11 September", "12 September"),
			Span{Start: day("2025-09-11")}, []string{"2025-09-11 09:30", `"12 September" 11:00`}},
		{"no settings", schedule("Thursday 11 September", "Friday 12 September"),
			Span{}, []string{`"Thursday 11 September" 09:30`, `"Friday 12 September" 11:00`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, diags := Load(fstest.MapFS{"_data/schedule.yml": {Data: []byte(tt.src)}}, Options{Dirs: []string{"_data"}, Conference: tt.span})
			if len(diags) > 0 {
				t.Errorf("diagnostics: %q", diags.Strings())
			}
			var got []string
			for _, s := range ds.Slots {
				clock := fmt.Sprintf("%02d:%02d", int(s.Start.Hours()), int(s.Start.Minutes())%60)
				if s.DayName != "" {
					got = append(got, fmt.Sprintf("%q %s", s.DayName, clock))
				} else {
					got = append(got, s.Day.Format(time.DateOnly)+" "+clock)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("slots %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNearestYearByWeekday: a day written with its weekday and no year
// is placed in the year near the site's pages it falls on that weekday
// in, and in the nearest year when none near it does.
func TestNearestYearByWeekday(t *testing.T) {
	mid := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		wd   time.Weekday
		want string
	}{
		{"Thursday 11 September", time.Thursday, "2025-09-11"},
		{"Wednesday 11 September", time.Wednesday, "2024-09-11"},
	} {
		if got := nearestOf(time.September, 11, mid, true, tc.wd, time.UTC).Format(time.DateOnly); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
	if got := nearestOf(time.September, 11, mid, true, time.Sunday, time.UTC); !got.IsZero() {
		t.Errorf("Sunday 11 September: %s, want none near", got.Format(time.DateOnly))
	}
}
