package markdown

import "testing"

// TestBlank: a body shows nothing of its own when it is empty or holds
// only template tags lectern shows as written; text, a tag lectern
// resolves, or a tag shown as an example in code is something.
func TestBlank(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"empty", "", true},
		{"blank lines", "\n  \n\n", true},
		{"a theme's shortcode", "{{< schedule >}}\n", true},
		{"a theme's include", "{% include sessions.html %}\n", true},
		{"tags on lines of their own", "{{< speakers >}}\n\n{{< partners >}}\n", true},
		{"text", "Our programme.\n", false},
		{"text beside a shortcode", "Our programme:\n\n{{< schedule >}}\n", false},
		{"a shortcode lectern resolves", "{{< highlight go >}}\nx := 1\n{{< /highlight >}}\n", false},
		{"a tag in code", "```\n{{< schedule >}}\n```\n", false},
	}
	r := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.Convert("content/x.md", []byte(tt.src), 1).Blank; got != tt.want {
				t.Errorf("Blank = %v, want %v", got, tt.want)
			}
		})
	}
}
