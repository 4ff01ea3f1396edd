package build

import (
	"strings"
	"testing"
)

// TestLinkPost: a post with a page of its own that writes "link" (a link
// post, as Minimal Mistakes and Daring Fireball write them) keeps its
// page, which shows a direct link to the page it is about; lists link
// its title to the post and show where it points; the feed's entry
// points there, the post's own page being its related link.
func TestLinkPost(t *testing.T) {
	read, _ := buildSite(t, `
-- _config.yml --
title: Blog
url: https://blog.example
permalink: /:year/:title/
-- _posts/2024-01-02-linked.md --
---
title: Linked
link: https://www.out.example/essay
---
What I think of it.
-- _posts/2024-01-01-plain.md --
---
title: Plain
---
Hi.
`)
	page := read("2024/linked/index.html")
	if !strings.Contains(page, `<a class="button" href="https://www.out.example/essay" rel="external">Direct link</a> <span class="link-host">out.example</span>`) {
		t.Errorf("the post does not link where it points:\n%s", page)
	}
	home := read("index.html")
	if !strings.Contains(home, `<a class="item-title" href="/2024/linked/">Linked</a>`) || !strings.Contains(home, `<a class="link-to" href="https://www.out.example/essay" rel="external">→ out.example</a>`) {
		t.Errorf("the home page does not list the post and where it points:\n%s", home)
	}
	feed := read("feed.xml")
	want := `<id>https://blog.example/2024/linked/</id>
    <link rel="alternate" type="text/html" href="https://www.out.example/essay"></link>
    <link rel="related" type="text/html" href="https://blog.example/2024/linked/"></link>`
	if !strings.Contains(feed, want) {
		t.Errorf("feed.xml lacks\n%s\nin\n%s", want, feed)
	}
	if strings.Count(feed, `rel="related"`) != 1 || strings.Contains(read("2024/plain/index.html"), "Direct link") {
		t.Error("a post without link is made a link post")
	}
}
