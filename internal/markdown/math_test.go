package markdown

import (
	"strings"
	"testing"
)

func TestMath(t *testing.T) {
	tests := []struct {
		name, src, want string
		math            bool
	}{
		{"inline", "Let $a_1 * b_2$ be *x*.\n",
			`<p>Let <span class="math inline">\(a_1 * b_2\)</span> be <em>x</em>.</p>`, true},
		{"backslashes kept", `$a\;b\,c \\ d$` + "\n",
			`<p><span class="math inline">\(a\;b\,c \\ d\)</span></p>`, true},
		{"braces are not a template tag", `$\frac{{\rm d}}{{\rm d}x}$` + "\n",
			`<p><span class="math inline">\(\frac{{\rm d}}{{\rm d}x}\)</span></p>`, true},
		{"no typography inside", "$f'(x) -- g''$ and 'quoted' -- text\n",
			`<p><span class="math inline">\(f'(x) -- g''\)</span> and ‘quoted’ – text</p>`, true},
		{"less-than is escaped", "$a<b$\n", `<p><span class="math inline">\(a&lt;b\)</span></p>`, true},
		{"currency", "It costs $5 and $10 for two.\n", `<p>It costs $5 and $10 for two.</p>`, false},
		{"currency then math", "From $5 to $10, we have $x$.\n",
			`<p>From $5 to $10, we have <span class="math inline">\(x\)</span>.</p>`, true},
		{"closing dollar before a digit", "$20 and 30$5\n", `<p>$20 and 30$5</p>`, false},
		{"opening dollar before a space", "a $ b$ c\n", `<p>a $ b$ c</p>`, false},
		{"escaped dollars", `\$x\$ and \$5` + "\n", `<p>$x$ and $5</p>`, false},
		{"escaped dollar inside math", `$\$5 + x$` + "\n", `<p><span class="math inline">\(\$5 + x\)</span></p>`, true},
		{"dollar in a code span", "`$x$` and `a $ b`\n", `<p><code>$x$</code> and <code>a $ b</code></p>`, false},
		{"dollar in a code block", "```\n$$x$$\n```\n", "<pre><code>$$x$$\n</code></pre>\n", false},
		{"paren delimiters", `\(x_1\) and \[y^2\]` + "\n",
			`<p><span class="math inline">\(x_1\)</span> and <span class="math display">\[y^2\]</span></p>`, true},
		{"escaped paren is a paren", `\\(x\\)` + "\n", `<p>\(x\)</p>`, false},
		{"display inline", "so $$x = y$$ here\n", `<p>so <span class="math display">\[x = y\]</span> here</p>`, true},
		{"display block on one line", "$$x_1 = {{\\rm d}}$$\n",
			`<div class="math display">\[x_1 = {{\rm d}}\]</div>`, true},
		{"display block over lines", "Text\n$$\n\\begin{align}\na &= b \\\\\n*c* &= d\n\\end{align}\n$$\nafter\n",
			"<p>Text</p>\n<div class=\"math display\">\\[\\begin{align}\na &amp;= b \\\\\n*c* &amp;= d\n\\end{align}\n\\]</div>\n<p>after</p>", true},
		{"display block with a full stop", "$$\nx = 1\n$$.\n", "<div class=\"math display\">\\[x = 1\n\\].</div>", true},
		{"bracket display block", "\\[\nx\n\\]\n", "<div class=\"math display\">\\[x\n\\]</div>", true},
		{"unclosed display is text", "$$\nx\n\ny\n", "<p>$$\nx</p>\n<p>y</p>", false},
		{"two display maths on a line are inline", "$$a$$ and $$b$$\n",
			`<p><span class="math display">\[a\]</span> and <span class="math display">\[b\]</span></p>`, true},
	}
	r := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Convert("x.md", []byte(tt.src), 1)
			if got := string(res.HTML); !strings.Contains(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if len(res.Diags) > 0 {
				t.Errorf("unexpected warnings %q", res.Diags.Strings())
			}
			if res.Math != tt.math {
				t.Errorf("Math = %v", res.Math)
			}
		})
	}
}
