package site

import (
	"testing"
	"time"
)

// TestEventTimed: an event its page dates to hours of one day is shown
// by its hours, an evening running into the small hours of the next day
// too (a hack night to midnight or 02:00); an event over days, or over a
// night and the next morning, is shown by its days.
func TestEventTimed(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse("2006-01-02 15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		name, start, end string
		want             bool
	}{
		{"an evening", "2025-02-07 18:30", "2025-02-07 21:00", true},
		{"a start alone", "2025-02-07 18:30", "", true},
		{"an evening to midnight", "2025-02-07 20:00", "2025-02-08 00:00", true},
		{"an evening to 02:00", "2025-02-07 20:00", "2025-02-08 02:00", true},
		{"through the night to the morning", "2025-02-07 20:00", "2025-02-08 09:00", false},
		{"a day and the next day's small hours", "2025-02-07 09:00", "2025-02-08 02:00", false},
		{"two days", "2025-02-07 09:00", "2025-02-08 17:00", false},
		{"days alone", "2025-02-07 00:00", "2025-02-08 00:00", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &Event{Start: at(tc.start)}
			if tc.end != "" {
				e.End = at(tc.end)
			}
			if got := e.Timed(); got != tc.want {
				t.Errorf("Timed() = %v, want %v", got, tc.want)
			}
		})
	}
}
