package content

import "testing"

// A body opening with a level-1 heading that says what the title says
// loses it, its line kept empty; any other opening stays.
func TestDropRepeatedTitle(t *testing.T) {
	tests := []struct {
		name, src, body string
	}{
		{"ATX heading", "---\ntitle: FAQ\n---\n\n# FAQ\n\nText.\n", "\n\n\nText.\n"},
		{"case, spaces and a full stop", "---\ntitle: Call for  papers\n---\n# call for Papers.\nText.\n", "\nText.\n"},
		{"setext heading", "---\ntitle: Venue\n---\nVenue\n=====\n\nText.\n", "\n\n\nText.\n"},
		{"markup in the heading", "---\ntitle: The venue\n---\n# The **venue**\n", "\n"},
		{"another heading stays", "---\ntitle: FAQ\n---\n# Questions\n\nText.\n", "# Questions\n\nText.\n"},
		{"a level-2 heading stays", "---\ntitle: FAQ\n---\n## FAQ\n", "## FAQ\n"},
		{"not the opening block", "---\ntitle: FAQ\n---\nIntro.\n\n# FAQ\n", "Intro.\n\n# FAQ\n"},
		{"a setext level 2 stays", "---\ntitle: FAQ\n---\nFAQ\n---\n", "FAQ\n---\n"},
		{"the title filled in by Franklin", "@def title = \"FAQ\"\n\n# {{fill title}}\n\nText.\n", "\n\n\n\nText.\n"},
		{"the title filled in by Liquid", "---\ntitle: FAQ\n---\n# {{ page.title }}\n", "\n"},
		{"another tag stays", "---\ntitle: FAQ\n---\n# {{ page.subtitle }}\n", "# {{ page.subtitle }}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/a.md", []byte(tt.src), Options{})
			if string(d.Body) != tt.body {
				t.Errorf("body %q, want %q", d.Body, tt.body)
			}
		})
	}
}
