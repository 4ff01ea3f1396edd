package content

import (
	"fmt"
	"strings"
	"testing"
)

func TestLimits(t *testing.T) {
	list := func(n int, f string) string {
		var items []string
		for i := range n {
			items = append(items, fmt.Sprintf(f, i))
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	tests := []struct {
		name, fm string
		count    func(*Document) int
		want     int
		diag     string
	}{
		{"tags", "title: X\ntags: " + list(20000, "t%d"), func(d *Document) int { return len(d.Tags) }, MaxTags,
			"content/talks/x.md:3:1: warning: this page has 20000 tags; only the first 100 are kept, as each tag makes a page that lists this one: keep the ones a reader would look for"},
		{"tags and topics together", "title: X\ntags: " + list(60, "t%d") + "\ntopics: " + list(60, "k%d"), func(d *Document) int { return len(d.Tags) }, MaxTags,
			"content/talks/x.md:3:1: warning: this page has 120 tags; only the first 100 are kept, as each tag makes a page that lists this one: keep the ones a reader would look for"},
		{"duplicates do not count", "title: X\ntags: " + list(100, "t%d") + "\ntopics: " + list(100, "T%d"), func(d *Document) int { return len(d.Tags) }, 100, ""},
		{"speakers", "title: X\nspeakers: " + list(150, "Person %d"), func(d *Document) int { return len(d.Speakers) }, MaxPeople,
			`content/talks/x.md:3:1: warning: this page names 150 people in "speakers"; only the first 100 are kept, as each person has a page that lists this one`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("talks/x.md", tt.fm)
			if got := tt.count(d); got != tt.want {
				t.Errorf("kept %d, want %d", got, tt.want)
			}
			if tt.diag == "" {
				wantDiags(t, d)
			} else {
				wantDiags(t, d, tt.diag)
			}
		})
	}
}
