package build

import (
	"strings"
	"testing"
)

// TestFranklinTagPages: a Franklin site's tag pages are where Franklin
// writes them, /tag/<tag>/ (or under its tag_page_path), named as
// Franklin names them (machine_learning for "Machine Learning"), so that
// the links its author wrote to them arrive, and a post's tags link
// there; a tag pattern of lectern's config.toml names them by slug.
func TestFranklinTagPages(t *testing.T) {
	for _, tt := range []struct{ name, config, tag, page, lectern string }{
		{"default", "@def website_title = \"Notes\"\n", "julia", "tag/julia/index.html", ""},
		{"tag_page_path", "@def website_title = \"Notes\"\n@def tag_page_path = \"topics\"\n", "julia", "topics/julia/index.html", ""},
		{"words joined by underscores", "@def website_title = \"Notes\"\n", "Machine Learning", "tag/machine_learning/index.html", ""},
		{"punctuation dropped", "@def website_title = \"Notes\"\n", "Julia & R: data", "tag/julia_r_data/index.html", ""},
		{"lectern's pattern names by slug", "@def website_title = \"Notes\"\n", "Machine Learning", "topics/machine-learning/index.html",
			"-- config.toml --\n[permalinks]\ntag = \"/topics/:slug/\"\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := buildSite(t, tt.lectern+`
-- config.md --
`+tt.config+`
-- _layout/head.html --
<html>
-- blog/a.md --
@def title = "A post"
@def date = Date(2021, 3, 4)
@def tags = ["`+tt.tag+`"]

Text.
`)
			if !strings.Contains(out(tt.page), "A post") {
				t.Errorf("%s does not list the post", tt.page)
			}
			if want := `href="/` + strings.TrimSuffix(tt.page, "index.html") + `"`; !strings.Contains(out("blog/a/index.html"), want) {
				t.Errorf("the post does not link its tag with %s", want)
			}
			if out("tags/julia/index.html") != "" || out("tag/machine-learning/index.html") != "" {
				t.Errorf("a tag page is still at lectern's own URL")
			}
		})
	}
}
