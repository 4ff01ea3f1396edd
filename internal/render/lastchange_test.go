package render

import (
	"strings"
	"testing"
)

// TestRevisedPosts checks that a post revised after it was published
// (Hugo's lastmod, Jekyll's last_modified_at, Astro's updatedDate) says
// so where readers and search engines look: its feed entry's updated
// and its schema.org dateModified, while published stays its date.
func TestRevisedPosts(t *testing.T) {
	outs := renderSite(t, map[string]string{
		"config.toml":        "title = \"Notes\"\nbase_url = \"https://notes.example.org/\"\n",
		"content/notes/a.md": "---\ntitle: Day one at the conference\ndate: 2024-03-20\nlastmod: 2024-04-02\n---\nNotes.\n",
		"content/notes/b.md": "---\ntitle: Day two\ndate: 2024-03-21\n---\nMore notes.\n",
	})
	feed := string(outs["feed.xml"].Body)
	tests := []struct {
		name, got, want string
	}{
		{"revised entry's updated", entryOf(feed, "Day one at the conference"), "<updated>2024-04-02T00:00:00Z</updated>"},
		{"revised entry's published", entryOf(feed, "Day one at the conference"), "<published>2024-03-20T00:00:00Z</published>"},
		{"unrevised entry's updated", entryOf(feed, "Day two"), "<updated>2024-03-21T00:00:00Z</updated>"},
		{"feed's updated", feed[:strings.Index(feed, "<entry>")], "<updated>2024-04-02T00:00:00Z</updated>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.got, tt.want) {
				t.Errorf("%s lacks %s", tt.got, tt.want)
			}
		})
	}
	t.Run("dateModified", func(t *testing.T) {
		ld := jsonLD(t, outs["notes/a/index.html"].Body)
		if ld["dateModified"] != "2024-04-02T00:00:00Z" || ld["datePublished"] != "2024-03-20T00:00:00Z" {
			t.Errorf("datePublished, dateModified = %v, %v; want 2024-03-20T00:00:00Z, 2024-04-02T00:00:00Z", ld["datePublished"], ld["dateModified"])
		}
		if ld := jsonLD(t, outs["notes/b/index.html"].Body); ld["dateModified"] != nil {
			t.Errorf("an unrevised post's dateModified = %v, want none", ld["dateModified"])
		}
	})
}

// entryOf returns the Atom entry of feed titled title, "" when none.
func entryOf(feed, title string) string {
	for _, e := range strings.Split(feed, "<entry>")[1:] {
		if strings.Contains(e, "<title>"+title+"</title>") {
			return e
		}
	}
	return ""
}
