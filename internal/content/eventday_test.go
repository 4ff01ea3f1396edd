package content

import (
	"testing"
	"time"
)

// TestEventDayFields: a talk no field dates that names a day of its
// event ("day: 2", "day: Day 1", "day: Saturday") keeps it in
// EventDay, with its time of day from "time", "startTime" or a "start"
// holding a time alone, and the time it ends from an "end" or "endTime"
// holding one, or a range in "time"; a dated talk, another kind, or a day that is no
// day of an event names none.
func TestEventDayFields(t *testing.T) {
	tests := []struct {
		name, path, fm string
		want           EventDay
		clock          string // the time of day, "" for none
	}{
		{"number", "talks/a.md", "title: A\nday: 2\nstartTime: \"10:30\"", EventDay{N: 2, Bare: true}, "10:30"},
		{"label", "talks/a.md", "title: A\nday: \"Day 1\"\ntime: 9:15AM", EventDay{N: 1}, "09:15"},
		{"label with a hyphen", "talks/a.md", "title: A\nday: day-3", EventDay{N: 3}, ""},
		{"weekday", "talks/a.md", "title: A\nday: Saturday\nstart: \"14:00\"", EventDay{Weekday: time.Saturday, ByWeekday: true}, "14:00"},
		{"short weekday", "talks/a.md", "title: A\nday: wed.", EventDay{Weekday: time.Wednesday, ByWeekday: true}, ""},
		{"end", "talks/a.md", "title: A\nday: 2\nstart: \"10:30\"\nend: \"11:15\"", EventDay{N: 2, End: 11*time.Hour + 15*time.Minute, HasEnd: true, Bare: true}, "10:30"},
		{"endTime", "talks/a.md", "title: A\nday: 1\nstartTime: \"10:00\"\nendTime: \"10:45\"", EventDay{N: 1, End: 10*time.Hour + 45*time.Minute, HasEnd: true, Bare: true}, "10:00"},
		{"a range of times", "talks/a.md", "title: A\nday: Friday\ntime: 10:00 - 10:45", EventDay{Weekday: time.Friday, ByWeekday: true, End: 10*time.Hour + 45*time.Minute, HasEnd: true}, "10:00"},
		{"dated talk", "talks/a.md", "title: A\nday: 2\ndate: 2024-06-10 10:00", EventDay{}, ""},
		{"day zero, as written until the site says how it counts", "talks/a.md", "title: A\nday: 0", EventDay{Bare: true}, ""},
		{"words", "talks/a.md", "title: A\nday: morning", EventDay{}, ""},
		{"a note", "notes/a.md", "title: A\nday: 2", EventDay{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			wantDiags(t, d)
			if d.Extras().EventDay != tt.want {
				t.Errorf("EventDay = %+v, want %+v", d.Extras().EventDay, tt.want)
			}
			clock := ""
			if d.HasTimeOfDay {
				clock = time.Time{}.Add(d.TimeOfDay).Format("15:04")
			}
			if clock != tt.clock {
				t.Errorf("time of day %q, want %q", clock, tt.clock)
			}
			if !tt.want.IsZero() {
				if _, ok := d.Params["day"]; !ok {
					t.Errorf("day is not in Params: %v", d.Params)
				}
			}
		})
	}
}

// TestEventDayOf: a day number counts from the event's first day in its
// zone, and a weekday is the first day of the event on it.
func TestEventDayOf(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip(err)
	}
	start := time.Date(2024, 6, 9, 23, 30, 0, 0, time.UTC) // Monday 10 June in Berlin
	for _, tt := range []struct {
		day  EventDay
		want string
	}{
		{EventDay{N: 1}, "2024-06-10"},
		{EventDay{N: 3}, "2024-06-12"},
		{EventDay{Weekday: time.Monday, ByWeekday: true}, "2024-06-10"},
		{EventDay{Weekday: time.Sunday, ByWeekday: true}, "2024-06-16"},
	} {
		if got := tt.day.Of(start, berlin).Format(time.DateOnly); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.day, got, tt.want)
		}
	}
}

// TestDayDate: a talk's "day" written as a whole date, with no other
// field dating it, is its date ("day: 2024-05-02" beside "time: 10:30",
// or beside a year, which it beats), and stays in Params; a day of the
// event, a month, another date field, or a day on a note dates nothing
// by it.
func TestDayDate(t *testing.T) {
	tests := []struct {
		name, path, fm string
		want           string // the date, "" for none
	}{
		{"a date and a time", "talks/a.md", "title: A\nday: 2024-05-02\ntime: \"10:30\"", "2024-05-02 10:30"},
		{"a date beside a year", "talks/a.md", "title: A\nyear: 2019\nday: 2019-05-14", "2019-05-14 00:00"},
		{"quoted", "talks/a.md", "title: A\nday: \"2024-05-03\"", "2024-05-03 00:00"},
		{"a date field first", "talks/a.md", "title: A\ndate: 2024-06-10\nday: 2024-05-02", "2024-06-10 00:00"},
		{"a day of the event", "talks/a.md", "title: A\nday: 2", ""},
		{"a month", "talks/a.md", "title: A\nday: May 2024", ""},
		{"a note", "notes/a.md", "title: A\nday: 2024-05-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			got := ""
			if !d.Date.IsZero() {
				got = d.Date.Format("2006-01-02 15:04")
			}
			if got != tt.want {
				t.Errorf("date %q, want %q", got, tt.want)
			}
			if _, ok := d.Params["day"]; !ok {
				t.Errorf("day is not in Params: %v", d.Params)
			}
		})
	}
}
