package build

import (
	"strings"
	"testing"
)

// TestJekyllFeedPathWritten: a Jekyll site whose jekyll-feed writes its
// feed at atom.xml gets it there, linked from every page's head, and no
// feed.xml its readers never subscribed to.
func TestJekyllFeedPathWritten(t *testing.T) {
	read, _ := buildSite(t, `
-- _config.yml --
title: Blog
url: https://blog.example
feed:
  path: atom.xml
-- _posts/2024-01-02-hello.md --
---
title: Hello
---
Hi.
`)
	if feed := read("atom.xml"); !strings.Contains(feed, "<title>Hello</title>") || !strings.Contains(feed, `href="https://blog.example/atom.xml"`) {
		t.Errorf("atom.xml:\n%s", feed)
	}
	if read("feed.xml") != "" {
		t.Error("feed.xml written too")
	}
	home := read("index.html")
	if !strings.Contains(home, `<link rel="alternate" type="application/atom+xml" title="Blog" href="/atom.xml">`) || !strings.Contains(home, `<a href="/atom.xml">Atom feed</a>`) {
		t.Errorf("the home page does not link /atom.xml in its head and footer:\n%s", home)
	}
	if strings.Contains(home, "/feed.xml") {
		t.Errorf("the home page links /feed.xml:\n%s", home)
	}
}

// TestToolFeedPathWritten: a Hugo blog's feed is at /index.xml and an
// Astro blog's at the path of its rss.xml.js route, where their readers
// subscribed, linked from every page's head; no feed.xml beside it.
func TestToolFeedPathWritten(t *testing.T) {
	tests := []struct {
		name, site, feed string
	}{
		{"Hugo", `
-- hugo.toml --
title = "Blog"
baseURL = "https://blog.example/"
-- content/posts/hello.md --
---
title: Hello
date: 2024-01-02
---
Hi.
`, "index.xml"},
		{"Astro", `
-- astro.config.mjs --
export default defineConfig({ site: 'https://blog.example' });
-- src/pages/rss.xml.js --
export async function GET(context) { return rss({}); }
-- src/pages/blog/[...slug].astro --
---
const posts = await getCollection('blog');
---
-- src/content/blog/hello.md --
---
title: Hello
pubDate: 2024-01-02
---
Hi.
`, "rss.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.site)
			if feed := read(tt.feed); !strings.Contains(feed, "<title>Hello</title>") || !strings.Contains(feed, `href="https://blog.example/`+tt.feed+`"`) {
				t.Errorf("%s:\n%s", tt.feed, feed)
			}
			if read("feed.xml") != "" {
				t.Error("feed.xml written too")
			}
			if home := read("index.html"); !strings.Contains(home, `href="/`+tt.feed+`"><link rel="stylesheet"`) {
				t.Errorf("the home page does not link /%s in its head:\n%s", tt.feed, home)
			}
		})
	}
}
