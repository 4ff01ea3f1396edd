package layout

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
)

// The navigation an author gave their site in another tool is read as
// its menu: each link's text, its URL or the page file it names, its
// weight and where it is written.
func TestForeignMenus(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string // the items as name|url|page|weight|line, one per line
	}{
		{"Hugo's menu.main", fstest.MapFS{
			"config.toml":  file("title = \"H\"\nbaseURL = \"https://h.org/\"\n[menu]\n[[menu.main]]\nname = \"Blog\"\nurl = \"/posts/\"\nweight = 20\n[[menu.main]]\nname = \"Talks\"\npageRef = \"/talks\"\nweight = 10\n[[menu.main]]\nname = \"Old\"\nurl = \"/old/\"\nparent = \"Blog\"\n[[menu.footer]]\nname = \"Legal\"\nurl = \"/legal/\"\n"),
			"content/x.md": file("---\ntitle: x\n---\n"),
		}, "Blog|/posts/||20|6\nTalks||/talks|10|10"},
		{"Hugo's menus in YAML", fstest.MapFS{
			"hugo.yaml":    file("title: H\nmenus:\n  main:\n    - name: About\n      url: /about/\n    - name: Code\n      url: https://github.com/x\n"),
			"content/x.md": file("---\ntitle: x\n---\n"),
		}, "About|/about/||0|5\nCode|https://github.com/x||0|7"},
		{"Hugo: no main menu, a header menu", fstest.MapFS{
			"config.toml":  file("title = \"H\"\nbaseURL = \"https://h.org/\"\n[[menu.header]]\nname = \"Talks\"\nurl = \"/talk/\"\nweight = 2\n[[menu.footer]]\nname = \"Legal\"\nurl = \"/legal/\"\n"),
			"content/x.md": file("---\ntitle: x\n---\n"),
		}, "Talks|/talk/||2|5"},
		{"Hugo: main wins over a header menu", fstest.MapFS{
			"config.toml":  file("title = \"H\"\nbaseURL = \"https://h.org/\"\n[[menu.header]]\nname = \"Talks\"\nurl = \"/talk/\"\n[[menu.main]]\nname = \"Blog\"\nurl = \"/post/\"\n"),
			"content/x.md": file("---\ntitle: x\n---\n"),
		}, "Blog|/post/||0|8"},
		{"Hugo: two menus a header's could be", fstest.MapFS{
			"config.toml":  file("title = \"H\"\nbaseURL = \"https://h.org/\"\n[[menu.header]]\nname = \"Talks\"\nurl = \"/talk/\"\n[[menu.navbar]]\nname = \"Blog\"\nurl = \"/post/\"\n"),
			"content/x.md": file("---\ntitle: x\n---\n"),
		}, ""},
		{"Hugo: the config folder beside a config at the top", fstest.MapFS{
			"config.toml":                file("title = \"H\"\nbaseURL = \"https://h.org/\"\n[params]\ndescription = \"d\"\n"),
			"config/_default/menus.toml": file("[[main]]\nname = \"Blog\"\nurl = \"/post/\"\nweight = 10\n"),
			"content/x.md":               file("---\ntitle: x\n---\n"),
		}, "Blog|/post/||10|3"},
		{"Hugo: menu links read from the root", fstest.MapFS{
			"config.toml":  file("title = \"H\"\nbaseURL = \"https://h.org/\"\n[[menu.main]]\nname = \"CV\"\nurl = \"files/cv.pdf\"\n[[menu.main]]\nname = \"Exp\"\nurl = \"./experience/\"\n[[menu.main]]\nname = \"Top\"\nurl = \"#talks\"\n[[menu.main]]\nname = \"Call\"\nurl = \"tel:123\"\n"),
			"content/x.md": file("---\ntitle: x\n---\n"),
		}, "CV|/files/cv.pdf||0|5\nExp|/experience/||0|8\nTop|#talks||0|11\nCall|tel:123||0|14"},
		{"Quarto's navbar", fstest.MapFS{
			"_quarto.yml": file("project:\n  type: website\nwebsite:\n  title: Q\n  navbar:\n    left:\n      - href: index.qmd\n        text: Home\n      - talks/index.qmd\n      - text: More\n        menu:\n          - a.qmd\n    right:\n      - icon: github\n        href: https://github.com/q\n"),
			"index.qmd":   file("---\ntitle: Q\n---\n"),
		}, "Home||index.qmd|0|7\n||talks/index.qmd|0|9\nGithub|https://github.com/q||0|15"},
		{"Quarto's navbar: an icon's aria-label names it", fstest.MapFS{
			"_quarto.yml": file("project:\n  type: website\nwebsite:\n  navbar:\n    right:\n      - icon: postage-heart-fill\n        aria-label: family\n        href: https://family.example/\n      - icon: envelope\n        aria-label: email\n        text: Write\n        href: mailto:q@example.org\n      - icon: rss\n        aria-label: feed\n        href: index.xml\n"),
			"index.qmd":   file("---\ntitle: Q\n---\n"),
		}, "family|https://family.example/||0|8\nWrite|mailto:q@example.org||0|12\nfeed|index.xml||0|15"},
		{"an R Markdown site's navbar names rendered files and Font Awesome icons", fstest.MapFS{
			"_site.yml":  file("name: ada\ntitle: Ada\nnavbar:\n  left:\n    - text: About\n      href: about.html\n    - text: Old\n      href: old.html\n  right:\n    - icon: fab fa-github\n      href: https://github.com/ada\n"),
			"about.Rmd":  file("---\ntitle: About\n---\n"),
			"about.html": file("<html></html>"),
		}, "About||about.Rmd|0|6\nOld||old.html|0|8\nGithub|https://github.com/ada||0|11"},
		{"Chirpy's tabs, by their order, named by their files", fstest.MapFS{
			"_config.yml":         file("title: C\ncollections:\n  tabs:\n    output: true\n    sort_by: order\n"),
			"_tabs/about.md":      file("---\nicon: fas fa-info-circle\norder: 4\n---\nMe.\n"),
			"_tabs/archives.md":   file("---\nlayout: archives\norder: 3\n---\n"),
			"_tabs/categories.md": file("---\nlayout: categories\norder: 1\n---\n"),
			"_tabs/talks.md":      file("---\ntitle: Speaking\n---\nTalks.\n"),
			"_tabs/tags.md":       file("---\nlayout: tags\norder: 2\n---\n"),
			"_tabs/draft.md":      file("---\norder: 0\npublished: false\n---\n"),
		}, "Categories||_tabs/categories.md|0|1\nTags||_tabs/tags.md|0|1\nArchives||_tabs/archives.md|0|1\nAbout||_tabs/about.md|0|1\nSpeaking||_tabs/talks.md|0|1"},
		{"a _tabs folder no collection declares is no menu", fstest.MapFS{
			"_config.yml":    file("title: C\n"),
			"_tabs/about.md": file("---\norder: 1\n---\nMe.\n"),
		}, ""},
		{"Beautiful Jekyll's navbar-links, in the order written", fstest.MapFS{
			"_config.yml": file("title: B\nnavbar-links:\n  About Me: \"aboutme\"\n  Talks: talks\n  Resources:\n    - Docs: \"https://docs.example\"\n  Author's home: \"https://www.example.com\"\n"),
		}, "About Me|/aboutme||0|3\nTalks|/talks||0|4\nAuthor's home|https://www.example.com||0|7"},
		{"jekyll-theme-conference's navigation among its settings", fstest.MapFS{
			"_config.yml": file("title: C\nconference:\n  lang: en\n  navigation:\n    links:\n      - name: Program\n        relative_url: /program/\n      - live: true\n      - name: Tickets\n        disabled: true\n        absolute_url: ''\n      - name: Years\n        menu:\n          - {name: '2030', relative_url: /2030/}\n      - name: Code\n        absolute_url: https://code.example/c\n"),
		}, "Program|/program/||0|7\nCode|https://code.example/c||0|16"},
		{"a setting's list of other mappings is no menu", fstest.MapFS{
			"_config.yml": file("title: C\nauthor:\n  nav:\n    - {icon: x}\n"),
		}, ""},
		{"minima's header_pages", fstest.MapFS{
			"_config.yml": file("title: J\nheader_pages:\n  - about.md\n  - speakers.md\n"),
		}, "||about.md|0|3\n||speakers.md|0|4"},
		{"a theme's list of links", fstest.MapFS{
			"_config.yml": file("title: J\nnavigationLinks:\n - {permalink: '/about/', text: \"About\"}\n - {permalink: '/schedule/', text: \"Schedule\"}\nattendLinks:\n - {permalink: '/tickets/', text: \"Tickets\"}\n"),
		}, "About|/about/||0|3\nSchedule|/schedule/||0|4"},
		{"a list of other things", fstest.MapFS{
			"_config.yml": file("title: J\nmenu:\n - {dish: soup}\n"),
		}, ""},
		{"_data/navigation.yml: a relative url", fstest.MapFS{
			"_config.yml":          file("title: J\n"),
			"_data/navigation.yml": file("main:\n  - title: \"Venue\"\n    url: venue/\n"),
		}, "Venue|/venue/||0|3"},
		{"_data/navigation.yml", fstest.MapFS{
			"_config.yml":          file("title: J\n"),
			"_data/navigation.yml": file("main:\n  - title: \"Venue\"\n    url: /venue/\n  - title: \"CFP\"\n    url: /cfp/\nfooter:\n  - title: x\n    url: /x/\n"),
		}, "Venue|/venue/||0|3\nCFP|/cfp/||0|5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, diags := Detect(tt.fsys).Config(tt.fsys)
			if diags.HasErrors() {
				t.Fatal(diags.Strings())
			}
			if got := menuText(c.Menu); got != tt.want {
				t.Errorf("menu:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func menuText(items []config.MenuItem) string {
	var lines []string
	for _, it := range items {
		lines = append(lines, fmt.Sprintf("%s|%s|%s|%d|%d", it.Name, it.URL, it.Page, it.Weight, it.Pos.Line))
	}
	return strings.Join(lines, "\n")
}
