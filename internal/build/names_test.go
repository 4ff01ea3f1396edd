package build

import "testing"

// TestPathNames: a page published at its path keeps the names of its
// folders and file as its tool writes them in URLs: Hugo, Eleventy,
// Astro, Jekyll, Franklin and Quarto keep an underscore that lectern's own slugs make a
// hyphen, and a bundle's files stay beside its page, those in its
// sub-folders too. A slug the page sets is kept as written. A file name's
// date prefix stays in the URL where the tool keeps it (Hugo, Eleventy,
// Astro), and goes where it does not (Jekyll's posts, Hugo reading dates
// from file names). A Hugo page's slug is lower-cased as Hugo's
// MakePathSanitized lower-cases every page path (slug: Own_Slug at
// post/own_slug/).
func TestPathNames(t *testing.T) {
	for _, tc := range []struct {
		name, site string
		want       []string // output files that must exist
	}{
		{"hugo", "-- hugo.toml --\nbaseURL = \"https://example.org/\"\n" +
			"-- content/post/my_first_post.md --\n---\ntitle: My first post\ndate: 2020-01-02\n---\nHello.\n" +
			"-- content/post/named.md --\n---\ntitle: Named\nslug: Own_Slug\n---\nNamed.\n" +
			"-- content/talk/Intro_Purr/index.md --\n---\ntitle: Intro\ndate: 2020-01-02\n---\n[a](intro_slides.pdf) [b](slides/x.pdf)\n" +
			"-- content/talk/Intro_Purr/intro_slides.pdf --\npdf\n" +
			"-- content/talk/Intro_Purr/slides/x.pdf --\npdf\n" +
			"-- content/post/2019-05-01-dated.md --\n---\ntitle: Dated\n---\nDated.\n" +
			"-- content/talk/2019-06-01-bundle/index.md --\n---\ntitle: Bundle\n---\nBundle.\n",
			[]string{"post/2019-05-01-dated/index.html", "talk/2019-06-01-bundle/index.html", "post/my_first_post/index.html", "post/own_slug/index.html", "talk/intro_purr/index.html",
				"talk/intro_purr/intro_slides.pdf", "talk/intro_purr/slides/x.pdf"}},
		{"hugo reading dates from file names", "-- hugo.toml --\nbaseURL = \"https://example.org/\"\n[frontmatter]\ndate = [\":filename\", \":default\"]\n" +
			"-- content/post/2019-05-01-dated.md --\n---\ntitle: Dated\n---\nDated.\n",
			[]string{"post/dated/index.html"}},
		{"hugo bundle with its own slug", "-- hugo.toml --\nbaseURL = \"https://example.org/\"\n" +
			"-- content/posts/2024-06-trip/index.md --\n---\ntitle: Trip\ndate: 2024-06-01\nslug: trip\n---\n![map](map.png)\n" +
			"-- content/posts/2024-06-trip/map.png --\npng\n",
			[]string{"posts/trip/index.html", "posts/trip/map.png"}},
		{"eleventy", "-- .eleventy.js --\nmodule.exports = {};\n" +
			"-- posts/my_first_post.md --\n---\ntitle: My first post\n---\nHello.\n" +
			"-- posts/2018-01-01-myfile.md --\n---\ntitle: My file\n---\nHello.\n",
			[]string{"posts/my_first_post/index.html", "posts/2018-01-01-myfile/index.html"}},
		{"astro", "-- astro.config.mjs --\nexport default {};\n" +
			"-- src/content/blog/My_Post.md --\n---\ntitle: My post\n---\nHello.\n" +
			"-- src/pages/About_Us.md --\n---\ntitle: About us\n---\nUs.\n" +
			"-- src/content/blog/2020-03-04-launch.md --\n---\ntitle: Launch\n---\nLaunch.\n",
			[]string{"blog/my_post/index.html", "About_Us/index.html", "blog/2020-03-04-launch/index.html"}},
		{"jekyll", "-- _config.yml --\ntitle: J\npermalink: pretty\n" +
			"-- docs/Getting_Started.md --\n---\ntitle: Getting started\n---\nStart.\n" +
			"-- _styleguide/my_elements.md --\n---\ntitle: Elements\n---\nElements.\n" +
			"-- _posts/2018-01-01-first.md --\n---\ntitle: First\n---\nFirst.\n",
			[]string{"docs/Getting_Started/index.html", "styleguide/my_elements/index.html", "2018/01/01/first/index.html"}},
		{"franklin", "-- config.md --\n+++\nauthor = \"A\"\n+++\n-- _layout/head.html --\n<html>\n" +
			"-- 2022/cfp_fr.md --\n+++\ntitle = \"Appel\"\n+++\nTexte.\n",
			[]string{"2022/cfp_fr/index.html"}},
		{"quarto", "-- _quarto.yml --\nproject:\n  type: website\nwebsite:\n  title: Q\n" +
			"-- talks/Big_Talk.qmd --\n---\ntitle: Big talk\ndate: 2021-03-04\n---\nTalk.\n" +
			"-- posts/my_post/index.qmd --\n---\ntitle: My post\n---\nPost.\n",
			[]string{"talks/Big_Talk.html", "posts/my_post/index.html"}},
		{"lectern", "-- config.toml --\ntitle = \"L\"\n" +
			"-- content/about/my_page.md --\n---\ntitle: My page\n---\nMine.\n",
			[]string{"about/my-page/index.html"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read, _ := buildSite(t, tc.site)
			for _, f := range tc.want {
				if read(f) == "" {
					t.Errorf("%s was not written", f)
				}
			}
		})
	}
}
