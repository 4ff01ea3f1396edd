package markdown

import "testing"

func TestMDXReadsMarkdownInHTML(t *testing.T) {
	tests := []struct {
		name string
		src  string
		mdx  []string // in the HTML of a.mdx
		md   []string // in the HTML of a.md
	}{
		{
			name: "a line of HTML holds inline markdown",
			src:  "<ul class=\"done\">\n<li><b>May</b>: [CFP](/cfp) opens</li>\n  <li>**two**</li>\n</ul>\n",
			mdx:  []string{"<ul class=\"done\">\n<li><b>May</b>: <a href=\"/cfp\">CFP</a> opens</li>\n<li><strong>two</strong></li>\n</ul>"},
			md:   []string{"<li><b>May</b>: [CFP](/cfp) opens</li>"},
		},
		{
			name: "blocks inside an element",
			src:  "<div>\n## Inside\n- item *a*\n</div>\n",
			mdx:  []string{"<div>\n<h2 id=\"inside\">Inside", "<ul>\n<li>item <em>a</em></li>\n</ul>\n</div>"},
			md:   []string{"<div>\n## Inside\n- item *a*\n</div>"},
		},
		{
			name: "indented lines are not code",
			src:  "<div>\n    <a href=\"/t\">Tickets</a>\n\n    Some *text*\n</div>\n",
			mdx:  []string{"<div>\n<a href=\"/t\">Tickets</a>\n<p>Some <em>text</em></p>\n</div>"},
			md:   []string{"<pre><code>Some *text*"},
		},
		{
			name: "a span element inside a paragraph stays inline",
			src:  "Text\n<b>bold</b> *in* para\n",
			mdx:  []string{"<p>Text\n<b>bold</b> <em>in</em> para</p>"},
			md:   []string{"<p>Text\n<b>bold</b> <em>in</em> para</p>"},
		},
		{
			name: "raw elements, comments and open tags are CommonMark's",
			src:  "<script>\nvar a = \"*x*\";\n</script>\n\n<!-- *c* -->\n\n<iframe\n  src=\"x\"></iframe>\n",
			mdx:  []string{"var a = \"*x*\";", "<!-- *c* -->", "<iframe\n  src=\"x\"></iframe>"},
			md:   []string{"var a = \"*x*\";", "<!-- *c* -->", "<iframe\n  src=\"x\"></iframe>"},
		},
	}
	r := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHTML(t, string(r.Convert("content/a.mdx", []byte(tt.src), 1).HTML), tt.mdx, nil)
			checkHTML(t, string(r.Convert("content/a.md", []byte(tt.src), 1).HTML), tt.md, nil)
		})
	}
}
