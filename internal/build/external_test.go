package build

import (
	"strings"
	"testing"
)

// TestExternalEntries: a page naming externalUrl, as Blowfish's cards
// for outside pages do, gets no page of its own and is listed linking
// there; a plain url on a Hugo page stays its own output path.
func TestExternalEntries(t *testing.T) {
	read, _ := buildSite(t, `
-- config.toml --
title = "Site"
-- hugo.toml --
title = "Site"
-- content/external/interview.md --
---
title: An Interview
date: 2022-06-26
externalUrl: "https://example.org/interview/"
---
Read it there.
-- content/posts/own.md --
---
title: Own Post
date: 2022-07-01
url: /own/
---
Mine.
`)
	if read("external/interview/index.html") != "" {
		t.Errorf("the external page has a page of its own")
	}
	if read("own/index.html") == "" {
		t.Errorf("the page whose url is a path is not at that path")
	}
	home := read("index.html") + read("notes/index.html")
	if !strings.Contains(home, `<a class="item-title" href="https://example.org/interview/" rel="external">An Interview</a>`) {
		t.Errorf("the external page is not listed linking out:\n%s", home)
	}
}

// TestExternalTalks: talks read elsewhere, with no page here (a collection
// no route publishes, linking each to its conference's page), are linked
// talks wherever talks are listed — the home page's and the programme's
// schedule, the talks index, which is written for them — not breaks.
func TestExternalTalks(t *testing.T) {
	read, _ := buildSite(t, `
-- config.toml --
title = "Site"
-- hugo.toml --
title = "Site"
-- content/talks/a.md --
---
title: Starter Kits
date: 2023-10-11T09:00:00Z
externalUrl: "https://example.org/meetup/87/"
location: Lyon
---
-- content/talks/b.md --
---
title: Typing Later
date: 2023-10-11T10:00:00Z
externalUrl: "https://example.org/meetup/88/"
---
-- content/talks/c.md --
---
title: Tests First
date: 2023-10-11T11:00:00Z
externalUrl: "https://example.org/meetup/89/"
---
`)
	link := `href="https://example.org/meetup/87/" rel="external">Starter Kits</a>`
	for _, file := range []string{"index.html", "talks/index.html", "schedule/index.html"} {
		got := read(file)
		if !strings.Contains(got, link) {
			t.Errorf("%s does not link the talk out:\n%s", file, got)
		}
		if strings.Contains(got, "break") {
			t.Errorf("%s shows the talk as a break:\n%s", file, got)
		}
	}
}

// TestExternalURLOutsideHugo: an Eleventy post naming external_url is
// published at its permalink, as Eleventy publishes it, and shows the
// address as a link post does; Blowfish's rule is Hugo's alone.
func TestExternalURLOutsideHugo(t *testing.T) {
	read, _ := buildSite(t, `
-- eleventy.config.js --
module.exports = {}
-- posts/thejam.md --
---
title: A Conference
date: 2024-01-24
external_url: https://conf.example/2024/
permalink: /web/thejam/
---
I spoke there.
`)
	page := read("web/thejam/index.html")
	if page == "" {
		t.Fatalf("the post naming external_url has no page")
	}
	if !strings.Contains(page, `href="https://conf.example/2024/"`) {
		t.Errorf("the post does not link the address:\n%s", page)
	}
}
