package layout

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestSourceBase: the path each tool publishes a site under, read from
// its config, and the menu links its author wrote under it read without
// it (docs/in-place.md, "Sites published under a base path").
func TestSourceBase(t *testing.T) {
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		base  string
		menus []string
	}{
		{"Jekyll baseurl without url", fstest.MapFS{"_config.yml": file("title: Conf\nbaseurl: /conf2020\n")}, "/conf2020", nil},
		{"Jekyll baseurl with url", fstest.MapFS{"_config.yml": file("url: https://ada.github.io\nbaseurl: \"/conf2020/\"\n")}, "/conf2020", nil},
		{"Jekyll empty baseurl", fstest.MapFS{"_config.yml": file("url: https://conf.example.org\nbaseurl: \"\"\n")}, "", nil},
		{"Jekyll baseurl of a template", fstest.MapFS{"_config.yml": file("baseurl: \"{{ site.x }}\"\n")}, "", nil},
		{"Hugo baseURL with a path", fstest.MapFS{"hugo.toml": file("baseURL = \"https://ada.github.io/talks-site/\"\n"), "content/a.md": file("# A\n")}, "/talks-site", nil},
		{"Hugo baseURL at the root", fstest.MapFS{"hugo.toml": file("baseURL = \"https://talks.example.org/\"\n"), "content/a.md": file("# A\n")}, "", nil},
		{"Astro base", fstest.MapFS{"astro.config.mjs": file("export default defineConfig({\n  site: 'https://ada.github.io',\n  base: '/talks-site',\n});\n"), "src/pages/index.md": file("# A\n")}, "/talks-site", nil},
		{"Astro base without site", fstest.MapFS{"astro.config.mjs": file("export default defineConfig({ base: '/talks-site' });\n"), "src/pages/index.md": file("# A\n")}, "/talks-site", nil},
		{"Eleventy pathPrefix", fstest.MapFS{".eleventy.js": file("module.exports = function (eleventyConfig) {\n  return {\n    pathPrefix: \"/meetup/\",\n    dir: { input: \"src\" },\n  };\n};\n"), "src/index.md": file("# A\n")}, "/meetup", nil},
		{"Eleventy pathPrefix from the environment", fstest.MapFS{".eleventy.js": file("module.exports = { pathPrefix: process.env.PREFIX || \"/\" };\n"), "index.md": file("# A\n")}, "", nil},
		{"Franklin prepath", fstest.MapFS{"config.md": file("@def prepath = \"blog\"\n@def website_url = \"https://ada.github.io\"\n"), "_layout/x.html": file("x")}, "/blog", nil},
		{
			// "/conf2020/talks/" is the talks page; "/conf2020" the home
			// page; "/conf2019/" last year's site and "/conf2020-videos/"
			// another path, left as written, as is "/about/", which
			// themes put under the base path.
			"Jekyll menu under the base path",
			fstest.MapFS{
				"_config.yml":          file("baseurl: /conf2020\n"),
				"_data/navigation.yml": file("- title: Talks\n  url: /conf2020/talks/\n- title: Home\n  url: /conf2020\n- title: Venue\n  url: \"/conf2020#venue\"\n- title: Last year\n  url: /conf2019/\n- title: Videos\n  url: /conf2020-videos/\n- title: About\n  url: /about/\n"),
			},
			"/conf2020",
			[]string{"/talks/", "/", "/#venue", "/conf2019/", "/conf2020-videos/", "/about/"},
		},
		{
			"Hugo menu under the base path",
			fstest.MapFS{"hugo.toml": file("baseURL = \"https://ada.github.io/repo/\"\n[[menu.main]]\nname = \"Talks\"\nurl = \"/repo/talks/\"\n"), "content/a.md": file("# A\n")},
			"/repo",
			[]string{"/talks/"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Detect(tt.fsys)
			if !l.Foreign() {
				t.Fatalf("detected %s", l.Tool)
			}
			c, _ := l.Config(tt.fsys)
			if c.SourceBase != tt.base {
				t.Errorf("source base %q, want %q", c.SourceBase, tt.base)
			}
			if tt.menus != nil {
				var got []string
				for _, m := range c.Menu {
					got = append(got, m.URL)
				}
				if !slices.Equal(got, tt.menus) {
					t.Errorf("menu %q, want %q", got, tt.menus)
				}
			}
		})
	}
}
