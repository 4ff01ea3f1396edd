package content

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestNikolaMeta checks Nikola's ".. key: value" metadata at the top of
// a post, in an HTML comment or bare up to a blank line, with its date
// written "2018-06-01 18:30:00 UTC+01:00"; a comment of other lines is
// the body's.
func TestNikolaMeta(t *testing.T) {
	tests := []struct {
		name, src     string
		title, slug   string
		date          string
		tags          []string
		bodyLine      int
		bodyStartWith string
	}{
		{"in a comment", "<!--\n.. title: Tiny parsers\n.. slug: tiny-parsers\n.. date: 2018-06-01 18:30:00 UTC+01:00\n.. tags: parsing, talks\n.. description: Short.\n-->\n\nThe talk text.\n",
			"Tiny parsers", "tiny-parsers", "2018-06-01T18:30:00+01:00", []string{"parsing", "talks"}, 8, "\nThe talk text."},
		{"bare", ".. title: Queues\n.. slug: queues\n.. date: 2019-02-03 10:00:00 UTC\n\nText.\n",
			"Queues", "queues", "2019-02-03T10:00:00Z", nil, 4, "\nText."},
		{"another comment", "<!-- TODO: write more -->\n\n# Notes\n\nText.\n",
			"Notes", "a", "", nil, 1, "<!-- TODO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("posts/a.md", []byte(tt.src), Options{})
			if d.Title != tt.title || d.Slug != tt.slug {
				t.Errorf("title, slug = %q, %q; want %q, %q", d.Title, d.Slug, tt.title, tt.slug)
			}
			if got := ""; !d.Date.IsZero() {
				got = d.Date.Format(time.RFC3339)
				if got != tt.date {
					t.Errorf("date = %s, want %s", got, tt.date)
				}
			} else if tt.date != "" {
				t.Errorf("no date, want %s", tt.date)
			}
			if !slices.Equal(d.Tags, tt.tags) {
				t.Errorf("tags = %q, want %q", d.Tags, tt.tags)
			}
			if d.BodyLine != tt.bodyLine || !strings.HasPrefix(string(d.Body), tt.bodyStartWith) {
				t.Errorf("body at line %d: %q; want line %d starting %q", d.BodyLine, d.Body, tt.bodyLine, tt.bodyStartWith)
			}
			if len(d.Diags) != 0 {
				t.Errorf("diagnostics: %v", d.Diags.Strings())
			}
		})
	}
}
