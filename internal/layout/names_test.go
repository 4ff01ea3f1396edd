package layout

import (
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
)

// TestNames: the rule each tool names its pages' URL parts by, for the
// folders its pages are read from.
func TestNames(t *testing.T) {
	for _, tc := range []struct {
		tool, root string
		undated    bool
		want       content.PathNames
	}{
		{Lectern, "content", false, content.SlugNames},
		{Hugo, "content", false, content.HugoNames},
		{Hugo, "content", true, content.HugoUndatedNames},
		{Eleventy, ".", true, content.WrittenNames},
		{Eleventy, ".", false, content.WrittenNames},
		{Jekyll, ".", false, content.JekyllNames},
		{Astro, "src/content", false, content.GitHubNames},
		{Astro, "src/pages", false, content.WrittenNames},
		{Astro, "src/data", false, content.GitHubNames},
		{Franklin, ".", false, content.WrittenNames},
		{Quarto, ".", false, content.WrittenNames},
		{Folder, ".", false, content.SlugNames},
	} {
		t.Run(tc.tool+" "+tc.root, func(t *testing.T) {
			got := content.SlugNames
			if f := (Layout{Tool: tc.tool}).Names(undated(tc.undated)); f != nil {
				got = f(tc.root)
			}
			if got != tc.want {
				t.Errorf("got rule %d, want %d", got, tc.want)
			}
		})
	}
}

// undated is a config whose tool reads dates from file names.
func undated(b bool) config.Config {
	c := config.Default()
	c.Permalinks.UndatedNames = b
	return c
}
