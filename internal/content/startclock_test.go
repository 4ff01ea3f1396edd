package content

import (
	"testing"
	"time"
)

// TestStartClock: "start" holding a time of day alone beside a date
// with a day is the talk's time on that day, as "end" holding one is
// its end, the way programmes kept as data write {date, start, end};
// "time" still wins, and a full date in "start" is read as before.
func TestStartClock(t *testing.T) {
	day := func(h, m int) time.Time { return time.Date(2023, 6, 1, h, m, 0, 0, time.UTC) }
	tests := []struct {
		name, fm  string
		date, end time.Time
		timeOfDay time.Duration
		params    []string
	}{
		{"start and end beside the date", "title: X\ndate: 2023-06-01\nstart: '09:30'\nend: '10:30'", day(9, 30), day(10, 30), 0, nil},
		{"a twelve-hour start", "title: X\ndate: 2023-06-01\nstart: 9:30 AM", day(9, 30), time.Time{}, 0, nil},
		{"time wins over start", "title: X\ndate: 2023-06-01\ntime: '11:00'\nstart: '09:30'", day(11, 0), time.Time{}, 0, []string{"start"}},
		{"a full start is the date", "title: X\nstart: 2023-06-01 14:00", day(14, 0), time.Time{}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("talks/a.md", tt.fm)
			if !d.Date.Equal(tt.date) || !d.End.Equal(tt.end) || d.TimeOfDay != tt.timeOfDay {
				t.Errorf("date %v end %v time of day %v, want %v %v %v", d.Date, d.End, d.TimeOfDay, tt.date, tt.end, tt.timeOfDay)
			}
			for _, k := range tt.params {
				if _, ok := d.Params[k]; !ok {
					t.Errorf("param %q left out: %v", k, d.Params)
				}
			}
			wantDiags(t, d)
		})
	}
}
