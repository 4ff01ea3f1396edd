package site

import "testing"

// TestNameSegment: a tag named by its name in its URL is spelled as
// Franklin names its tag folders.
func TestNameSegment(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"one word", "julia", "julia"},
		{"words", "Machine Learning", "machine_learning"},
		{"a run of spaces", "deep   learning", "deep_learning"},
		{"hyphen and underscore kept", "e-mail and_more", "e-mail_and_more"},
		{"punctuation dropped", "Julia & R: data", "julia_r_data"},
		{"a double underscore is one", "a__b", "a_b"},
		{"letters of other scripts kept", "Café Ünïcode", "café_ünïcode"},
		{"markup dropped", "<em>fast</em> code&#39;s", "fast_codes"},
		{"spaces around dropped characters", "& b &", "b"},
		{"nothing left", "++", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := nameSegment(tt.in); got != tt.want {
				t.Errorf("nameSegment(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
