package content

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	berlin := time.FixedZone("Berlin", 2*3600)
	tests := []struct {
		in       string
		want     string // RFC 3339
		floating bool
	}{
		{"2017-08-16 11:30:00 -0500", "2017-08-16T11:30:00-05:00", false},
		{"2017-08-16 9:00:00 -0500", "2017-08-16T09:00:00-05:00", false},
		{"2022-10-17 09:30:00-07:00", "2022-10-17T09:30:00-07:00", false},
		{"2017-08-16T11:30:00Z", "2017-08-16T11:30:00Z", false},
		{"2017-08-16T11:30:00.123456Z", "2017-08-16T11:30:00.123456Z", false},
		{"2017-08-16T11:30:00+01:00", "2017-08-16T11:30:00+01:00", false},
		{"2017-08-16t11:30:00z", "2017-08-16T11:30:00Z", false},
		{"2021-01-01T12:00-0400", "2021-01-01T12:00:00-04:00", false},
		{"2017-08-16 11:30:00 +0000 UTC", "2017-08-16T11:30:00Z", false},
		{"2017-08-16 11:30:00 -0500 EST", "2017-08-16T11:30:00-05:00", false},
		{"2017-08-16 11:30 +05", "2017-08-16T11:30:00+05:00", false},
		{"2017-08-16T11:30", "2017-08-16T11:30:00+02:00", true},
		{"2017-08-16 11:30", "2017-08-16T11:30:00+02:00", true},
		{"2017-08-16 10.30am", "2017-08-16T10:30:00+02:00", true},
		{"2017-08-16 14h30", "2017-08-16T14:30:00+02:00", true},
		{"2017-08-16 at 14:30", "2017-08-16T14:30:00+02:00", true},
		{"August 16, 2017 at 2:30 PM", "2017-08-16T14:30:00+02:00", true},
		{"16 August 2017 14h30", "2017-08-16T14:30:00+02:00", true},
		{"2017-08-16", "2017-08-16T00:00:00+02:00", true},
		{"2017-8-6", "2017-08-06T00:00:00+02:00", true},
		{" 2017-08-16 ", "2017-08-16T00:00:00+02:00", true},
		{"2022/07/08", "2022-07-08T00:00:00+02:00", true},
		{"2022/7/8 10:00", "2022-07-08T10:00:00+02:00", true},
		// Day and month with the year last, in the one order a part above
		// 12 allows, or the same either way round.
		{"16/08/2017", "2017-08-16T00:00:00+02:00", true},
		{"12/25/2023 10:00", "2023-12-25T10:00:00+02:00", true},
		{"7/7/2023", "2023-07-07T00:00:00+02:00", true},
		// In words, as Astro's blog starter and RSS write dates.
		{"Jul 08 2022", "2022-07-08T00:00:00+02:00", true},
		{"July 8, 2022", "2022-07-08T00:00:00+02:00", true},
		{"8 July 2022", "2022-07-08T00:00:00+02:00", true},
		{"8th Sept. 2022", "2022-09-08T00:00:00+02:00", true},
		{"Friday, July 8th, 2022", "2022-07-08T00:00:00+02:00", true},
		{"Jul 8 2022 10:30", "2022-07-08T10:30:00+02:00", true},
		{"July 8, 2022 2:30 PM", "2022-07-08T14:30:00+02:00", true},
		{"July 8, 2022 12am", "2022-07-08T00:00:00+02:00", true},
		{"Fri, 08 Jul 2022 10:00:00 +0200", "2022-07-08T10:00:00+02:00", false},
		{"Fri, 08 Jul 2022 10:00:00 GMT", "2022-07-08T10:00:00Z", false},
		{"feb 29 2024", "2024-02-29T00:00:00+02:00", true},
		// On a twelve-hour clock, glued or not, with or without a zone.
		{"2017-08-16 11:30 PM", "2017-08-16T23:30:00+02:00", true},
		{"2017-08-16 11:30pm", "2017-08-16T23:30:00+02:00", true},
		{"2017-08-16 9am", "2017-08-16T09:00:00+02:00", true},
		{"2017-08-16 12:15 p.m.", "2017-08-16T12:15:00+02:00", true},
		{"2017-08-16 2:30 PM -0500", "2017-08-16T14:30:00-05:00", false},
		{"Sept 22, 2019 10:00am", "2019-09-22T10:00:00+02:00", true},
		{"Sept 22, 2019 10:00 a.m.", "2019-09-22T10:00:00+02:00", true},
		{"22 Sep 2019 3p.m.", "2019-09-22T15:00:00+02:00", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := parseDate(tt.in, berlin)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.t.Format(time.RFC3339Nano); got != tt.want || d.floating != tt.floating {
				t.Errorf("got %s floating=%v, want %s floating=%v", got, d.floating, tt.want, tt.floating)
			}
			if !tt.floating && d.t.Location() == time.Local && time.Local != time.UTC {
				t.Error("an offset must never become the machine's zone")
			}
		})
	}
	for _, bad := range []string{"", "32/08/2017", "11/01/23", "11/01/2023/1", "2017-13-01", "2017-02-30", "2017-08-16 25:00", "2017-08-16 13:30 PM", "2017-08-16 11:30 XM", "2017-08-16 pm", "2017-08-16T11:30+99:00", "tomorrow", "2017",
		"07/08/2022", "Feb 30 2022", "Feb 29 2023", "July 2022", "Jul 8", "8 July 2022 and more", "May the 4th 2022", "July 8 2022 13pm",
		"Jul 8 2022 PM", "Jul 8 2022 +0200", "Jul 8 2022 10:00 EST", "Monday Tuesday Jul 8 2022", "July June 8 2022", "Ju 8 2022"} {
		t.Run("bad "+bad, func(t *testing.T) {
			if d, err := parseDate(bad, time.UTC); err == nil {
				t.Errorf("parsed as %v", d.t)
			}
		})
	}
}

