package content

import (
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chaos Engineering", "chaos-engineering"},
		// Past maxSlug bytes: cut at the last hyphen within it, or at a
		// letter's boundary (日 is three bytes: 40 of them are 120).
		{strings.Repeat("Supercalifragilistic ", 10), strings.TrimSuffix(strings.Repeat("supercalifragilistic-", 5), "-")},
		{strings.Repeat("日", 50), strings.Repeat("日", 40)},
		{strings.Repeat("a", 130), strings.Repeat("a", 120)},
		{"José Müller", "jose-muller"},
		{"Jose\u0301 Mu\u0308ller", "jose-muller"},
		{"Développement", "developpement"},
		{"日本語", "日本語"},
		{"がっこう", "がっこう"},
		{"か\u3099", "が"},
		{"हिन्दी भाषा", "हिन्दी-भाषा"},
		{"Straße", "strasse"},
		{"Søren Kierkegaard", "soren-kierkegaard"},
		{"Æsop & Œdipus", "aesop-oedipus"},
		{"Łódź", "lodz"},
		{"Đorđe", "dorde"},
		{"Andrew Godwin", "andrew-godwin"},
		{"andrew  godwin", "andrew-godwin"},
		{"ANDREW GODWIN", "andrew-godwin"},
		{"  --Hello,   World!!  ", "hello-world"},
		{"Amazon's approach", "amazons-approach"},
		{"Amazon’s approach", "amazons-approach"},
		{"C++ & Go: v1.2", "c-go-v1-2"},
		{"002_03c659c29ec7e8f4", "002-03c659c29ec7e8f4"},
		{"Привет, мир", "привет-мир"},
		{"🎉 party", "party"},
		{"", ""},
		{"!!!", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Slugify(tt.in); got != tt.want {
				t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDefaultSlug(t *testing.T) {
	tests := []struct{ path, want string }{
		{"talks/Taking Django Distributed.md", "taking-django-distributed"},
		{"_posts/2019-04-01-fools-day.md", "fools-day"},
		{"_posts/2019-04-01-09-30-fools-day.md", "fools-day"},
		{"notes/2019-04-01.md", "2019-04-01"},
		{"talks/keynote/index.md", "keynote"},
		{"talks/keynote/_index.md", "keynote"},
		{"index.md", "index"},
		{"notes/a.b.markdown", "a-b"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := defaultSlug(tt.path); got != tt.want {
				t.Errorf("defaultSlug(%q) = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}
