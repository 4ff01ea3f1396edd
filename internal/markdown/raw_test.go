package markdown

import "testing"

func TestRawFence(t *testing.T) {
	src := "Before.\n\n~~~{=html}\n<table>\n\n    <tr><td onclick=\"x()\">{{ site.title }}</td></tr>\n</table>\n~~~\n\n~~~go\nx := 1\n~~~\n\n~~~\n<b>code</b>\n~~~\n"
	tests := []struct {
		name  string
		opts  Options
		want  string
		diags []string
	}{
		{"keep", Options{RawHTML: RawHTMLKeep, NoHighlight: true},
			"<p>Before.</p>\n<table>\n\n    <tr><td onclick=\"x()\">{{ site.title }}</td></tr>\n</table>\n<pre><code class=\"language-go\">x := 1\n</code></pre>\n<pre><code>&lt;b&gt;code&lt;/b&gt;\n</code></pre>\n",
			[]string{`a.md:6:27: warning: template tag "{{ site.title }}" is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML`}},
		{"sanitize", Options{RawHTML: RawHTMLSanitize, NoHighlight: true},
			"<p>Before.</p>\n<table>\n\n    <tr><td>{{ site.title }}</td></tr>\n</table>\n<pre><code class=\"language-go\">x := 1\n</code></pre>\n<pre><code>&lt;b&gt;code&lt;/b&gt;\n</code></pre>\n", nil},
		{"omit", Options{RawHTML: RawHTMLOmit, NoHighlight: true},
			"<p>Before.</p>\n<pre><code class=\"language-go\">x := 1\n</code></pre>\n<pre><code>&lt;b&gt;code&lt;/b&gt;\n</code></pre>\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(tt.opts).Convert("a.md", []byte(src), 1)
			if string(res.HTML) != tt.want {
				t.Errorf("HTML\n got %q\nwant %q", res.HTML, tt.want)
			}
			if tt.diags != nil {
				got := res.Diags.Strings()
				if len(got) != len(tt.diags) || got[0] != tt.diags[0] {
					t.Errorf("diags\n got %q\nwant %q", got, tt.diags)
				}
			}
		})
	}
}