func TestDates(t *testing.T) {
	ny := time.FixedZone("New York", -4*3600)
	tests := []struct {
		name      string
		path      string
		src       string
		date      string
		end       string
		floating  bool
		precision Precision
		diags     []string
	}{
		{name: "offset kept", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16 11:30:00 -0500\n---\n",
			date: "2017-08-16T11:30:00-05:00"},
		{name: "no offset is in the configured zone", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16 11:30\n---\n",
			date: "2017-08-16T11:30:00-04:00", floating: true},
		{name: "YAML timestamp read from its text", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\n---\n",
			date: "2017-08-16T00:00:00-04:00", floating: true},
		{name: "TOML offset datetime", path: "talks/a.md", src: "+++\ntitle = \"x\"\ndate = 2017-08-16T11:30:00+02:00\n+++\n",
			date: "2017-08-16T11:30:00+02:00"},
		{name: "TOML local datetime", path: "talks/a.md", src: "+++\ntitle = \"x\"\ndate = 2017-08-16T11:30:00\n+++\n",
			date: "2017-08-16T11:30:00-04:00", floating: true},
		{name: "TOML local date", path: "talks/a.md", src: "+++\ntitle = \"x\"\ndate = 2017-08-16\nend = 2017-08-17\n+++\n",
			date: "2017-08-16T00:00:00-04:00", end: "2017-08-17T00:00:00-04:00", floating: true},
		{name: "end without offset takes the date's zone", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16 11:30 +0200\nend: 2017-08-16 12:30\n---\n",
			date: "2017-08-16T11:30:00+02:00", end: "2017-08-16T12:30:00+02:00"},
		{name: "file name date is floating", path: "notes/2020-02-29-leap.md", src: "---\ntitle: x\n---\n",
			date: "2020-02-29T00:00:00-04:00", floating: true},
		{name: "a file name's date suffix dates it too", path: "notes/ViennaJS-2013-11-27.md", src: "---\ntitle: x\n---\n",
			date: "2013-11-27T00:00:00-04:00", floating: true},
		{name: "without front matter the file name's date is the page's", path: "notes/2020-02-29-leap.md", src: "# Leap\n\nText.\n",
			date: "2020-02-29T00:00:00-04:00", floating: true},
		{name: "and so is a suffix's", path: "ViennaJS-2013-11-27.md", src: "# ViennaJS\n\n* one\n",
			date: "2013-11-27T00:00:00-04:00", floating: true},
		{name: "a folder named by a date dates its files", path: "2012-04-23/1-keynote.md", src: "# Keynote\n\nText.\n",
			date: "2012-04-23T00:00:00-04:00", floating: true},
		{name: "and those with front matter", path: "notes/2012-04-23/b.md", src: "---\ntitle: x\n---\n",
			date: "2012-04-23T00:00:00-04:00", floating: true},
		{name: "the front matter's date wins over the folder's", path: "2012-04-23/c.md", src: "---\ntitle: x\ndate: 2012-04-24\n---\n",
			date: "2012-04-24T00:00:00-04:00", floating: true},
		{name: "a folder whose name only starts with a date does not", path: "2012-04-23-day1/d.md", src: "# D\n\nText.\n"},
		{name: "a suffix that is no date does not", path: "notes/v-2013-13-27.md", src: "---\ntitle: x\n---\n"},
		{name: "false is no date, and no fault", path: "talks/a.md", src: "---\ntitle: x\ndate: false\n---\n"},
		{name: "true is no date", path: "talks/a.md", src: "---\ntitle: x\ndate: true\n---\n",
			diags: []string{`content/talks/a.md:3:7: warning: cannot read "date" value "true" as a date; write it like 2017-08-16, 2017-08-16 11:30, 2017-08-16 11:30:00 -0500, 2017-08-16T11:30:00-05:00 or Aug 16 2017`}},
		{name: "unparseable date", path: "talks/a.md", src: "---\ntitle: x\ndate: 16/18/2017\n---\n",
			diags: []string{`content/talks/a.md:3:7: warning: cannot read "date" value "16/18/2017" as a date; write it like 2017-08-16, 2017-08-16 11:30, 2017-08-16 11:30:00 -0500, 2017-08-16T11:30:00-05:00 or Aug 16 2017`}},
		{name: "a day above 12 says the order", path: "talks/a.md", src: "---\ntitle: x\ndate: 16/08/2017\n---\n",
			date: "2017-08-16T00:00:00-04:00", floating: true},
		{name: "a year alone dates the talk by its year", path: "talks/a.md", src: "---\ntitle: x\ndate: 2019\n---\n",
			date: "2019-01-01T00:00:00-04:00", floating: true, precision: PrecisionYear},
		{name: "a quoted year and month", path: "talks/a.md", src: "---\ntitle: x\ndate: \"2019-05\"\n---\n",
			date: "2019-05-01T00:00:00-04:00", floating: true, precision: PrecisionMonth},
		{name: "a month with a slash", path: "talks/a.md", src: "---\ntitle: x\ndate: 2019/5\n---\n",
			date: "2019-05-01T00:00:00-04:00", floating: true, precision: PrecisionMonth},
		{name: "a month in words", path: "talks/a.md", src: "---\ntitle: x\ndate: May 2019\n---\n",
			date: "2019-05-01T00:00:00-04:00", floating: true, precision: PrecisionMonth},
		{name: "an abbreviated month in words", path: "talks/a.md", src: "---\ntitle: x\ndate: Sept. 2019\n---\n",
			date: "2019-09-01T00:00:00-04:00", floating: true, precision: PrecisionMonth},
		{name: "a TOML year", path: "talks/a.md", src: "+++\ntitle = \"x\"\ndate = 2019\n+++\n",
			date: "2019-01-01T00:00:00-04:00", floating: true, precision: PrecisionYear},
		{name: "a season is read as its year, with a warning", path: "talks/a.md", src: "---\ntitle: x\ndate: Spring 2019\n---\n",
			date: "2019-01-01T00:00:00-04:00", floating: true, precision: PrecisionYear,
			diags: []string{`content/talks/a.md:3:7: warning: "date" value "Spring 2019" names no month: it is read as the year 2019; write the month, like May 2019`}},
		{name: "a thirteenth month is not a date", path: "talks/a.md", src: "---\ntitle: x\ndate: 2019-13\n---\n",
			diags: []string{`content/talks/a.md:3:7: warning: cannot read "date" value "2019-13" as a date; write it like 2017-08-16, 2017-08-16 11:30, 2017-08-16 11:30:00 -0500, 2017-08-16T11:30:00-05:00 or Aug 16 2017`}},
		{name: "a talk's year field dates it", path: "talks/a.md", src: "---\ntitle: x\nyear: 2018\n---\n",
			date: "2018-01-01T00:00:00-04:00", floating: true, precision: PrecisionYear},
		{name: "a date field beats the year field", path: "talks/a.md", src: "---\ntitle: x\nyear: 2018\ndate: 2018-06-01\n---\n",
			date: "2018-06-01T00:00:00-04:00", floating: true},
		{name: "a note's year field stays in Params", path: "notes/a.md", src: "---\ntitle: x\nyear: 2018\n---\n"},
		{name: "a time beside a year is ignored, with a warning", path: "talks/a.md", src: "---\ntitle: x\ndate: 2019\ntime: 10:00\n---\n",
			date: "2019-01-01T00:00:00-04:00", floating: true, precision: PrecisionYear,
			diags: []string{`content/talks/a.md:4:7: warning: "time" value "10:00" needs a day, and the date names only a month or a year; the time is ignored`}},
		{name: "an end names its day", path: "talks/a.md", src: "---\ntitle: x\ndate: 2019-05-01\nend: 2019-06\n---\n",
			date: "2019-05-01T00:00:00-04:00", floating: true,
			diags: []string{`content/talks/a.md:4:6: warning: "end" value "2019-06" names no day; the field is ignored; write the day, like 2019-06-01`}},
		{name: "end before date", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16 11:30\nend: 2017-08-16 10:00\n---\n",
			date: "2017-08-16T11:30:00-04:00", floating: true,
			diags: []string{`content/talks/a.md:4:6: warning: the end (2017-08-16 10:00) is before the date (2017-08-16 11:30); the end is ignored`}},
		{name: "end in an earlier year, on the date's day", path: "talks/a.md", src: "---\ntitle: x\ndate: 2023-10-19 09:00:00-04:00\nend_date: 2022-10-19 17:00:00-04:00\n---\n",
			date: "2023-10-19T09:00:00-04:00", end: "2023-10-19T17:00:00-04:00",
			diags: []string{`content/talks/a.md:4:11: warning: the end (2022-10-19 17:00) is before the date (2023-10-19 09:00), on its day of another year: it is read as 2023-10-19 17:00; correct the end's year`}},
		{name: "end in an earlier year, before the date's time", path: "talks/a.md", src: "---\ntitle: x\ndate: 2023-10-19 09:00\nend: 2022-10-19 08:00\n---\n",
			date: "2023-10-19T09:00:00-04:00", floating: true,
			diags: []string{`content/talks/a.md:4:6: warning: the end (2022-10-19 08:00) is before the date (2023-10-19 09:00); the end is ignored`}},
		{name: "bad duration", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16 11:30\nduration: long\n---\n",
			date: "2017-08-16T11:30:00-04:00", floating: true,
			diags: []string{`content/talks/a.md:4:11: warning: cannot read "duration" value "long" as a length of time; write minutes (45) or a duration like 45m, 1h30m or 1:30`}},
		{name: "time on a twelve-hour clock completes the date", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 2:30 PM\n---\n",
			date: "2017-08-16T14:30:00-04:00", floating: true},
		{name: "time with a full stop, British style", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 10.30am\n---\n",
			date: "2017-08-16T10:30:00-04:00", floating: true},
		{name: "time with an h, French style", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 14h30 - 15h\n---\n",
			date: "2017-08-16T14:30:00-04:00", end: "2017-08-16T15:00:00-04:00", floating: true},
		{name: "time range gives the end", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 10:00 - 10:45\n---\n",
			date: "2017-08-16T10:00:00-04:00", end: "2017-08-16T10:45:00-04:00", floating: true},
		{name: "time range's start takes the end's pm", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 2:30–3:15pm\n---\n",
			date: "2017-08-16T14:30:00-04:00", end: "2017-08-16T15:15:00-04:00", floating: true},
		{name: "time range across noon starts in the morning", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 11:30 to 12:15 PM\n---\n",
			date: "2017-08-16T11:30:00-04:00", end: "2017-08-16T12:15:00-04:00", floating: true},
		{name: "start_time and end_time beside a day", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\nstartTime: \"9:50\"\nend_time: \"10:20\"\n---\n",
			date: "2017-08-16T09:50:00-04:00", end: "2017-08-16T10:20:00-04:00", floating: true},
		{name: "an end field beats a time range's end", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 10:00 - 10:45\nend: 11:00\n---\n",
			date: "2017-08-16T10:00:00-04:00", end: "2017-08-16T11:00:00-04:00", floating: true},
		{name: "end on a twelve-hour clock", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16 1:00 PM\nend: 1:45 PM\n---\n",
			date: "2017-08-16T13:00:00-04:00", end: "2017-08-16T13:45:00-04:00", floating: true},
		{name: "unreadable time warns", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: after lunch\n---\n",
			date: "2017-08-16T00:00:00-04:00", floating: true,
			diags: []string{`content/talks/a.md:4:7: warning: cannot read "time" value "after lunch" as a time of day; write it like 14:30, 2:30 PM or 14:30 - 15:15`}},
		{name: "four-digit time completes the date as hours and minutes", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16\ntime: 1330\n---\n",
			date: "2017-08-16T13:30:00-04:00", floating: true},
		{name: "four-digit time alone is no year", path: "talks/a.md", src: "---\ntitle: x\ntime: \"1300\"\n---\n"},
		{name: "four digits that are no time of day warn", path: "talks/a.md", src: "---\ntitle: x\ntime: 2575\n---\n",
			diags: []string{`content/talks/a.md:3:7: warning: cannot read "time" value "2575" as a time of day: four digits are hours and minutes (1330 is 13:30); write it like 14:30`}},
		{name: "time beside a date with a clock is left alone", path: "talks/a.md", src: "---\ntitle: x\ndate: 2017-08-16 09:00\ntime: after lunch\n---\n",
			date: "2017-08-16T09:00:00-04:00", floating: true},
		{name: "Eleventy's git Last Modified is the file's date", path: "notes/a.md", src: "---\ntitle: x\ndate: git Last Modified\n---\n"},
		{name: "Eleventy's Created likewise", path: "notes/a.md", src: "---\ntitle: x\ndate: Created\n---\n"},
		// An event's days written as one text, as conference sites show
		// them: its first day and its last.
		{name: "an event's days before the month", path: "events/summit.md", src: "---\nkind: event\nname: Summit\neventDate: 21 - 24 May 2025\n---\n",
			date: "2025-05-21T00:00:00-04:00", end: "2025-05-24T00:00:00-04:00", floating: true},
		{name: "an event's days with a slash", path: "events/summit.md", src: "---\nkind: event\nname: Summit\ndate: 27/28 July 2025\n---\n",
			date: "2025-07-27T00:00:00-04:00", end: "2025-07-28T00:00:00-04:00", floating: true},
		{name: "an event's days after the month, its end field first", path: "events/summit.md", src: "---\nkind: event\nname: Summit\ndate: August 7-9, 2019\nend: 2019-08-09 17:00\n---\n",
			date: "2019-08-07T00:00:00-04:00", end: "2019-08-09T17:00:00-04:00", floating: true},
		{name: "a talk's days are no date", path: "talks/a.md", src: "---\ntitle: x\ndate: 21 - 24 May 2025\n---\n",
			diags: []string{`content/talks/a.md:3:7: warning: cannot read "date" value "21 - 24 May 2025" as a date; write it like 2017-08-16, 2017-08-16 11:30, 2017-08-16 11:30:00 -0500, 2017-08-16T11:30:00-05:00 or Aug 16 2017`}},
		// A data file may date it yet: the model warns (site's
		// TestDurationCountsFromJoinedDate).
		{name: "duration without date waits for one", path: "talks/a.md", src: "---\ntitle: x\nduration: 45\n---\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/"+tt.path, []byte(tt.src), Options{Location: ny})
			if got := rfc3339(d.Date); got != tt.date {
				t.Errorf("date %q, want %q", got, tt.date)
			}
			if got := rfc3339(d.End); got != tt.end {
				t.Errorf("end %q, want %q", got, tt.end)
			}
			if d.Floating != tt.floating {
				t.Errorf("floating %v, want %v", d.Floating, tt.floating)
			}
			if d.DatePrecision != tt.precision {
				t.Errorf("precision %v, want %v", d.DatePrecision, tt.precision)
			}
			wantDiags(t, d, tt.diags...)
		})
	}
}

