package build

import (
	"strings"
	"testing"
)

// TestOwnReadingPage: a blog's own reading page at /reading/, listing
// every book and link of the site's reading list, is that list: it is
// kept without a warning. When the site lists books elsewhere too,
// lectern's reading index, which would gather them, is left out with
// the warning saying how to have both.
func TestOwnReadingPage(t *testing.T) {
	const site = `
-- hugo.toml --
title = "Dev notes"
-- content/reading.md --
---
title: Reading
---
## Currently reading

- [Thinking in Systems](https://example.org/tis) by Donella Meadows
`
	const warning = "where lectern writes the reading-index page"
	out, diags := buildSite(t, site)
	if page := out("reading/index.html"); !strings.Contains(page, "Thinking in Systems") {
		t.Errorf("the author's reading page is not kept:\n%s", page)
	}
	for _, d := range diags {
		if strings.Contains(d, warning) {
			t.Errorf("unexpected warning: %s", d)
		}
	}
	_, diags = buildSite(t, site+`-- content/posts/a.md --
---
title: A
date: 2024-01-02
books:
  - title: Dune
    author: Frank Herbert
---
Text.
`)
	if !strings.Contains(strings.Join(diags, "\n"), warning) {
		t.Errorf("no warning that the reading index is left out: %q", diags)
	}
}
