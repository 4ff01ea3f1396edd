package content

import "testing"

// TestHeroLead: a Starlight splash page's hero tagline and actions open
// its body, the body's own lines keeping their numbers; a hero of a
// picture alone, or written as a text, adds nothing.
func TestHeroLead(t *testing.T) {
	tests := []struct {
		name, src, body string
		bodyLine        int
	}{
		{"tagline and actions", "---\ntitle: Kettle\ntemplate: splash\nhero:\n  tagline: Boil water with confidence.\n  image:\n    file: ../../assets/hero.svg\n  actions:\n    - text: Get started\n      link: /guides/install/\n      icon: right-arrow\n    - text: See [all] guides\n      link: /guides/\n    - text: No link\n---\nWelcome.\n",
			"Boil water with confidence.\n\n[Get started](/guides/install/) · [See \\[all\\] guides](/guides/)\n\nWelcome.\n", 12},
		{"a tagline alone", "---\ntitle: x\nhero:\n  tagline: Short.\n---\nText.\n", "Short.\n\nText.\n", 4},
		{"a picture alone", "---\ntitle: x\nhero:\n  image:\n    file: a.svg\n---\nText.\n", "Text.\n", 7},
		{"a hero written as a text", "---\ntitle: x\nhero: /images/hero.jpg\n---\nText.\n", "Text.\n", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("src/content/docs/index.mdx", []byte(tt.src), Options{})
			if string(d.Body) != tt.body || d.BodyLine != tt.bodyLine {
				t.Errorf("body %q at line %d, want %q at line %d", d.Body, d.BodyLine, tt.body, tt.bodyLine)
			}
		})
	}
}
