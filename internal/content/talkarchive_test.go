package content

import (
	"fmt"
	"testing"
)

// TestTalkArchiveFields: an academic's list of their own talks names
// the host as "institution", dates a talk by "year: Nov. 2025" or by
// "sort_date" beside a free-text "talk_date", and writes titles with
// inline HTML.
func TestTalkArchiveFields(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"institution is the event of a talk without speakers", "talks/a.md", "title: x\ninstitution: RECSI 2022\nlocation: Santander", func(d *Document) any { return d.Event + "|" + d.Venue + "|" + d.Room }, "RECSI 2022|Santander|"},
		{"institution beside a speaker is theirs", "talks/a.md", "title: x\nspeakers: [Ada]\ninstitution: MIT", func(d *Document) any { return d.Event + "|" + fmt.Sprint(d.Params["institution"]) }, "|MIT"},
		{"year names a month", "talks/a.md", "title: x\nyear: Nov. 2025", func(d *Document) any { return d.DatePrecision.Format(d.Date, "") }, "November 2025"},
		{"sort_date dates a talk", "talks/a.md", "title: x\nsort_date: 2022-10-01", func(d *Document) any { return d.Date.Format("2006-01-02") }, "2022-10-01"},
		{"a free-text talk_date stays text beside sort_date", "talks/a.md", "title: x\ntalk_date: \"Oct. 2022 — RECSI 2022, Santander (Spain)\"\nsort_date: 2022-10-01", func(d *Document) any {
			return d.Date.Format("2006-01-02") + "|" + fmt.Sprint(d.Params["talk_date"])
		}, "2022-10-01|Oct. 2022 — RECSI 2022, Santander (Spain)"},
		{"a free-text talk_date beside a year", "talks/a.md", "title: x\ntalk_date: Given at RECSI\nyear: Oct. 2022", func(d *Document) any { return d.Date.Format("2006-01") }, "2022-10"},
		{"inline HTML in a title", "talks/a.md", "title: \"<code>rv</code>: a <em>ruby</em> manager\"", func(d *Document) any { return d.Title }, "rv: a ruby manager"},
		{"angle brackets as text stay", "talks/a.md", "title: \"Generics <T> in Java\"", func(d *Document) any { return d.Title }, "Generics <T> in Java"},
		{"a tag never closed is text", "talks/a.md", "title: \"Bold <b> or italic <i>?\"", func(d *Document) any { return d.Title }, "Bold <b> or italic <i>?"},
	})
}
