package content

import "testing"

// TestTermSlug: languages named by a symbol after their letter are terms
// of their own; symbols elsewhere are dropped as Slugify drops them.
func TestTermSlug(t *testing.T) {
	for in, want := range map[string]string{
		"C": "c", "C#": "c-sharp", "C++": "c-plus-plus", "F#": "f-sharp", "Notepad++": "notepad-plus-plus",
		".NET": "net", "#100DaysOfCode": "100daysofcode", "a + b": "a-b", "Go": "go",
	} {
		if got := TermSlug(in); got != want {
			t.Errorf("TermSlug(%q) = %q, want %q", in, got, want)
		}
	}
}
