package content

import "testing"

// TestUsesPage: a "uses" page, where a writer lists the tools, apps and
// gear they work with, keeps its prose lists out of the reading list,
// unless it writes reading: true; its front matter items still count,
// and a page of a reading folder is a reading list whatever its name.
func TestUsesPage(t *testing.T) {
	tests := []struct {
		name, path, front string
		uses, noReading   bool
		items             int
	}{
		{"uses.md", "content/uses.md", "title: Setup", true, true, 0},
		{"uses/index.md", "content/uses/index.md", "title: My desk", true, true, 0},
		{"Eleventy uses.njk", "uses.njk", "title: Things", true, true, 0},
		{"titled Uses", "content/setup.md", "title: Uses", true, true, 0},
		{"titled /uses", "content/setup.md", "title: /uses", true, true, 0},
		{"titled What I Use", "content/kit.md", "title: What I Use", true, true, 0},
		{"reading: true takes its lists", "content/uses.md", "title: Uses\nreading: true", false, false, 0},
		{"reading: false says it too", "content/uses.md", "title: Uses\nreading: false", false, true, 0},
		{"front matter items still count", "content/uses.md", "title: Uses\nbooks:\n  - {title: A book, author: Ann}", true, true, 1},
		{"a reading list named uses", "content/reading/uses.md", "title: Uses", false, false, 0},
		{"another page", "content/about.md", "title: About the uses of fog", false, false, 0},
		{"a post on uses", "content/posts/new-uses.md", "title: New uses for old phones", false, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.path, []byte("---\n"+tt.front+"\n---\n\n- [Neovim](https://neovim.io/) — editor\n"), Options{})
			if d.UsesPage != tt.uses || d.NoReading != tt.noReading || len(d.Items) != tt.items {
				t.Errorf("UsesPage %v, NoReading %v, %d items; want %v, %v, %d", d.UsesPage, d.NoReading, len(d.Items), tt.uses, tt.noReading, tt.items)
			}
			wantDiags(t, d)
		})
	}
}
