package content

import "testing"

// TestDataPageName: the names Jekyll's data page generator gives the
// pages of records (sanitize_filename): accents dropped, lower case,
// spaces hyphens, other punctuation dropped, dots kept.
func TestDataPageName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Mara Kovač", "mara-kovac"},
		{"  Iñaki Baz  ", "inaki-baz"},
		{"Case Studies – Managing VoIP", "case-studies--managing-voip"},
		{"Lessons from callstats.io", "lessons-from-callstats.io"},
		{"The 90's called: it wants your IVR back", "the-90s-called-it-wants-your-ivr-back"},
		{"Łukasz Ørsted", "lukasz-orsted"},
		{"snake_case_name", "snake_case_name"},
		{"42", "42"},
	} {
		if got := DataPageName(tc.in); got != tc.want {
			t.Errorf("DataPageName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
