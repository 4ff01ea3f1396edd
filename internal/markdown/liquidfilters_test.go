package markdown

import "testing"

// TestDateFilterShortForms checks that the date filter reads a date
// whose month, day or hour has one digit as it reads the same date
// written with two, as Jekyll's does.
func TestDateFilterShortForms(t *testing.T) {
	l := NewLiquid(nil, nil, "", "")
	for _, tc := range []struct{ name, in, format, want string }{
		{"one-digit day, time and offset", "2014-12-8 18:00:00 -0500", "%B %d, %Y %H:%M %z", "December 08, 2014 18:00 -0500"},
		{"one-digit month, date alone", "2015-2-22", "%B %d, %Y", "February 22, 2015"},
		{"one-digit month and day", "2015-2-3", "%Y-%m-%d", "2015-02-03"},
		{"one-digit hour", "2015-02-22 9:30", "%H:%M", "09:30"},
		{"T and offset without a space", "2015-2-2T9:05:00-04:00", "%d %H:%M %z", "02 09:05 -0400"},
		{"two digits still read", "2014-09-08 18:00:00 -0500", "%B %d, %Y", "September 08, 2014"},
		{"not a date is left as it is", "2015-2-22 soon", "%Y", "2015-2-22 soon"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := l.RenderWith([]byte(`{{ d | date: "`+tc.format+`" }}`), map[string]any{"d": tc.in})
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
