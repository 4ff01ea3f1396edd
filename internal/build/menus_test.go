package build

import (
	"regexp"
	"strings"
	"testing"
)

// navText is the text of the links of a page's main navigation.
func navText(page string) string {
	nav := regexp.MustCompile(`(?s)<nav class="site-nav".*?</nav>`).FindString(page)
	links := regexp.MustCompile(`<a href="([^"]*)"[^>]*>([^<]*)</a>`).FindAllStringSubmatch(nav, -1)
	var out []string
	for _, l := range links {
		out = append(out, l[2]+" "+l[1])
	}
	return strings.Join(out, ", ")
}

// The author's navigation is the site's: another tool's menu with the
// pages that put themselves in it, in the order of their weights, each
// page link going to its URL and named by its title unless named.
func TestAuthorsNavigation(t *testing.T) {
	read, diags := buildSite(t, "-- config.toml --\nbaseURL = \"https://h.org/\"\ntitle = \"H\"\n"+
		"[[menu.main]]\nname = \"Home\"\nurl = \"/\"\nweight = 1\n"+
		"[[menu.main]]\npageRef = \"/venue\"\nweight = 30\n"+
		"[[menu.main]]\nname = \"Gone\"\npageRef = \"/nothing-here\"\nweight = 40\n"+
		"[[menu.main]]\nname = \"Code\"\nurl = \"https://example.org/code\"\n"+
		"-- content/venue/_index.md --\n---\ntitle: Venue\n---\nWhere.\n"+
		"-- content/venue/hotels.md --\n---\ntitle: Hotels\n---\nSleep.\n"+
		"-- content/about.md --\n---\ntitle: About us\nmenu:\n  main:\n    name: Who\n    weight: 20\n---\nUs.\n"+
		"-- content/conduct.md --\n---\ntitle: Code of conduct\nmenu: main\n---\nBe kind.\n"+
		"-- content/legal.md --\n---\ntitle: Legal\nmenu: footer\n---\nx.\n"+
		"-- content/talks/a.md --\n---\ntitle: A talk\nspeakers: [Ann]\n---\nx.\n")
	want := "Home /, Who /about/, Venue /venue/, Code https://example.org/code, Code of conduct /conduct/"
	for _, p := range []string{"index.html", "about/index.html", "talks/a/index.html"} {
		if got := navText(read(p)); got != want {
			t.Errorf("%s: navigation %q, want %q", p, got, want)
		}
	}
	if !strings.Contains(strings.Join(diags, "\n"), `config.toml:12:12: warning: the navigation links to "/nothing-here", which is no page of this site`) {
		t.Errorf("no warning for a link to no page: %q", diags)
	}
}

// Eleventy's eleventyNavigation puts a page in the navigation by its
// key, in order; an entry under a parent is a submenu's, left out.
func TestEleventyNavigation(t *testing.T) {
	read, _ := buildSite(t, "-- .eleventy.js --\nmodule.exports = function() {};\n"+
		"-- index.md --\n---\ntitle: Conf\neleventyNavigation:\n  key: Home\n  order: 1\n---\nHi.\n"+
		"-- tickets.md --\n---\ntitle: Buy tickets\neleventyNavigation:\n  key: Tickets\n  order: 3\n---\nBuy.\n"+
		"-- cfp.md --\n---\ntitle: Call for papers\neleventyNavigation:\n  key: CFP\n  order: 2\n---\nSpeak.\n"+
		"-- cfp-faq.md --\n---\ntitle: CFP FAQ\neleventyNavigation:\n  key: FAQ\n  parent: CFP\n---\nQ.\n")
	if got, want := navText(read("tickets/index.html")), "Home /, CFP /cfp/, Tickets /tickets/"; got != want {
		t.Errorf("navigation %q, want %q", got, want)
	}
}

// A navigation none of whose links leads anywhere is no navigation: the
// site's own indexes are, as without one.
func TestBrokenNavigationFallsBack(t *testing.T) {
	read, diags := buildSite(t, "-- _quarto.yml --\nproject:\n  type: website\nwebsite:\n  title: Q\n  navbar:\n    right:\n      - about.qmd\n"+
		"-- posts/a.qmd --\n---\ntitle: A post\ndate: 2024-01-02\n---\nx.\n")
	if got := navText(read("posts/a.html")); !strings.Contains(got, "Notes /notes/") {
		t.Errorf("navigation %q", got)
	}
	if !strings.Contains(strings.Join(diags, "\n"), `_quarto.yml:7:9: warning: the navigation links to "about.qmd"`) {
		t.Errorf("diagnostics %q", diags)
	}
}

