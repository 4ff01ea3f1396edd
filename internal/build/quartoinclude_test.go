package build

import (
	"strings"
	"testing"
)

// TestBuildQuartoInclude: a cold build, which lets each page's markdown
// go once parsed and reads it again to write the page, shows the text
// of the files a Quarto page includes, named from its folder or from the
// project's, and no warning about the shortcode.
func TestBuildQuartoInclude(t *testing.T) {
	read, diags := buildSite(t, `
-- _quarto.yml --
website:
  title: Talks
-- _footer.qmd --
Thanks for reading.
-- talks/_abstract.md --
Tidy data makes analysis easy.
-- talks/tidy.qmd --
---
title: Tidy data
---
## Abstract

{{< include _abstract.md >}}

{{< include /_footer.qmd >}}
`)
	for _, d := range diags {
		if strings.Contains(d, "include") {
			t.Errorf("diagnostic: %s", d)
		}
	}
	page := read("talks/tidy.html")
	for _, want := range []string{"<p>Tidy data makes analysis easy.</p>", "<p>Thanks for reading.</p>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
}
