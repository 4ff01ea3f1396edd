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
