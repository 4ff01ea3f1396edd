package layout

import (
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// TestHugoTagNames checks that a Hugo site's tags are named in their
// URLs as Hugo's urlize names them, accents kept (/tags/josé/), unless
// its config removes accents from paths (removePathAccents), where
// lectern's slug, which drops them too, is the nearer rule.
func TestHugoTagNames(t *testing.T) {
	want := func(n config.TagNames) func(t *testing.T, c config.Config) {
		return func(t *testing.T, c config.Config) {
			if c.Permalinks.TagNames != n {
				t.Errorf("tag names %d, want %d", c.Permalinks.TagNames, n)
			}
		}
	}
	testForeignConfig(t, []foreignConfigCase{
		{
			name:  "hugo names tags by urlize",
			fsys:  fstest.MapFS{"hugo.toml": file("title = \"Blog\"\n"), "content/posts/a.md": file("---\ntitle: A\n---\n")},
			check: want(config.TagHugoNames),
		},
		{
			name:  "hugo without accents in paths",
			fsys:  fstest.MapFS{"hugo.toml": file("title = \"Blog\"\nremovePathAccents = true\n"), "content/posts/a.md": file("---\ntitle: A\n---\n")},
			check: want(config.TagSlugs),
		},
	})
}
