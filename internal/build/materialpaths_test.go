package build

import (
	"slices"
	"strings"
	"testing"
)

// TestMaterialPaths: a relative materials path that names no published
// file is the one published file whose path ends with it, as a theme
// prefixing it with a folder of its own ("/slides/{{ . }}") links it;
// none or several is a warning at the field, saying how to fix it.
func TestMaterialPaths(t *testing.T) {
	site := `-- hugo.toml --
title = "Conf"
-- static/slides/2022/deck.pdf --
pdf
-- static/a/x/d.pdf --
one
-- static/b/x/d.pdf --
two
-- static/files/kept.pdf --
kept
-- content/talks/engines.md --
---
title: Engines
date: 2022-05-01T10:00:00Z
slides: 2022/deck.pdf#page=2
video: 2023/gone.mp4
links:
  - name: Handout
    url: x/d.pdf
  - name: Paper
    url: files/kept.pdf
  - name: Notes
    url: /notes/
---
A talk.
`
	read, diags := buildSite(t, site)
	page := read("talks/engines/index.html")
	for _, tc := range []struct{ name, want string }{
		{"the one file ending so", `href="/slides/2022/deck.pdf#page=2"`},
		{"a file at that path from the root", `href="/files/kept.pdf"`},
		{"a page's URL", `href="/notes/"`},
		{"several files: as written", `href="/x/d.pdf"`},
		{"no file: as written", `href="/2023/gone.mp4"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(page, tc.want) {
				t.Errorf("the talk's page lacks %s:\n%s", tc.want, page)
			}
		})
	}
	want := []string{
		`content/talks/engines.md:5:1: warning: the video "/2023/gone.mp4" names no file of this site (neither beside this page nor under static/ or content/, and no file's path ends with "2023/gone.mp4"), so its link leads nowhere; add the file or write the path of the one meant from the site's root`,
		`content/talks/engines.md:6:1: warning: the "Handout" link "/x/d.pdf" names no file of this site, and the paths of several files end with it (/a/x/d.pdf, /b/x/d.pdf); write the path of the one meant from the site's root`,
	}
	for _, w := range want {
		if !slices.Contains(diags, w) {
			t.Errorf("missing diagnostic %s\namong %q", w, diags)
		}
	}
	if len(diags) != len(want)+1 { // and base_url is not set
		t.Errorf("diagnostics: %q", diags)
	}
}
