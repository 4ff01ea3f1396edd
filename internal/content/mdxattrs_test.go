package content

import (
	"slices"
	"strings"
	"testing"
)

func TestJSXAttributes(t *testing.T) {
	tests := []struct {
		name, body, want string
		diags            []string
	}{
		{
			name: "a style object",
			body: "<div style={{textAlign: \"center\", marginBottom: 10, lineHeight: 1.5, zIndex: 0}}>\n\n**Apply**\n\n</div>\n",
			want: "<div style=\"text-align: center; margin-bottom: 10px; line-height: 1.5; z-index: 0\">\n\n**Apply**\n\n</div>\n",
		},
		{
			name: "quoted keys, single quotes, vendor prefixes",
			body: "<p style={{ 'font-size': '2rem', WebkitUserSelect: 'none', msFlex: 1 }}>x</p>\n",
			want: "<p style=\"font-size: 2rem; -webkit-user-select: none; -ms-flex: 1\">x</p>\n",
		},
		{
			name: "literals, booleans, className",
			body: "<img src={\"/logo.svg\"} width={400} className=\"wide\" hidden={true} draggable={false} alt=\"Logo\" />\n",
			want: "<img src=\"/logo.svg\" width=\"400\" class=\"wide\" hidden alt=\"Logo\" />\n",
		},
		{
			name:  "an expression is left out, lines kept",
			body:  "Text\n<img src={venue}\n  alt=\"The venue\" style={{\n  width: size\n}} />\nafter\n",
			want:  "Text\n<img\n  alt=\"The venue\"\n\n />\nafter\n",
			diags: []string{"content/a.mdx:5:6: warning: left out 2 JSX attribute expressions (src={venue}, style={{ width: size }}): lectern reads .mdx as markdown and does not run JavaScript; write the value in quotes to keep it"},
		},
		{
			name: "plain HTML and code are left alone",
			body: "<a href=\"/x\">x</a> `<div style={{a: 1}}>`\n\n```jsx\n<div style={{textAlign: \"center\"}} />\n```\n",
			want: "<a href=\"/x\">x</a> `<div style={{a: 1}}>`\n\n```jsx\n<div style={{textAlign: \"center\"}} />\n```\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/a.mdx", []byte("---\ntitle: A\n---\n"+tt.body), Options{})
			if got := string(d.Body); got != tt.want {
				t.Errorf("body\n%q\nwant\n%q", got, tt.want)
			}
			if got := d.Diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.diags, "\n"))
			}
			if strings.Count(string(d.Body), "\n") != strings.Count(tt.body, "\n") {
				t.Errorf("lines moved")
			}
		})
	}
}
