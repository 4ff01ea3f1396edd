package markdown

import (
	"slices"
	"testing"
)

// TestText renders fields whose first line is line 5 of config.toml.
func TestText(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		src     string
		html    string
		excerpt string
		diags   []string
	}{
		{
			name:    "markdown with CRLF paragraphs",
			src:     "Andrew is a *Django* core developer.\r\n\r\nWhen he\u2019s not writing open source, he flies.",
			html:    "<p>Andrew is a <em>Django</em> core developer.</p>\n<p>When he’s not writing open source, he flies.</p>\n",
			excerpt: "Andrew is a Django core developer. When he’s not writing open source, he flies.",
		},
		{
			name:    "p tags are paragraphs and markdown inside renders",
			src:     "<p>First *one*.</p><p>Second\r\nline.</p>",
			html:    "<p>First <em>one</em>.</p>\n<p>Second\nline.</p>\n",
			excerpt: "First one. Second line.",
		},
		{
			name:    "p tags survive omit",
			opts:    Options{RawHTML: RawHTMLOmit},
			src:     "<P class=\"x\">Kept text.</P>\n<p>And <b>this</b>.</p>",
			html:    "<p>Kept text.</p>\n<p>And this.</p>\n",
			excerpt: "Kept text. And this.",
		},
		{
			name: "br is a line break",
			src:  "Line one<br>line two<BR />line three",
			html: "<p>Line one<br>\nline two<br>\nline three</p>\n",
		},
		{
			name:    "indented HTML export does not become code",
			src:     "<p>\n    Indented by the exporter.\n</p>\n<p>\n    Again.\n</p>",
			html:    "<p>Indented by the exporter.</p>\n<p>Again.</p>\n",
			excerpt: "Indented by the exporter. Again.",
		},
		{
			name:    "non-breaking spaces",
			src:     "10\u00a0km run.\n\u00a0\n&nbsp;\nNext\u00a0paragraph.",
			html:    "<p>10\u00a0km run.</p>\n<p>Next\u00a0paragraph.</p>\n",
			excerpt: "10 km run. Next paragraph.",
		},
		{
			name:    "p in a code span is code",
			src:     "Use the `<p>` element.",
			html:    "<p>Use the <code>&lt;p&gt;</code> element.</p>\n",
			excerpt: "Use the <p> element.",
		},
		{
			name: "headings get no ids and footnote ids are prefixed",
			src:  "## Outline\n\nSee[^1].\n\n[^1]: Note.",
			html: "<h2>Outline</h2>\n" +
				`<p>See<sup id="text-fnref:1"><a href="#text-fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>.</p>` + "\n" +
				`<div class="footnotes" role="doc-endnotes">` + "\n<hr>\n<ol>\n" + `<li id="text-fn:1">` + "\n" +
				`<p>Note.&#160;<a href="#text-fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>` + "\n</li>\n</ol>\n</div>\n",
		},
		{
			name: "sanitized",
			opts: Options{RawHTML: RawHTMLSanitize},
			src:  "<p onclick=\"x()\">Bio</p><script>alert(1)</script> with <a href=\"javascript:x\">link</a>",
			// <script> starts an HTML block that runs to the line's end.
			html: "<p>Bio</p>\n with link",
		},
		{
			name:  "template tags warned at the field's line",
			src:   "Intro\r\n\r\nSee {{ site.url }}.",
			html:  "<p>Intro</p>\n<p>See {{ site.url }}.</p>\n",
			diags: []string{`config.toml:7: warning: template tag "{{ site.url }}" is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML`},
		},
		{
			name:  "template tag line counts source lines, not added breaks",
			src:   "<p>One</p><p>Two</p>\n<p>`{{ code }}` and {% tag %}</p>",
			html:  "<p>One</p>\n<p>Two</p>\n<p><code>{{ code }}</code> and {% tag %}</p>\n",
			diags: []string{`config.toml:6: warning: template tag "{% tag %}" is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML`},
		},
		{
			name: "blank",
			src:  " \r\n\u00a0\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(tt.opts).Text("config.toml", tt.src, 5)
			if string(got.HTML) != tt.html {
				t.Errorf("HTML:\ngot  %q\nwant %q", got.HTML, tt.html)
			}
			if tt.excerpt != "" && got.Excerpt != tt.excerpt {
				t.Errorf("excerpt:\ngot  %q\nwant %q", got.Excerpt, tt.excerpt)
			}
			if s := got.Diags.Strings(); !slices.Equal(s, tt.diags) {
				t.Errorf("diags:\ngot  %q\nwant %q", s, tt.diags)
			}
		})
	}
}
