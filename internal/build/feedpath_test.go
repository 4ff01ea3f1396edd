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
	if home := read("index.html"); !strings.Contains(home, `href="/atom.xml"`) {
		t.Errorf("the home page does not link /atom.xml:\n%s", home)
	}
}
