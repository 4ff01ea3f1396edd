package content

import (
	"testing"
	"time"
)

func TestParsePartialDate(t *testing.T) {
	tests := []struct {
		in        string
		want      string // RFC 3339 in UTC; "" when not a partial date
		precision Precision
		named     bool
	}{
		{in: "2019", want: "2019-01-01T00:00:00Z", precision: PrecisionYear, named: true},
		{in: " 2019 ", want: "2019-01-01T00:00:00Z", precision: PrecisionYear, named: true},
		{in: "2019-05", want: "2019-05-01T00:00:00Z", precision: PrecisionMonth, named: true},
		{in: "2019-5", want: "2019-05-01T00:00:00Z", precision: PrecisionMonth, named: true},
		{in: "2019/12", want: "2019-12-01T00:00:00Z", precision: PrecisionMonth, named: true},
		{in: "May 2019", want: "2019-05-01T00:00:00Z", precision: PrecisionMonth, named: true},
		{in: "september 2019", want: "2019-09-01T00:00:00Z", precision: PrecisionMonth, named: true},
		{in: "Sept. 2019", want: "2019-09-01T00:00:00Z", precision: PrecisionMonth, named: true},
		{in: "Spring 2019", want: "2019-01-01T00:00:00Z", precision: PrecisionYear},
		{in: "2019-00"},
		{in: "2019-13"},
		{in: "19"},
		{in: "2019-05-14"},
		{in: "May 14 2019"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, named, ok := parsePartialDate(tt.in, time.UTC)
			if !ok {
				if tt.want != "" {
					t.Fatalf("not read, want %s", tt.want)
				}
				return
			}
			if got := d.t.Format(time.RFC3339); got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
			if d.precision != tt.precision || named != tt.named || !d.floating {
				t.Errorf("precision %v, named %v, floating %v; want %v, %v, true", d.precision, named, d.floating, tt.precision, tt.named)
			}
		})
	}
}

func TestPrecisionFormat(t *testing.T) {
	day := time.Date(2019, 5, 14, 10, 30, 0, 0, time.UTC)
	tests := []struct {
		name      string
		p         Precision
		text, iso string
	}{
		{name: "day", p: PrecisionDay, text: "14 May 2019", iso: "2019-05-14"},
		{name: "month", p: PrecisionMonth, text: "May 2019", iso: "2019-05"},
		{name: "year", p: PrecisionYear, text: "2019", iso: "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Format(day, "2 January 2006"); got != tt.text {
				t.Errorf("Format %q, want %q", got, tt.text)
			}
			if got := tt.p.ISO(day); got != tt.iso {
				t.Errorf("ISO %q, want %q", got, tt.iso)
			}
			if tt.p.Format(time.Time{}, "2006") != "" || tt.p.ISO(time.Time{}) != "" {
				t.Error("a zero date is not empty")
			}
		})
	}
}
