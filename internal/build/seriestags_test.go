package build

import (
	"strings"
	"testing"
)

// TestHugoSeriesGrouped: a Hugo blog's posts of one series (its series
// taxonomy, as PaperMod, Blowfish and Congo write it) are listed
// together on the series' tag page, which the series' own page
// (content/series/<term>/_index.md) introduces and the menu's link to
// /series/<term>/ reaches.
func TestHugoSeriesGrouped(t *testing.T) {
	read, _ := buildSite(t, `
-- hugo.toml --
title = "Notes"
[taxonomies]
tag = "tags"
series = "series"
[[menu.main]]
name = "Paris"
url = "/series/kubecon-eu-2024/"
-- content/posts/day1.md --
---
title: Day one
date: 2024-03-20
series: ["KubeCon EU 2024"]
---
Operators.
-- content/posts/day2.md --
---
title: Day two
date: 2024-03-21
series: ["KubeCon EU 2024"]
---
eBPF.
-- content/posts/other.md --
---
title: Something else
date: 2024-03-22
---
Else.
-- content/series/kubecon-eu-2024/_index.md --
---
title: KubeCon EU 2024
---
Four days of notes from Paris.
`)
	page := read("tags/kubecon-eu-2024/index.html")
	for _, want := range []string{"<h1>KubeCon EU 2024</h1>", "Four days of notes from Paris.", `href="/posts/day1/"`, `href="/posts/day2/"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the series' page lacks %s:\n%s", want, page)
		}
	}
	if strings.Contains(page, `href="/posts/other/"`) {
		t.Errorf("the series' page lists a post of no series:\n%s", page)
	}
	if home := read("index.html"); !strings.Contains(home, `<a href="/tags/kubecon-eu-2024/">Paris</a>`) {
		t.Errorf("the menu's link to the series does not lead to its page:\n%s", home)
	}
}
