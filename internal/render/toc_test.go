package render

import (
	"testing"

	"lectern/internal/markdown"
)

// TestTOC: headings nest by level from the highest written, a level
// skipped opens its lists, and one heading makes no table.
func TestTOC(t *testing.T) {
	h := func(level int, id string) markdown.Heading { return markdown.Heading{Level: level, ID: id, Text: id} }
	for _, tc := range []struct {
		name string
		hs   []markdown.Heading
		want string
	}{
		{"flat", []markdown.Heading{h(2, "a"), h(2, "b")}, `<ul><li><a href="#a">a</a></li><li><a href="#b">b</a></li></ul>`},
		{"nested", []markdown.Heading{h(2, "a"), h(3, "a1"), h(3, "a2"), h(2, "b")},
			`<ul><li><a href="#a">a</a><ul><li><a href="#a1">a1</a></li><li><a href="#a2">a2</a></li></ul></li><li><a href="#b">b</a></li></ul>`},
		{"a level skipped", []markdown.Heading{h(2, "a"), h(4, "deep"), h(2, "b")},
			`<ul><li><a href="#a">a</a><ul><li><ul><li><a href="#deep">deep</a></li></ul></li></ul></li><li><a href="#b">b</a></li></ul>`},
		{"opening deeper", []markdown.Heading{h(3, "x"), h(2, "y")},
			`<ul><li><ul><li><a href="#x">x</a></li></ul></li><li><a href="#y">y</a></li></ul>`},
		{"ends deep", []markdown.Heading{h(2, "a"), h(3, "b<"), h(4, "c")},
			`<ul><li><a href="#a">a</a><ul><li><a href="#b&lt;">b&lt;</a><ul><li><a href="#c">c</a></li></ul></li></ul></li></ul>`},
		{"one heading", []markdown.Heading{h(2, "a")}, ``},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(toc(tc.hs)); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}
