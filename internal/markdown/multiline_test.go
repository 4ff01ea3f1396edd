package markdown

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestShortcodeSpanningLines checks that a Hugo shortcode call written
// over several lines is one tag, handled as the call on one line is:
// resolved when lectern knows it, else shown as written and warned
// about at its first line, and that an opener never closed leaves the
// rest of the page alone.
func TestShortcodeSpanningLines(t *testing.T) {
	w := func(pos, tag string) string { return "content/x.md:" + pos + fmt.Sprintf(unrunMsg, tag) }
	tests := []struct {
		name  string
		src   string
		want  []string // parts of the HTML
		not   []string // what the HTML must not hold
		diags []string
	}{
		{
			name:  "unknown shortcode shown as written",
			src:   "Intro.\n\n{{< book\n  title=\"X\"\n  link=\"https://a.example/b\"\n>}}\n\nText.\n",
			want:  []string{"<p>{{&lt; book   title=&quot;X&quot;   link=&quot;https://a.example/b&quot; &gt;}}</p>\n<p>Text.</p>"},
			not:   []string{"blockquote", "<a href"},
			diags: []string{w("7:1", `{{< book   title="X"   link="https://a.example/b" >}}`)},
		},
		{
			name:  "percent form, CRLF",
			src:   "{{% book\r\n  title=\"X\"\r\n%}}\r\n",
			want:  []string{"<p>{{% book    title=&quot;X&quot;  %}}</p>"},
			diags: []string{w("5:1", `{{% book    title="X"  %}}`)},
		},
		{
			name:  "counted with the file's other tags",
			src:   "{{< a\n  x=1\n>}} and {{< b >}}\n",
			want:  []string{"<p>{{&lt; a   x=1 &gt;}} and {{&lt; b &gt;}}</p>"},
			diags: []string{w("5:1", `{{< a   x=1 >}}`) + " (and 1 more tag in this file)"},
		},
		{
			name: "known shortcode resolved",
			src:  "{{< youtube\n  id=\"dQw4w9WgXcQ\"\n  title=\"Keynote\"\n>}}\n",
			want: []string{`embed/dQw4w9WgXcQ" title="Keynote"`},
			not:  []string{"{{"},
		},
		{
			name: "paired shortcode, both tags spanning lines",
			src:  "{{% notice\n  info %}}\n*a*\n{{% /notice\n%}}\n",
			want: []string{`<div class="admonition admonition-info">`, "<em>a</em>", "</div>"},
			not:  []string{"{{", "notice"},
		},
		{
			name: "fenced code unchanged",
			src:  "```\n{{< book\n  title=\"X\"\n>}}\n```\n",
			want: []string{"<code>{{&lt; book\n  title=&quot;X&quot;\n&gt;}}\n</code>"},
		},
		{
			name: "a call that would close in code is no tag",
			src:  "{{< book\n```\n>}}\n```\n",
			want: []string{"<code>&gt;}}\n</code>"},
		},
		{
			name: "unclosed before a blank line",
			src:  "{{< book\n  title=\"X\"\n\nThe *rest*.\n\n>}}\n",
			want: []string{"<p>The <em>rest</em>.</p>"},
		},
		{
			name:  "unclosed before another tag",
			src:   "{{< a\n  b {{< c >}}\n",
			diags: []string{w("6:5", `{{< c >}}`)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{}).ConvertPage("content/x.md", []byte(tt.src), 5, testTags)
			html := string(res.HTML)
			for _, s := range tt.want {
				if !strings.Contains(html, s) {
					t.Errorf("HTML lacks %q:\n%s", s, html)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(html, s) {
					t.Errorf("HTML holds %q:\n%s", s, html)
				}
			}
			if got := res.Diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diags\ngot  %q\nwant %q", got, tt.diags)
			}
		})
	}
}
