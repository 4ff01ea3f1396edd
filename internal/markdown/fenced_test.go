package markdown

import "testing"

func TestFencedDivs(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		notWant   []string
	}{
		{"Quarto callout", "::: {.callout-warning}\nBe **careful**.\n:::\n",
			[]string{"<div class=\"admonition admonition-warning callout-warning\">\n<p class=\"admonition-title\">Warning</p>\n<p>Be <strong>careful</strong>.</p>\n</div>"}, nil},
		{"callout with a title attribute", "::: {.callout-note title=\"Heads up\"}\nX\n:::\n",
			[]string{`<p class="admonition-title">Heads up</p>`}, nil},
		{"markdown-it container with a title", "::: tip Pro tip\nUse `x`.\n:::\n",
			[]string{"<div class=\"admonition admonition-tip tip\">\n<p class=\"admonition-title\">Pro tip</p>\n<p>Use <code>x</code>.</p>"}, nil},
		{"Docusaurus admonition", ":::note[Read me]\nHi.\n:::\n", []string{`<p class="admonition-title">Read me</p>`}, nil},
		{"a div of classes nests", ":::: {#outer .columns}\n::: {.column}\nA\n:::\n::::\n",
			[]string{"<div id=\"outer\" class=\"columns\">\n<div class=\"column\">\n<p>A</p>\n</div>\n</div>"}, []string{"admonition"}},
		{"colons in code are the code's", "::: note\n```\n:::\n```\n:::\n", []string{"<pre><code>:::\n</code></pre>\n</div>"}, nil},
		{"colons in prose are prose", "text ::: not\n\n:::\nalone\n", []string{"<p>text ::: not</p>", "<p>:::\nalone</p>"}, []string{"<div"}},
		{"a div's title is no title", "::: {.a title=\"T\"}\nx\n:::\n", []string{"<div class=\"a\">\n<p>x</p>"}, []string{"admonition-title"}},
		{"attributes are escaped", "::: {.note title=\"<b>&\"}\nx\n:::\n", []string{`<p class="admonition-title">&lt;b&gt;&amp;</p>`}, []string{"<b>&"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHTML(t, string(convert(t, tt.src).HTML), tt.want, tt.notWant)
		})
	}
}
