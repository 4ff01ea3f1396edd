package markdown

import (
	"strings"
	"testing"
)

// TestKatexShortcode checks the two katex shortcodes of Hugo themes:
// Blowfish's and Congo's, alone, which only loads KaTeX on the page, and
// the Book theme's, which wraps TeX.
func TestKatexShortcode(t *testing.T) {
	tests := []struct {
		name, src, want, lacks string
	}{
		{"marker alone on its line is dropped", "{{< katex >}}\n\nThe sum $a+b$.\n",
			"<p>The sum <span class=\"math inline\">\\(a+b\\)</span>.</p>", "katex"},
		{"marker in prose is dropped", "Math below.{{< katex >}}\n",
			"<p>Math below.</p>", "katex"},
		{"self-closed marker is dropped", "{{< katex />}}\n\nText.\n", "<p>Text.</p>", "katex"},
		{"inline pair is inline math", "Some use {{< katex >}} V {{< /katex >}} instead.\n",
			"<p>Some use <span class=\"math inline\">\\(V\\)</span> instead.</p>", "katex"},
		{"display pair in prose is display math", "So {{< katex display=true >}}x^2{{< /katex >}} holds.\n",
			"<span class=\"math display\">\\[x^2\\]</span>", "katex"},
		{"pair on lines of their own is a display block", "Formula:\n\n{{< katex >}}\nP = \\frac{C}{(1 + r)^t}\n{{< /katex >}}\n\nWhere.\n",
			"<div class=\"math display\">\\[P = \\frac{C}{(1 + r)^t}\n\\]</div>", "katex"},
		{"display pair with a Hugo closer spelt apart", "{{< katex display=true >}}\nG=(N,\\Sigma)\n{{</ katex >}}\n",
			"<div class=\"math display\">\\[G=(N,\\Sigma)\n\\]</div>", "katex"},
		{"marker then a pair", "{{< katex >}}\n\nA {{< katex >}}y{{< /katex >}}.\n",
			"<p>A <span class=\"math inline\">\\(y\\)</span>.</p>", "katex"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{}).Convert("x.md", []byte(tt.src), 1)
			got := string(res.HTML)
			if !strings.Contains(got, tt.want) {
				t.Errorf("HTML %s\nlacks %s", got, tt.want)
			}
			if strings.Contains(got, tt.lacks) {
				t.Errorf("HTML %s\nholds %s", got, tt.lacks)
			}
			if len(res.Diags) > 0 {
				t.Errorf("unexpected warnings %q", res.Diags.Strings())
			}
		})
	}
}
