package content

import (
	"testing"
	"time"
)

// TestDataYAML11Times checks that a data file's plain scalars of YAML
// 1.1's timestamp shape are times, as Ruby's YAML and js-yaml type them,
// and that quoted text and other shapes stay text.
func TestDataYAML11Times(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	for _, tc := range []struct {
		name, src string
		want      any
	}{
		{"one-digit day, zone after a space", "d: 2014-12-8 18:00:00 -0500", time.Date(2014, 12, 8, 18, 0, 0, 0, est)},
		{"two-digit day, zone after a space", "d: 2014-09-08 18:00:00 -0500", time.Date(2014, 9, 8, 18, 0, 0, 0, est)},
		{"one-digit hour, T", "d: 2015-2-2T9:05:00Z", time.Date(2015, 2, 2, 9, 5, 0, 0, time.UTC)},
		{"quoted stays text", `d: "2014-12-8 18:00:00 -0500"`, "2014-12-8 18:00:00 -0500"},
		{"no seconds stays text", "d: 2014-12-8 18:00 -0500", "2014-12-8 18:00 -0500"},
		{"a word after stays text", "d: 2014-12-8 18:00:00 EST", "2014-12-8 18:00:00 EST"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, diags := DecodeData("_data/m.yml", []byte(tc.src), time.UTC)
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			got := v.Get("d").Plain(time.UTC)
			if want, ok := tc.want.(time.Time); ok {
				g, isTime := got.(time.Time)
				if !isTime || !g.Equal(want) {
					t.Fatalf("got %#v, want the time %v", got, want)
				}
				_, off := g.Zone()
				if _, wantOff := want.Zone(); off != wantOff {
					t.Errorf("got offset %d, want %d", off, wantOff)
				}
				return
			}
			if got != tc.want {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}
