package content

import "testing"

// TestBreaks checks that programme items named as pauses, without a
// speaker, are breaks whatever category they were filed under.
func TestBreaks(t *testing.T) {
	tests := []struct {
		name, src, format string
	}{
		{"a break filed as a tutorial", "title: Break\ncategory: tutorial\n", "break"},
		{"lunch filed with the talks", "title: Early Lunch\ncategory: talks\n", "break"},
		{"continental breakfast", "title: Continental Breakfast\ncategory: talk\n", "break"},
		{"registration and coffee", "title: Registration & Coffee\n", "break"},
		{"doors open", "title: Doors open\ntype: keynote\n", "break"},
		{"a format that names a pause", "title: Midday\ntype: lunch\n", "break"},
		{"morning tea", "title: Morning tea\n", "break"},
		{"a break numbered in words", "title: Break one\n", "break"},
		{"a talk numbered in words", "title: Chapter one\ncategory: talk\n", "talk"},
		{"a talk about breaks has a speaker", "title: Break\nspeakers: [Ada]\ncategory: talk\n", "talk"},
		{"a talk whose title holds other words", "title: Breaking the monolith\ncategory: talk\n", "talk"},
		{"lunch and learn", "title: Lunch and learn with Django\ncategory: talk\n", "talk"},
		{"a quiet room is open all day, not a talk", "title: Quiet Room\ncategory: tutorial\n", "break"},
		{"a speaker green room", "title: Speaker Green Room\ncategory: talks\n", "break"},
		{"a talk about a room", "title: The room where it happens\ncategory: talk\n", "talk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/talks/a.md", []byte("---\n"+tt.src+"---\n"), Options{})
			if d.Kind != KindTalk || d.Format != tt.format {
				t.Errorf("kind %q, format %q, want talk, %q", d.Kind, d.Format, tt.format)
			}
		})
	}
}
