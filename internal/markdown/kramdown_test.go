package markdown

import "testing"

func TestKramdownHTML(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		kramdown []string // in the HTML with Kramdown set
		common   []string // in the HTML without it
	}{
		{
			name:     "markdown in a span after a rule",
			src:      "<hr>\n<span class=\"abstract\">\nHeld at the **ICC**.\n</span>\n<hr>\n",
			kramdown: []string{"<hr>\n<p><span class=\"abstract\">\nHeld at the <strong>ICC</strong>.\n</span></p>\n<hr>"},
			common:   []string{"Held at the **ICC**."},
		},
		{
			name:     "a block element ends at its end tag",
			src:      "<div class=\"note\">\n<b>Note</b>\n</div>\n**bold** after\n",
			kramdown: []string{"<div class=\"note\">\n<b>Note</b>\n</div>\n<p><strong>bold</strong> after</p>"},
			common:   []string{"**bold** after"},
		},
		{
			name:     "nested elements of one name",
			src:      "<div>\n<div>inner</div>\n*still html*\n</div>\n*markdown*\n",
			kramdown: []string{"*still html*\n</div>\n<p><em>markdown</em></p>"},
			common:   []string{"*markdown*"},
		},
		{
			name:     "a line of one element",
			src:      "<p align=\"center\"><img src=\"a.png\"></p>\n_caption_\n",
			kramdown: []string{"<p align=\"center\"><img src=\"a.png\"></p>\n<p><em>caption</em></p>"},
			common:   []string{"_caption_"},
		},
		{
			name:     "one block after another, indented",
			src:      "  <h2>May</h2>\n  <ul>\n      <li>A</li>\n  </ul>\n",
			kramdown: []string{"  <h2>May</h2>\n  <ul>\n      <li>A</li>\n  </ul>\n"},
			common:   []string{"  <h2>May</h2>\n  <ul>\n      <li>A</li>\n  </ul>\n"},
		},
		{
			name:     "a self-closed element",
			src:      "<div class=\"spacer\"/>\n*after*\n",
			kramdown: []string{"<div class=\"spacer\"/>\n<p><em>after</em></p>"},
			common:   []string{"*after*"},
		},
		{
			name:     "an element runs raw across blank lines to its end tag",
			src:      "<div class=\"list\">\n\n    <a href=\"x\">Media</a>\n\n  **raw**\n</div>\n*after*\n",
			kramdown: []string{"<div class=\"list\">\n\n    <a href=\"x\">Media</a>\n\n  **raw**\n</div>\n<p><em>after</em></p>"},
			common:   []string{"<pre><code>&lt;a href"},
		},
		{
			name:     "nested elements of one name across blank lines",
			src:      "<div>\n<div>\n\n    <b>in</b>\n</div>\n\n    <i>still</i>\n</div>\n\n# After\n",
			kramdown: []string{"<div>\n<div>\n\n    <b>in</b>\n</div>\n\n    <i>still</i>\n</div>\n<h1"},
			common:   []string{"<pre><code>"},
		},
		{
			name:     "a table across blank lines",
			src:      "<table>\n<tr>\n\n    <td>1</td>\n</tr>\n</table>\n",
			kramdown: []string{"<table>\n<tr>\n\n    <td>1</td>\n</tr>\n</table>"},
			common:   []string{"<pre><code>&lt;td&gt;"},
		},
		{
			name:     "an element never closed ends at a blank line",
			src:      "<div>\n<b>x</b>\n\n**inside**\n\n# Heading\n",
			kramdown: []string{"<div>\n<b>x</b>\n<p><strong>inside</strong></p>", "<h1"},
			common:   []string{"<div>\n<b>x</b>\n<p><strong>inside</strong></p>", "<h1"},
		},
		{
			name:     "markdown=1 reads the content as markdown",
			src:      "<div markdown=\"1\">\n**inside**\n\n*more*\n</div>\n",
			kramdown: []string{"<div markdown=\"1\">\n<p><strong>inside</strong></p>\n<p><em>more</em></p>\n</div>"},
			common:   []string{"<p><em>more</em></p>\n</div>"},
		},
		{
			name:     "markdown=1 with a blank line",
			src:      "<div markdown=\"1\">\n\n**inside**\n\n</div>\n",
			kramdown: []string{"<div markdown=\"1\">\n<p><strong>inside</strong></p>\n</div>"},
			common:   []string{"<div markdown=\"1\">\n<p><strong>inside</strong></p>\n</div>"},
		},
		{
			name:     "a span element inside a paragraph stays inline",
			src:      "Text\n<span>more *text*</span>\n",
			kramdown: []string{"<p>Text\n<span>more <em>text</em></span></p>"},
			common:   []string{"<p>Text\n<span>more <em>text</em></span></p>"},
		},
		{
			name:     "a textarea keeps its lines",
			src:      "<textarea rows=\"3\">\nSee: https://x.org/\n\n**raw**\n</textarea>\n",
			kramdown: []string{"<textarea rows=\"3\">\nSee: https://x.org/\n\n**raw**\n</textarea>"},
			common:   []string{"<textarea rows=\"3\">\nSee: https://x.org/\n\n**raw**\n</textarea>"},
		},
		{
			name:     "script and comments are CommonMark's",
			src:      "<script>\nvar a = 1;\n\nvar b;\n</script>\n<!--\n*x*\n-->\n",
			kramdown: []string{"var a = 1;\n\nvar b;", "<!--\n*x*\n-->"},
			common:   []string{"var a = 1;\n\nvar b;", "<!--\n*x*\n-->"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := string(New(Options{Kramdown: true}).Convert("a.md", []byte(tt.src), 1).HTML)
			checkHTML(t, k, tt.kramdown, nil)
			c := string(New(Options{}).Convert("a.md", []byte(tt.src), 1).HTML)
			checkHTML(t, c, tt.common, nil)
		})
	}
}
