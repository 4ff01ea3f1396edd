package content

import "testing"

func TestFranklinRaw(t *testing.T) {
	tests := []struct {
		name string
		file string
		opts Options
		src  string
		body string
	}{
		{"TOML front matter makes a page Franklin's", "content/a.md", Options{},
			"+++\ntitle = \"Workshops\"\n+++\n~~~\n<table>\n\n  <tr><td>x</td></tr>\n</table>\n~~~\n\n~~~julia\nx = 1\n~~~\n",
			"~~~{=html}\n<table>\n\n  <tr><td>x</td></tr>\n</table>\n~~~\n\n~~~julia\nx = 1\n~~~\n"},
		{"@def lines make a page Franklin's", "content/a.md", Options{},
			"@def title = \"x\"\n\n# X\n\n~~~\n<div>hi</div>\n~~~\n",
			// The @def line is taken for the title: Franklin's @def fields
			// are not read yet.
			"# X\n\n~~~{=html}\n<div>hi</div>\n~~~\n"},
		{"a Franklin site", "content/a.md", Options{Franklin: true},
			"# X\n\n~~~\n<img src=\"a.png\">\n~~~\n",
			"~~~{=html}\n<img src=\"a.png\">\n~~~\n"},
		{"ordinary markdown keeps tilde code", "content/a.md", Options{},
			"---\ntitle: x\n---\n~~~\n<b>code</b>\n~~~\n\n~~~go\nx := 1\n~~~\n",
			"~~~\n<b>code</b>\n~~~\n\n~~~go\nx := 1\n~~~\n"},
		{"~~~ inside a backtick fence is code", "content/a.md", Options{Franklin: true},
			"+++\n+++\n```\n~~~\nx\n~~~\n```\n",
			"```\n~~~\nx\n~~~\n```\n"},
		{"a ~~~ never closed stays", "content/a.md", Options{Franklin: true},
			"+++\n+++\n~~~\nx\n",
			"~~~\nx\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.file, []byte(tt.src), tt.opts)
			if string(d.Body) != tt.body {
				t.Errorf("body\n got %q\nwant %q", d.Body, tt.body)
			}
		})
	}
}
