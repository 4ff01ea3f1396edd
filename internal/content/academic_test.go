package content

import (
	"fmt"
	"testing"
)

// TestAcademicTalkFields covers the fields Hugo Academic (Wowchemy) writes
// on a scholar's talks, each read as the theme shows it.
func TestAcademicTalkFields(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"abstract beside summary is the abstract", "talk/a/index.md", "title: x\nabstract: Long A.\nsummary: Short S.",
			func(d *Document) any {
				return d.Summary + "|" + d.Extras().Abstract + "|" + fmt.Sprint(d.Params["abstract"])
			}, "Short S.|Long A.|<nil>"},
		{"abstract beside description", "talks/a.md", "title: x\ndescription: Short S.\nabstract: Long A.",
			func(d *Document) any { return d.Summary + "|" + d.Extras().Abstract }, "Short S.|Long A."},
		{"abstract alone is the summary", "talks/a.md", "title: x\nabstract: Long A.",
			func(d *Document) any { return d.Summary + "|" + d.Extras().Abstract }, "Long A.|"},
		{"abstract beside an empty summary is the summary", "talks/a.md", "title: x\nabstract: Long A.\nsummary: \"\"",
			func(d *Document) any { return d.Summary + "|" + d.Extras().Abstract }, "Long A.|"},
		{"abstract on a note beside summary", "notes/a.md", "title: x\nabstract: Long A.\nsummary: Short S.",
			func(d *Document) any { return d.Summary + "|" + d.Extras().Abstract }, "Short S.|Long A."},
		{"links without icons are a talk's materials", "talk/a/index.md", "title: x\nlinks:\n- {name: Club slides, url: intro_slides.pdf}\n- {name: Rmd source, url: 'https://github.com/x/y'}",
			func(d *Document) any { return fmt.Sprint(d.Links, len(d.Items)) }, "[{Club slides intro_slides.pdf} {Rmd source https://github.com/x/y}] 0"},
		{"url_custom is links", "talk/a/index.md", "title: x\nurl_custom: [{name: Custom Link, url: 'http://example.org'}]",
			func(d *Document) any { return fmt.Sprint(d.Links, len(d.Params)) }, "[{Custom Link http://example.org}] 0"},
		{"links of bare addresses on a talk are reading", "talks/a.md", "title: x\nlinks: ['https://r']",
			func(d *Document) any { return fmt.Sprint(len(d.Links), len(d.Items)) }, "0 1"},
		{"links without icons on a note are reading", "notes/a.md", "title: x\nlinks:\n- {name: A read, url: 'https://r'}",
			func(d *Document) any { return fmt.Sprint(len(d.Links), len(d.Items)) }, "0 1"},
		{"time_start and time_end in full are the talk's start and end", "talk/a/index.md", "title: x\ndate: 2016-04-27T00:00:00\ntime_start: 2017-03-01T13:00:00\ntime_end: 2017-03-01T15:00:00",
			func(d *Document) any { return fmt.Sprint(d.Date, "|", d.End, "|", d.Params["date"] != nil) }, "2017-03-01 13:00:00 +0000 UTC|2017-03-01 15:00:00 +0000 UTC|true"},
		{"start_time and end_time in full", "talks/a.md", "title: x\ndate: 2016-04-27\nstart_time: 2017-03-01 13:00\nend_time: 2017-03-01 15:00",
			func(d *Document) any { return fmt.Sprint(d.Date, "|", d.End) }, "2017-03-01 13:00:00 +0000 UTC|2017-03-01 15:00:00 +0000 UTC"},
		{"time_start as a time of day completes the date", "talks/a.md", "title: x\ndate: 2017-03-01\ntime_start: \"13:00\"\ntime_end: \"15:00\"",
			func(d *Document) any { return fmt.Sprint(d.Date, "|", d.End) }, "2017-03-01 13:00:00 +0000 UTC|2017-03-01 15:00:00 +0000 UTC"},
		{"an end field beats time_end", "talks/a.md", "title: x\ndate: 2017-03-01 13:00\nend: 2017-03-01 14:00\ntime_end: 2017-03-01T15:00:00",
			func(d *Document) any { return fmt.Sprint(d.End, "|", d.Params["time_end"] != nil) }, "2017-03-01 14:00:00 +0000 UTC|true"},
		{"a note's start_time in full leaves its date", "notes/a.md", "title: x\ndate: 2016-04-27T10:00:00\nstart_time: 2017-03-01T13:00:00",
			func(d *Document) any { return fmt.Sprint(d.Date) }, "2016-04-27 10:00:00 +0000 UTC"},
	})
}