func TestDefaultLocationIsUTC(t *testing.T) {
	d := Parse("content/talks/a.md", []byte("---\ntitle: x\ndate: 2017-08-16 11:30\n---\n"), Options{})
	if d.Date.Location() != time.UTC || !d.Floating {
		t.Errorf("date %v in %v floating=%v, want UTC and floating", d.Date, d.Date.Location(), d.Floating)
	}
}

func TestParseDuration(t *testing.T) {
	tests := map[string]time.Duration{
		"45": 45 * time.Minute, "45m": 45 * time.Minute, "1h30m": 90 * time.Minute,
		"1:30": 90 * time.Minute, "45 min": 45 * time.Minute, "90 minutes": 90 * time.Minute,
		"1 hour": time.Hour, "1 hr 30 min": 90 * time.Minute, "1h 30m": 90 * time.Minute,
		"1 hour and 30 minutes": 90 * time.Minute, "PT45M": 45 * time.Minute, "PT1H30M": 90 * time.Minute,
		"1.5 hours": 90 * time.Minute, "2 Hours": 2 * time.Hour,
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got, ok := parseDuration(in); !ok || got != want {
				t.Errorf("got %v %v, want %v", got, ok, want)
			}
		})
	}
	for _, bad := range []string{"", "0", "-5", "long", "1:75", "5x", "PT", "an hour", "PT0M"} {
		t.Run("bad "+bad, func(t *testing.T) {
			if got, ok := parseDuration(bad); ok {
				t.Errorf("parsed as %v", got)
			}
		})
	}
}

