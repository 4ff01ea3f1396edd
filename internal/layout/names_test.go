package layout

import (
	"testing"

	"lectern/internal/content"
)

// TestNames: the rule each tool names its pages' URL parts by, for the
// folders its pages are read from.
func TestNames(t *testing.T) {
	for _, tc := range []struct {
		tool, root string
		want       content.PathNames
	}{
		{Lectern, "content", content.SlugNames},
		{Hugo, "content", content.HugoNames},
		{Eleventy, ".", content.WrittenNames},
		{Jekyll, ".", content.JekyllNames},
		{Astro, "src/content", content.GitHubNames},
		{Astro, "src/pages", content.WrittenNames},
		{Astro, "src/data", content.GitHubNames},
		{Franklin, ".", content.SlugNames},
		{Quarto, ".", content.SlugNames},
		{Folder, ".", content.SlugNames},
	} {
		t.Run(tc.tool+" "+tc.root, func(t *testing.T) {
			got := content.SlugNames
			if f := (Layout{Tool: tc.tool}).Names(); f != nil {
				got = f(tc.root)
			}
			if got != tc.want {
				t.Errorf("got rule %d, want %d", got, tc.want)
			}
		})
	}
}