// A Hugo menu's pageRef naming a top section without an _index.md
// leads to the section's list, named by the folder unless named; the
// default language's menus file is the menu, and a link to no page is
// placed in that file.
func TestSectionNavigation(t *testing.T) {
	read, diags := buildSite(t, "-- config/_default/hugo.toml --\nbaseURL = \"https://h.org/\"\ntitle = \"H\"\n"+
		"-- config/_default/menus.en.toml --\n[[main]]\nname = \"Blog\"\npageRef = \"posts\"\nweight = 1\n"+
		"[[main]]\npageRef = \"/my_notes/\"\nweight = 2\n"+
		"[[main]]\nname = \"Gone\"\npageRef = \"music\"\nweight = 3\n"+
		"-- content/posts/a.md --\n---\ntitle: A post\ndate: 2024-01-02\n---\nx.\n"+
		"-- content/my_notes/b.md --\n---\ntitle: B\n---\nx.\n")
	if got, want := navText(read("index.html")), "Blog /posts/, My notes /my_notes/"; got != want {
		t.Errorf("navigation %q, want %q", got, want)
	}
	if !strings.Contains(strings.Join(diags, "\n"), `config/_default/menus.en.toml:10:12: warning: the navigation links to "music", which is no page of this site`) {
		t.Errorf("no warning in the menus file for a link to no page: %q", diags)
	}
}

// A Chirpy site's sidebar is its tabs: each page of _tabs by its order,
// those its layout makes leading to lectern's own lists, the one at
// lectern's tags' URL too (TestForeignMenus reads the tabs).
func TestChirpyTabsNavigation(t *testing.T) {
	read, diags := buildSite(t, "-- _config.yml --\ntitle: C\ncollections:\n  tabs:\n    output: true\n    sort_by: order\n"+
		"defaults:\n  - scope:\n      path: ''\n      type: tabs\n    values:\n      layout: page\n      permalink: /:title/\n"+
		"-- _tabs/about.md --\n---\norder: 4\n---\nMe.\n"+
		"-- _tabs/archives.md --\n---\nlayout: archives\norder: 3\n---\n"+
		"-- _tabs/categories.md --\n---\nlayout: categories\norder: 1\n---\n"+
		"-- _tabs/tags.md --\n---\nlayout: tags\norder: 2\n---\n"+
		"-- _posts/2024-06-15-a.md --\n---\ntitle: A\ncategories: [Talks]\ntags: [go]\n---\nBody.\n")
	if got, want := navText(read("index.html")), "Categories /tags/, Tags /tags/, Archives /notes/, About /about/"; got != want {
		t.Errorf("navigation %q, want %q (warnings %q)", got, want, diags)
	}
	for _, d := range diags {
		if strings.Contains(d, "navigation") {
			t.Errorf("warning %q", d)
		}
	}
}

// Beautiful Jekyll's navbar-links are the navigation, in the order
// written; a link written as the page's name (aboutme) leads to the page
// lectern writes at /aboutme/ (TestForeignMenus reads the links).
func TestNavbarLinksNavigation(t *testing.T) {
	read, _ := buildSite(t, "-- _config.yml --\ntitle: B\npermalink: /:year-:month-:day-:title/\n"+
		"navbar-links:\n  About Me: \"aboutme\"\n  Notes: \"/2024-03-03-a\"\n  CV: \"cv.pdf\"\n"+
		"-- aboutme.md --\n---\ntitle: About me\n---\nMe.\n"+
		"-- cv.pdf --\n%PDF\n"+
		"-- _posts/2024-03-03-a.md --\n---\ntitle: A\n---\nBody.\n")
	if got, want := navText(read("index.html")), "About Me /aboutme/, Notes /2024-03-03-a/, CV /cv.pdf"; got != want {
		t.Errorf("navigation %q, want %q", got, want)
	}
}
