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
