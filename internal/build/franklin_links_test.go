package build

import (
	"strings"
	"testing"
)

// TestFranklinLinksUnderPrepath: a Franklin site published under its
// prepath gets its links from the root under it, in markdown and in raw
// HTML, as Franklin publishes them; a Hugo site's under its base path are left as written, as Hugo
// leaves them.
func TestFranklinLinksUnderPrepath(t *testing.T) {
	out, _ := buildSite(t, `
-- config.md --
+++
prepath = "notes"
website_url = "ada.github.io"
+++
-- _layout/head.html --
<html>
-- index.md --
@def title = "Home"
See [my notes](/posts/a/) and ![a picture](/assets/p.png).

~~~
<a class="btn" href="/register/"><img src="/assets/b.png"></a>
~~~
-- posts/a.md --
@def title = "A"
Back [home](/).
`)
	home := out("index.html")
	for _, want := range []string{`href="/notes/posts/a/"`, `src="/notes/assets/p.png"`,
		`href="/notes/register/"`, `src="/notes/assets/b.png"`} {
		if !strings.Contains(home, want) {
			t.Errorf("the home page lacks %s:\n%s", want, home)
		}
	}
	if page := out("posts/a/index.html"); !strings.Contains(page, `href="/notes/">home</a>`) {
		t.Errorf("the post's link home is not under the prepath:\n%s", page)
	}
	hugo, _ := buildSite(t, `
-- hugo.toml --
baseURL = "https://ada.example.org/notes/"
-- content/about.md --
---
title: About
---
See [my notes](/posts/a/).
`)
	if about := hugo("about/index.html"); !strings.Contains(about, `href="/posts/a/"`) {
		t.Errorf("Hugo's link from the root was changed:\n%s", about)
	}
}
