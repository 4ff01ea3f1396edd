package markdown

import (
	"strings"
	"testing"
)

// TestFranklinIndentedText: Franklin has no indented code blocks, so on a
// Franklin site a paragraph indented four spaces inside an "@@class" div
// (a speaker's bio under an avatar) is prose, and the div's closing "@@"
// closes it; on another site the same lines stay CommonMark's code.
func TestFranklinIndentedText(t *testing.T) {
	const src = "  @@bio\n    Ada writes compilers.\n\n    She lives in Mainz.\n  @@\n\nAfter.\n"
	tests := []struct {
		name     string
		franklin bool
		want     []string
		not      []string
	}{
		{"Franklin: prose in the div", true,
			[]string{`<div class="bio">`, "<p>Ada writes compilers.</p>", "<p>She lives in Mainz.</p>", "</div>", "<p>After.</p>"},
			[]string{"<pre", "@@"}},
		{"CommonMark: indented code", false, []string{"<pre"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{Franklin: tt.franklin}).ConvertPage("x.md", []byte(src), 1, testTags)
			html := string(res.HTML)
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("HTML %s\nlacks %s", html, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(html, n) {
					t.Errorf("HTML %s\nholds %s", html, n)
				}
			}
		})
	}
}