// FuzzParseDate: any text either is no date or is one whose day the
// text names, and never panics.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2017-08-16 11:30:00 -0500", "Jul 08 2022", "Fri, 08 Jul 2022 10:00:00 GMT", "8th Sept. 2022 2pm", "2022/7/8", "may 4 2022"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDate(s, time.UTC)
		if err != nil {
			return
		}
		if d.t.Year() < 0 || d.t.Year() > 9999 {
			t.Errorf("%q read as %v", s, d.t)
		}
		if !d.floating && d.t.Location() == time.Local && time.Local != time.UTC {
			t.Errorf("%q: an offset became the machine's zone", s)
		}
	})
}

// TestMonthFirst: a date whose day and month could be either way round
// (11/01/2023) is read month first where the site's tool reads dates as
// JavaScript does, and is no date elsewhere, with a warning naming both
// readings; one a part above 12 orders is read the same either way.
func TestMonthFirst(t *testing.T) {
	for _, tc := range []struct {
		name, date string
		monthFirst bool
		want, warn string
	}{
		{"JavaScript's order", "11/01/2023", true, "2023-11-01", ""},
		{"JavaScript's order, a time of day", "1/2/2023 14:30", true, "2023-01-02", ""},
		{"a day above 12 first", "25/12/2023", true, "2023-12-25", ""},
		{"no month", "13/14/2023", true, "", `t.md:3:7: warning: cannot read "date" value "13/14/2023" as a date; ` + acceptedDates},
		{"a day above 12 second", "12/25/2023", false, "2023-12-25", ""},
		{"a day above 12 first, elsewhere", "25/12/2023", false, "2023-12-25", ""},
		{"either way round, elsewhere", "11/01/2023", false, "", `t.md:3:7: warning: cannot read "date" value "11/01/2023" as a date: the day and the month could be either way round; write 2023-11-01 (1 November) or 2023-01-11 (11 January)`},
		{"dashes, a day above 12 first", "31-10-2014", false, "2014-10-31", ""},
		{"dashes, a time of day", "26-09-2014 19:00:00", false, "2014-09-26", ""},
		{"dashes, either way round", "05-06-2014", false, "", `t.md:3:7: warning: cannot read "date" value "05-06-2014" as a date: the day and the month could be either way round; write 2014-05-06 (6 May) or 2014-06-05 (5 June)`},
		{"dashes and slashes mixed", "31-10/2014", false, "", `t.md:3:7: warning: cannot read "date" value "31-10/2014" as a date; ` + acceptedDates},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse("t.md", []byte("---\ntitle: T\ndate: \""+tc.date+"\"\n---\nBody.\n"), Options{MonthFirst: tc.monthFirst})
			got := ""
			if !d.Date.IsZero() {
				got = d.Date.Format(time.DateOnly)
			}
			if warn := strings.Join(d.Diags.Strings(), "\n"); got != tc.want || warn != tc.warn {
				t.Errorf("date %q, diagnostics %q; want %q, %q", got, warn, tc.want, tc.warn)
			}
		})
	}
}
