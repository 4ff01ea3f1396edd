package build

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/layout"
)

// increlSite is a Jekyll site whose posts include a box from a folder
// beside them, as Jekyll's include_relative reads it.
const increlSite = `-- _config.yml --
title: Relative
permalink: /:categories/:slug/
-- _posts/_includes/series.md --
> Part of the {{ include.name }} series.
{: .box}
-- _posts/2025-03-05-one.md --
---
title: One
categories: articles
---
{% include_relative _includes/series.md name="Assets" %}

Body one.
-- _posts/2025-03-26-two.md --
---
title: Two
categories: articles
---
Intro.

{% include_relative _includes/gone.md %}
`

// TestBuildIncludeRelative: a post's include_relative shows the file
// from its folder with its parameter, the file makes no page of its own,
// and a missing one is warned about at its tag.
func TestBuildIncludeRelative(t *testing.T) {
	read, diags := buildSite(t, increlSite)
	if b := read("articles/one/index.html"); !strings.Contains(b, "Part of the Assets series.") || strings.Contains(b, "include_relative") {
		t.Errorf("the relative include is not run: %.1500s", b[strings.Index(b, "<main"):])
	}
	for _, p := range []string{"_posts/_includes/series.md", "_includes/series/index.html", "series/index.html", "articles/series/index.html"} {
		if read(p) != "" {
			t.Errorf("the included file is published as %s", p)
		}
	}
	want := `_posts/2025-03-26-two.md:7:1: warning: include_relative "_includes/gone.md": there is no file _posts/_includes/gone.md; it is left out`
	if !slices.Contains(diags, want) {
		t.Errorf("diagnostics %q\nwant %q", diags, want)
	}
}

// TestSessionIncludeRelative: in the preview, an edit of a file a page
// includes relatively, in a folder Jekyll reads no page from, shows in
// the page as in a fresh build.
func TestSessionIncludeRelative(t *testing.T) {
	dir, s := startSession(t, increlSite)
	edit(t, dir, "_posts/_includes/series.md", "> Now the {{ include.name }} saga.\n")
	_, diags := s.Rebuild(context.Background(), []string{"_posts/_includes/series.md"})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if b := body(t, s, "articles/one/index.html"); !strings.Contains(b, "Now the Assets saga.") {
		t.Errorf("the edited file is not shown: %.1500s", b[strings.Index(b, "<main"):])
	}
	sameAsFullBuild(t, s, dir, diags)
}

// TestWatchedRelative: the preview watches the files of a Jekyll site
// that only include_relative or {% bibliography %} reads, and not its
// machinery.
func TestWatchedRelative(t *testing.T) {
	l := layout.Detect(fstest.MapFS{"_config.yml": {Data: []byte("title: x\n")}, "_posts/2025-01-01-a.md": {Data: []byte("a")}})
	for _, tc := range []struct {
		rel  string
		want bool
	}{
		{"_posts/_includes", true},
		{"_posts/_includes/nav.md", true},
		{"docs/_parts/intro.md", true},
		{"_posts/2025-01-01-a.md", false},
		{"_posts", false},
		{"_layouts/_parts/x.html", false},
		{"_site/_x/y.html", false},
		{"_config.yml", false},
		{"_bibliography/papers.bib", true},
		{"_refs/talks.bib", true},
	} {
		if got := Watched(l, tc.rel); got != tc.want {
			t.Errorf("Watched(%q) = %v, want %v", tc.rel, got, tc.want)
		}
	}
}
