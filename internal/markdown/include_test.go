package markdown

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestIncludeRelative: {% include_relative %} runs a file named from the
// folder of the page's file, as Jekyll does, with include.key values;
// a path Jekyll refuses and a missing file are left out, with a warning.
func TestIncludeRelative(t *testing.T) {
	files := fstest.MapFS{
		"_posts/_includes/nav.md":   {Data: []byte("> part of {{ include.series }}, {{ page.title }}\n")},
		"_posts/_includes/outer.md": {Data: []byte("[{% include_relative _includes/nav.md series=\"x\" %}]")},
		"_posts/note.txt":           {Data: []byte("---\nkept: yes\n---\nplain")},
		"_posts/gone.md":            {Data: []byte("{% include_relative nope.md %}")},
		"secret.md":                 {Data: []byte("outside")},
	}
	read := func(name string) ([]byte, error) { return fs.ReadFile(files, name) }
	l := NewLiquid(map[string][]byte{"card.html": []byte("{% include_relative _includes/nav.md series=include.s %}")}, read, "", "")
	page := map[string]any{"title": "Post"}
	for _, tc := range []struct{ name, src, want, err string }{
		{"a parameter and the page's variables", "{% include_relative _includes/nav.md series=\"Assets\" %}", "> part of Assets, Post\n", ""},
		{"a variable as parameter", "{% assign s = page.title %}{% include_relative _includes/nav.md series=s %}", "> part of Post, Post\n", ""},
		{"from an include, relative to the page", "{% include card.html s=\"C\" %}", "> part of C, Post\n", ""},
		{"from a file included relatively, relative to the page", "{% include_relative _includes/outer.md %}", "[> part of x, Post\n]", ""},
		{"front matter is text, as Jekyll includes it", "{% include_relative note.txt %}", "---\nkept: yes\n---\nplain", ""},
		{"missing", "x\n{% include_relative _includes/none.md %}", "", `include_relative "_includes/none.md": there is no file _posts/_includes/none.md; it is left out`},
		{"missing in an included file", "{% include_relative gone.md %}", "", `include_relative "nope.md": there is no file _posts/nope.md; it is left out (in _posts/gone.md, line 1)`},
		{"up out of the folder", "{% include_relative ../secret.md %}", "", `include_relative "../secret.md": Jekyll refuses a path with "..", "./", "//" or a leading "/", and so does lectern: name the file from the page's folder (_posts/); it is left out`},
		{"a leading slash", "{% include_relative /secret.md %}", "", `include_relative "/secret.md": Jekyll refuses`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := l.Render("_posts/2025-01-01-a.md", []byte(tc.src), nil, page)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
