package content

import (
	"slices"
	"testing"
)

// TestCategories checks the categories read as Jekyll reads them, for
// permalink patterns that hold :categories.
func TestCategories(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"categories: news talks\n", []string{"news", "talks"}},
		{"categories: [Big news, talks]\n", []string{"Big news", "talks"}},
		{"category: Big news\n", []string{"Big news"}},
		{"categories: [a, b]\ncategory: a\n", []string{"a", "b"}},
		{"categories:\n", nil},
		{"tags: [x]\n", nil},
	}
	for _, tt := range tests {
		d := Parse("content/notes/a.md", []byte("---\ntitle: A\n"+tt.src+"---\n"), Options{})
		if !slices.Equal(d.Categories, tt.want) {
			t.Errorf("%q: categories %q, want %q", tt.src, d.Categories, tt.want)
		}
	}
}
