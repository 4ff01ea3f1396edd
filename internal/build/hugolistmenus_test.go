package build

import (
	"strings"
	"testing"
)

// A Hugo blog's archives and search pages are made by their theme's
// layouts (PaperMod's content/archives.md, Stack's
// content/page/archives/index.md), which lectern leaves out; the
// navigation's links to them lead to lectern's own lists: the archive
// of posts to the list of notes, the search to lectern's search. Links
// written in the site's menus and the pages' own menu entries alike.
func TestHugoArchiveAndSearchNavigation(t *testing.T) {
	tests := []struct {
		name, files, want string
	}{
		{"PaperMod's menus in the config",
			"-- hugo.toml --\nbaseURL = \"https://b.org/\"\ntitle = \"B\"\n" +
				"[[menu.main]]\nname = \"Archive\"\nurl = \"/archives/\"\nweight = 5\n" +
				"[[menu.main]]\nname = \"Search\"\nurl = \"search/\"\nweight = 10\n" +
				"-- content/archives.md --\n---\ntitle: Archive\nlayout: archives\nurl: /archives/\nsummary: archives\n---\n" +
				"-- content/search.md --\n---\ntitle: Search\nlayout: search\nsummary: search\nplaceholder: search\n---\n" +
				"-- content/posts/a.md --\n---\ntitle: A post\ndate: 2024-01-02\n---\nText.\n",
			"Archive /notes/, Search /search/"},
		{"Stack's pages with their own menu entries",
			"-- config.yaml --\nbaseurl: https://b.org/\ntitle: B\npermalinks:\n  page: /:slug/\n" +
				"-- content/page/archives/index.md --\n---\ntitle: Archives\ndate: 2022-03-06\nlayout: archives\nslug: archives\nmenu:\n  main:\n    weight: -70\n    params:\n      icon: archives\n---\n" +
				"-- content/page/search/index.md --\n---\ntitle: Search\nslug: search\nlayout: search\noutputs: [html, json]\nmenu:\n  main:\n    weight: -60\n---\n" +
				"-- content/page/about/index.md --\n---\ntitle: About\ndate: 2019-02-28\nmenu:\n  main:\n    weight: -90\n---\nMe.\n" +
				"-- content/post/a/index.md --\n---\ntitle: A post\ndate: 2024-01-02\n---\nText.\n",
			"About /about/, Archives /notes/, Search /search/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, diags := buildSite(t, tt.files)
			if got := navText(read("index.html")); got != tt.want {
				t.Errorf("navigation %q, want %q", got, tt.want)
			}
			for _, d := range diags {
				if strings.Contains(d, "navigation") {
					t.Errorf("unexpected warning %s", d)
				}
			}
		})
	}
}
