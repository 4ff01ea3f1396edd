package content

import (
	"slices"
	"testing"
)

// TestFranklinCodeFences: a block of code Franklin runs names its
// language, then where Franklin keeps what it prints ("```julia:./ex1"),
// or is "```!": it is a block of that language (julia for "!"), so it
// is highlighted; one holding a line "# hideall" ("#hideall"), which
// Franklin does not show, is left out, line for line, and so are the
// lines holding "# hide" (or Literate's "#src") of such a block and of
// any block of a language whose comments start with "#" (julia, python,
// r…), the lines after the block staying where they were. Elsewhere, and
// for other info strings, the fence stays as written.
func TestFranklinCodeFences(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts Options
		src  string
		body string
	}{
		{"a path after the language", Options{Franklin: true},
			"# X\n\n```julia:./code/ex1\nx = 1\n```\n\\output{./code/ex1}\n",
			"```julia\nx = 1\n```\n\n"},
		{"a bare name, indented, with tildes", Options{Franklin: true},
			"# X\n\n  ~~~python:ex2\n  y = 2\n  ~~~\n",
			"  ~~~python\n  y = 2\n  ~~~\n"},
		{"an auto-named block", Options{Franklin: true},
			"# X\n\n```!\nz = 3\n```\n",
			"```julia\nz = 3\n```\n"},
		{"a hidden block", Options{Franklin: true},
			"# X\n\nBefore.\n```julia:ex3\n# hideall\nprintln(1)\n```\nAfter.\n",
			"Before.\n\n\n\n\nAfter.\n"},
		{"a block hidden further down, written without a space", Options{Franklin: true},
			"# X\n\nBefore.\n```julia:./pubs.jl\nusing JSON\n#hideall\n```\nAfter.\n",
			"Before.\n\n\n\n\nAfter.\n"},
		{"lines ending # hide, the lines after the block where they were", Options{Franklin: true},
			"# X\n\n```julia:./code/ripple\nusing Random # hide\nRandom.seed!(1) #HIDE\nr = rand(3)\n```\nAfter.\n",
			"```julia\nr = rand(3)\n```\n\n\nAfter.\n"},
		{"# hide in a block Franklin does not run, and Literate's #src", Options{Franklin: true},
			"# X\n\n```python\nimport os  # hide\nprint(1)\nx = 2 #src\n```\n```julia\n#hideall\nx\n```\n",
			"```python\nprint(1)\n```\n\n\n\n\n\n\n"},
		{"every line hidden", Options{Franklin: true},
			"# X\n\nBefore.\n```!\nusing Plots # hide\n```\nAfter.\n",
			"Before.\n\n\n\nAfter.\n"},
		{"# hide in a language Franklin does not hide in", Options{Franklin: true},
			"# X\n\n```c\nx; # hide\n```\n```html\n<a href=\"#hide\">x</a>\n```\n",
			"```c\nx; # hide\n```\n```html\n<a href=\"#hide\">x</a>\n```\n"},
		{"other info strings", Options{Franklin: true},
			"# X\n\n```julia {linenos}\nx\n```\n```text:\nx\n```\n",
			"```julia {linenos}\nx\n```\n```text:\nx\n```\n"},
		{"not a Franklin page", Options{},
			"---\ntitle: X\n---\n```julia:./ex1\nx\n```\n",
			"```julia:./ex1\nx\n```\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("a.md", []byte(tt.src), tt.opts)
			if string(d.Body) != tt.body {
				t.Errorf("body\n got %q\nwant %q", d.Body, tt.body)
			}
		})
	}
}

// TestFranklinOutputWarning: Franklin's own commands that show what its
// run of the page's code gives are left out with a warning saying so,
// not one blaming the site's Julia code.
func TestFranklinOutputWarning(t *testing.T) {
	d := Parse("a.md", []byte("@def title = \"X\"\n\n```julia:ex1\nx = 1\n```\n\\output{ex1}\n\\textoutput{ex1}\n"), Options{Franklin: true})
	want := []string{"a.md:6:1: warning: \\output, \\textoutput show what Franklin makes or reads when it builds the page (what its code prints, plots, files of code), which lectern does not: they are left out; paste what they show into the page (a code block, an image) to keep them"}
	if got := d.Diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("warnings\n got %q\nwant %q", got, want)
	}
}
