package content

import "testing"

// TestFeedSummary: the description a Franklin post gives its feed
// (rss_description, or rss) is the page's summary when it gives no
// other; a switch or an address named rss is not.
func TestFeedSummary(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"rss", "@def title = \"A\"\n@def rss = \"What I learnt.\"\n\nOpening line.\n", "What I learnt."},
		{"rss_description over rss", "@def rss = \"TAP\"\n@def rss_description = \"\"\"REM, part 1\"\"\"\n\nText.\n", "REM, part 1"},
		{"a summary of its own wins", "+++\nsummary = \"Own\"\nrss = \"Feed\"\n+++\nText.\n", "Own"},
		{"empty rss", "@def rss = \"\"\n\nText.\n", ""},
		{"rss as a switch", "---\nrss: false\n---\nText.\n", ""},
		{"rss as an address", "---\nrss: /feed.xml\n---\nText.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("blog/a.md", []byte(tt.src), Options{})
			if d.Summary != tt.want {
				t.Errorf("summary %q, want %q", d.Summary, tt.want)
			}
		})
	}
}
