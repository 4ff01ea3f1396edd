package content

import (
	"testing"
	"time"
)

// A talk's session (or slot, timeslot) holding a time of day is its
// start, as "time" is; a date JavaScript wrote as midnight UTC beside a
// time of day written apart is that day in the site's zone.
func TestSessionTime(t *testing.T) {
	ny := time.FixedZone("New York", -4*3600)
	for _, tt := range []struct {
		name, path, src string
		date, end       string // RFC 3339, "" for none
		floating        bool
		params          []string // keys that stay in Params
	}{
		{name: "a session time completes the date", path: "talks/a.md", src: "title: x\ndate: 2019-10-17\nsession: 9:30am",
			date: "2019-10-17T09:30:00-04:00", floating: true},
		{name: "a slot on a 24-hour clock", path: "talks/a.md", src: "title: x\ndate: 2019-10-17\nslot: \"13:00\"",
			date: "2019-10-17T13:00:00-04:00", floating: true},
		{name: "a timeslot range gives the end", path: "talks/a.md", src: "title: x\ndate: 2019-10-17\ntimeslot: 9:30 - 10:15",
			date: "2019-10-17T09:30:00-04:00", end: "2019-10-17T10:15:00-04:00", floating: true},
		{name: "time beats session", path: "talks/a.md", src: "title: x\ndate: 2019-10-17\ntime: 10:00\nsession: 9:30am",
			date: "2019-10-17T10:00:00-04:00", floating: true, params: []string{"session"}},
		{name: "a session's name is no time", path: "talks/a.md", src: "title: x\ndate: 2019-10-17\nsession: Morning",
			date: "2019-10-17T00:00:00-04:00", floating: true, params: []string{"session"}},
		{name: "a session's number is no time", path: "talks/a.md", src: "title: x\ndate: 2019-10-17\nsession: 1024",
			date: "2019-10-17T00:00:00-04:00", floating: true, params: []string{"session"}},
		{name: "a note's session stays in Params", path: "notes/a.md", src: "title: x\ndate: 2019-10-17\nsession: 9:30am",
			date: "2019-10-17T00:00:00-04:00", floating: true, params: []string{"session"}},
		{name: "JavaScript's midnight UTC with a session time", path: "talks/a.md", src: "title: x\ndate: 2019-10-17T00:00:00.000Z\nsession: 9:30am",
			date: "2019-10-17T09:30:00-04:00", floating: true},
		{name: "midnight UTC without milliseconds with a time", path: "talks/a.md", src: "title: x\ndate: 2019-10-17T00:00:00Z\ntime: 14:00 - 14:45",
			date: "2019-10-17T14:00:00-04:00", end: "2019-10-17T14:45:00-04:00", floating: true},
		{name: "midnight UTC alone stays the instant", path: "talks/a.md", src: "title: x\ndate: 2019-10-17T00:00:00.000Z",
			date: "2019-10-17T00:00:00Z"},
		{name: "midnight at an offset is no such day", path: "talks/a.md", src: "title: x\ndate: 2019-10-17T00:00:00+02:00\nsession: 9:30am",
			date: "2019-10-17T00:00:00+02:00", params: []string{"session"}},
		{name: "another UTC time is left alone", path: "talks/a.md", src: "title: x\ndate: 2019-10-17T08:00:00.000Z\ntime: 9:30am",
			date: "2019-10-17T08:00:00Z", params: []string{"time"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/"+tt.path, []byte("---\n"+tt.src+"\n---\n"), Options{Location: ny})
			if got := rfc3339(d.Date); got != tt.date {
				t.Errorf("date %q, want %q", got, tt.date)
			}
			if got := rfc3339(d.End); got != tt.end {
				t.Errorf("end %q, want %q", got, tt.end)
			}
			if d.Floating != tt.floating {
				t.Errorf("floating %v, want %v", d.Floating, tt.floating)
			}
			for _, k := range tt.params {
				if _, ok := d.Params[k]; !ok {
					t.Errorf("%s not in Params %v", k, d.Params)
				}
			}
			wantDiags(t, d)
		})
	}
}
