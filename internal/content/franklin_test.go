package content

import (
	"strings"
	"testing"
)

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

// TestFranklinLines: a Franklin page's divs, raw blocks, figures and the
// commands its Julia code defines become what the markdown stage reads,
// line for line, and one warning names what was left out.
func TestFranklinLines(t *testing.T) {
	tests := []struct {
		name, src, body, warning string
	}{
		{"indented div and raw block",
			"+++\ntitle = \"x\"\n+++\n@@row\n  @@col-12,col-md-6\n    ~~~\n    <h2>Hi</h2>\n    ~~~\n  @@\n@@\n",
			"@@row\n@@col-12,col-md-6\n~~~{=html}\n    <h2>Hi</h2>\n~~~\n@@\n@@\n", ""},
		{"vertical space", "+++\ntitle = \"x\"\n+++\nA\n\\\\\nB\n", "A\n\nB\n", ""},
		{"figures", "+++\ntitle = \"x\"\n+++\n\\fig{/assets/a.png}\n\\figalt{A map}{/assets/map.png}\n", "![](/assets/a.png)\n![A map](/assets/map.png)\n", ""},
		{"an environment of the site's code",
			"+++\ntitle = \"x\"\n+++\n\\begin{box}{title=\"Tickets\", color=\"purple\"}\nBuy one.\n\\end{box}\n\\begin{rowheader}{title=\"Keynotes\", color=\"\"}\\end{rowheader}\n\\keynote{name=\"Ada\", title=\"Engines\"}\n",
			"### Tickets\nBuy one.\n\n### Keynotes\n\n",
			`content/a.md:4:1: warning: \begin{box}, \begin{rowheader}, \keynote are defined in the site's Julia code`},
		{"math is left alone",
			"+++\ntitle = \"x\"\n+++\n\\begin{align}\na &= b\n\\end{align}\n$$\n\\begin{cases} x \\end{cases}\n\\foo{x}\n$$\n",
			"\\begin{align}\na &= b\n\\end{align}\n$$\n\\begin{cases} x \\end{cases}\n\\foo{x}\n$$\n", ""},
		{"code is left alone", "+++\ntitle = \"x\"\n+++\n```\n\\keynote{x}\n\\\\\n@@row\n```\n", "```\n\\keynote{x}\n\\\\\n@@row\n```\n", ""},
		{"raw HTML inside a line", "+++\ntitle = \"x\"\n+++\nkeynotes and ~~~<span title=\"t\">BoF</span>~~~ sessions\n~~~<img src=\"a.png\">~~~\n",
			"keynotes and <span title=\"t\">BoF</span> sessions\n<img src=\"a.png\">\n", ""},
		{"a command inside a line is left", "+++\ntitle = \"x\"\n+++\nSee \\elink{x}{y} here.\n", "See \\elink{x}{y} here.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/a.md", []byte(tt.src), Options{Franklin: true})
			if string(d.Body) != tt.body {
				t.Errorf("body\n got %q\nwant %q", d.Body, tt.body)
			}
			got := strings.Join(d.Diags.Strings(), "\n")
			if tt.warning == "" && strings.Contains(got, "Julia code") || tt.warning != "" && !strings.Contains(got, tt.warning) {
				t.Errorf("diagnostics %q, want %q", got, tt.warning)
			}
		})
	}
}
