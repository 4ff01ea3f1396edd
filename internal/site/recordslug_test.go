package site

import "testing"

func TestBareSlug(t *testing.T) {
	for _, tc := range []struct {
		link string
		want bool
	}{
		{"some-book", true},
		{"My_Book2", true},
		{"", false},
		{"/books/some-book/", false},
		{"books/some-book", false},
		{"slides.pdf", false},
		{"#top", false},
		{"https://example.org", false},
		{"some-book?x=1", false},
	} {
		if got := bareSlug(tc.link); got != tc.want {
			t.Errorf("bareSlug(%q) = %v, want %v", tc.link, got, tc.want)
		}
	}
}
