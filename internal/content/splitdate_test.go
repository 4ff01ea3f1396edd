package content

import (
	"testing"
	"time"
)

// TestSplitDateFields reads a talk dated by a year, a month and a day
// written in fields of their own, as research groups' and speakers'
// _data/presentations.yml write them: the month and the day make the
// year's date finer, a month or day that is none leaves it coarser, and
// on another kind the fields date nothing (a year there may be a book's).
func TestSplitDateFields(t *testing.T) {
	tests := []struct {
		name, text string
		kind       Kind
		want       string // the date at its precision, "" for none
	}{
		{name: "month name and day", kind: KindTalk, text: "title: A\nyear: 2022\nmonth: November\nday: 16\n", want: "2022-11-16"},
		{name: "month number", kind: KindTalk, text: "title: A\nyear: 2026\nmonth: 5\nmonth_name: May\n", want: "2026-05"},
		{name: "short month name", kind: KindTalk, text: "title: A\nyear: 2019\nmonth: Sept.\n", want: "2019-09"},
		{name: "a range of days", kind: KindTalk, text: "title: A\nyear: 2021\nmonth: April\nday: 8-10\n", want: "2021-04"},
		{name: "no day of that month", kind: KindTalk, text: "title: A\nyear: 2021\nmonth: 2\nday: 30\n", want: "2021-02"},
		{name: "no month", kind: KindTalk, text: "title: A\nyear: 2021\nmonth: 13\nday: 3\n", want: "2021"},
		{name: "a year alone", kind: KindTalk, text: "title: A\nyear: 2017\n", want: "2017"},
		{name: "a date wins", kind: KindTalk, text: "title: A\ndate: 2020-03-04\nyear: 2017\nmonth: 5\n", want: "2020-03-04"},
		{name: "not a talk", kind: KindNote, text: "title: A\nyear: 2022\nmonth: November\nday: 16\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := DecodeData("data/presentations.yml", []byte(tt.text), time.UTC)
			if v == nil || len(diags) > 0 {
				t.Fatalf("decode: %v", diags)
			}
			doc := Record(v, RecordOptions{Path: "presentations", Kind: tt.kind})
			got := ""
			if !doc.Date.IsZero() {
				got = doc.DatePrecision.ISO(doc.Date)
			}
			if got != tt.want {
				t.Errorf("date %q, want %q", got, tt.want)
			}
			if len(doc.Diags) > 0 {
				t.Errorf("diagnostics %q; want none", doc.Diags.Strings())
			}
		})
	}
}
