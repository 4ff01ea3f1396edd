package site

import (
	"testing"
	"time"
)

// TestProgramme: a schedule is a programme when at least three talks at
// times of day fall within one run of days no more than three days
// apart, as an event's do, and not when they are spread over a
// speaker's months and years.
func TestProgramme(t *testing.T) {
	day := func(date string, timed, untimed int) *Day {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		return &Day{Date: d, Slots: make([]*Slot, timed), Untimed: make([]*Page, untimed)}
	}
	for _, tc := range []struct {
		name string
		days []*Day
		want bool
	}{
		{"no days", nil, false},
		{"three talks in a day", []*Day{day("2026-01-02", 3, 0)}, true},
		{"two talks in a day", []*Day{day("2026-01-02", 2, 0)}, false},
		{"talks dated by the day alone", []*Day{day("2026-01-02", 0, 5)}, false},
		{"a conference of consecutive days", []*Day{day("2026-06-01", 1, 0), day("2026-06-02", 1, 0), day("2026-06-03", 1, 0)}, true},
		{"sprints after a weekend", []*Day{day("2026-06-05", 2, 0), day("2026-06-08", 1, 0)}, true},
		{"a talk a week", []*Day{day("2026-06-01", 1, 0), day("2026-06-08", 1, 0), day("2026-06-15", 1, 0)}, false},
		{"a speaker's archive of years", []*Day{day("2020-07-07", 1, 0), day("2020-09-26", 1, 0), day("2022-07-27", 1, 0)}, false},
		{"an archive that holds one event", []*Day{day("2019-03-01", 1, 0), day("2024-05-10", 2, 0), day("2024-05-11", 1, 0)}, true},
		{"untimed days do not join a run", []*Day{day("2026-06-01", 2, 0), day("2026-06-03", 0, 4), day("2026-06-20", 1, 0)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := (&Schedule{Days: tc.days}).Programme(); got != tc.want {
				t.Errorf("Programme() = %v, want %v", got, tc.want)
			}
		})
	}
	if (*Schedule)(nil).Programme() {
		t.Error("a nil schedule is a programme")
	}
}
