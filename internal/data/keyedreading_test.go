package data

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/content"
)

// TestKeyedReading pins that a reading file filing its books under their
// ids ({GEB: {title: …}}) is read as one item a key, by the rule other
// kinds' keyed files follow, and that one book holding mappings of its
// own is still one book, not a file of books.
func TestKeyedReading(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            string // title|author, one an item
	}{
		{"books under their ids", "_data/books.yml",
			"GEB:\n  title: Braid\n  author: Hofstadter\n  url: https://example.org/geb\nLYAH:\n  title: Haskell\n  author: Lipovaca\nAlg:\n  title: Adventures\n",
			"Braid|Hofstadter;Haskell|Lipovaca;Adventures|"},
		{"ids over groups of books", "_data/books.yml",
			"fiction:\n  title: Fiction\n  books:\n    - {title: A, author: X}\n    - {title: B}\n",
			"A|X;B|"},
		{"one book with mappings of its own", "_data/books.yml",
			"books:\n  - title: A\n    author: X\n    series: {name: S, number: 2}\n    cover: {url: a.jpg, alt: A}\n",
			"A|X"},
		{"one book whose fields are mappings", "_data/book.yml",
			"title: A\nauthor: {name: X}\nseries: {name: S}\n",
			""},
		{"one list whose values are mappings", "_data/reading.yml",
			"title: Books\nbooks: [{title: A, author: X}]\nmeta: {updated: 2024-01-01}\n",
			"A|X"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{tt.file: {Data: []byte(tt.src)}}
			ds, diags := Load(fsys, Options{Dirs: []string{"_data"}})
			docs, d := Combine(nil, ds, nil)
			diags.Append(d)
			var got []string
			for _, doc := range docs {
				if doc.Kind != content.KindReading {
					continue
				}
				for _, it := range doc.Items {
					got = append(got, fmt.Sprintf("%s|%s", it.Title, it.Author))
				}
			}
			if g := strings.Join(got, ";"); g != tt.want {
				t.Errorf("got  %s\nwant %s\ndiags %q", g, tt.want, diags.Strings())
			}
		})
	}
}
