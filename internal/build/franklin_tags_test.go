package build

import (
	"strings"
	"testing"
)

// TestFranklinTagPages: a Franklin site's tag pages are where Franklin
// writes them, /tag/<tag>/ (or under its tag_page_path), so that the
// links its author wrote to them arrive, and a post's tags link there.
func TestFranklinTagPages(t *testing.T) {
	for _, tt := range []struct{ name, config, page string }{
		{"default", "@def website_title = \"Notes\"\n", "tag/julia/index.html"},
		{"tag_page_path", "@def website_title = \"Notes\"\n@def tag_page_path = \"topics\"\n", "topics/julia/index.html"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := buildSite(t, `
-- config.md --
`+tt.config+`
-- _layout/head.html --
<html>
-- blog/a.md --
@def title = "A post"
@def date = Date(2021, 3, 4)
@def tags = ["julia"]

Text.
`)
			if !strings.Contains(out(tt.page), "A post") {
				t.Errorf("%s does not list the post", tt.page)
			}
			if want := `href="/` + strings.TrimSuffix(tt.page, "index.html") + `"`; !strings.Contains(out("blog/a/index.html"), want) {
				t.Errorf("the post does not link its tag with %s", want)
			}
			if out("tags/julia/index.html") != "" {
				t.Errorf("a tag page is still at /tags/julia/")
			}
		})
	}
}
