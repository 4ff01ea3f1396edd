package build

import (
	"slices"
	"strings"
	"testing"
)

// Pelican names another file of the site in a link or an image with a
// prefix ({filename}, |filename|, {static}, {attach}): the rest is a path
// from the linking file's folder, or from the content folder when it
// starts with "/". Each becomes the URL of that page or file; one that
// names nothing loses its prefix and is a warning.
func TestPelicanFileLinks(t *testing.T) {
	read, diags := buildSite(t, `-- content/posts/a.md --
---
title: A
date: 2014-01-02
---
See [B]({filename}b.md), [B again](|filename|/posts/b.md#part),
[the about page]({filename}/pages/about.md), [the paper]({static}/files/paper.pdf)
and [gone]({filename}gone.md).

![Chart]({filename}/images/chart.png)
![Chart again]({attach}../images/chart.png)
-- content/posts/b.md --
---
title: B
date: 2014-01-01
---
B.
-- content/pages/about.md --
# About
-- content/images/chart.png --
PNG
-- content/files/paper.pdf --
PDF
`)
	a := read("notes/a/index.html")
	for _, want := range []string{
		`href="/notes/b/"`, `href="/notes/b/#part"`, `href="/about/"`, `href="/files/paper.pdf"`,
		`src="/images/chart.png" alt="Chart"`, `src="/images/chart.png" alt="Chart again"`, `href="gone.md"`,
	} {
		if !strings.Contains(a, want) {
			t.Errorf("the page lacks %s: %.2000s", want, a)
		}
	}
	if strings.Contains(a, "filename") || strings.Contains(a, "static") {
		t.Errorf("a prefix is left in the page: %.2000s", a)
	}
	want := `content/posts/a.md:7:6: warning: the link "{filename}gone.md" names no page or file of this site, so it is broken; correct the path (from this file's folder, or from the content folder when it starts with "/")`
	if !slices.Contains(diags, want) {
		t.Errorf("diags %q\nlack %q", diags, want)
	}
}
