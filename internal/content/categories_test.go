package content

import (
	"slices"
	"testing"
)

// TestCategories checks the categories read as Jekyll reads them, for
// permalink patterns that hold :categories.
func TestCategories(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"categories: news talks\n", []string{"news", "talks"}},
		{"categories: [Big news, talks]\n", []string{"Big news", "talks"}},
		{"category: Big news\n", []string{"Big news"}},
		{"categories: [a, b]\ncategory: a\n", []string{"a", "b"}},
		{"categories:\n", nil},
		{"tags: [x]\n", nil},
	}
	for _, tt := range tests {
		d := Parse("content/notes/a.md", []byte("---\ntitle: A\n"+tt.src+"---\n"), Options{})
		if !slices.Equal(d.Categories, tt.want) {
			t.Errorf("%q: categories %q, want %q", tt.src, d.Categories, tt.want)
		}
	}
}

// On a Jekyll site, tags and categories written as text are words
// separated by blanks, as Jekyll splits them; text with commas is split
// at the commas, and elsewhere such a text is one tag.
func TestSpacedTags(t *testing.T) {
	for _, c := range []struct {
		name, fm string
		spaced   bool
		want     []string
	}{
		{"Jekyll's blanks", "tags: python django web-dev\ncategories: talks", true, []string{"python", "django", "web-dev", "talks"}},
		{"commas win", "tags: machine learning, python", true, []string{"machine learning", "python"}},
		{"a list is a list", "tags: [machine learning]", true, []string{"machine learning"}},
		{"elsewhere one tag", "tags: machine learning", false, []string{"machine learning"}},
		{"keywords are not Jekyll's", "keywords: machine learning", true, []string{"machine learning"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Parse("content/notes/a.md", []byte("---\ntitle: x\n"+c.fm+"\n---\n"), Options{SpacedTags: c.spaced})
			if !slices.Equal(d.Tags, c.want) {
				t.Errorf("tags %q, want %q", d.Tags, c.want)
			}
		})
	}
}

// A tag written as a link, as Obsidian notes link a topic's page from
// their properties, is the text a reader sees: a markdown link's text, a
// wikilink's alias or its target's name.
func TestLinkTags(t *testing.T) {
	for _, c := range []struct {
		name, fm string
		want     []string
	}{
		{"markdown link", `topics: ["[Learning](Learning.md)"]`, []string{"Learning"}},
		{"wikilink", "topics:\n  - \"[[Learning]]\"", []string{"Learning"}},
		{"wikilink with alias", `tags: ["[[notes/Learning#Start|learning]]"]`, []string{"learning"}},
		{"wikilink in a folder", `tags: ["[[Areas/Deep work#Why]]"]`, []string{"Deep work"}},
		{"brackets that are no link", `tags: ["[draft]"]`, []string{"[draft]"}},
		{"same tag twice", `tags: ["[[Learning]]", Learning]`, []string{"Learning"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Parse("content/notes/a.md", []byte("---\ntitle: x\n"+c.fm+"\n---\n"), Options{})
			if !slices.Equal(d.Tags, c.want) {
				t.Errorf("tags %q, want %q", d.Tags, c.want)
			}
		})
	}
}
