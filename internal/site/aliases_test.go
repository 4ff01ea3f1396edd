package site

import (
	"slices"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// TestOldURLs checks how a page's old URLs are resolved: a relative one
// from the page's folder, its own URL and repeats dropped silently, one
// that is another page's URL or an earlier page's old URL dropped with a
// warning at the field, as is one that cannot be published.
func TestOldURLs(t *testing.T) {
	old := func(aliases ...string) func(d *content.Document) {
		return func(d *content.Document) {
			d.Aliases = aliases
			d.Fields = content.PositionsAt(diag.Pos{File: d.File, Line: 4, Col: 1}, "aliases")
		}
	}
	docs := []*content.Document{
		doc("about/team.md", content.KindPage, "Team", old("/people/", "crew/", "/about/team/", "/people/", "/about/conduct/", "/a/../b/")),
		doc("about/conduct.md", content.KindPage, "Conduct", old("/coc.html", "/people/")),
	}
	s, diags := build(t, config.Default(), Options{}, docs...)
	want := map[string][]string{
		"content/about/team.md":    {"/about/crew/"},
		"content/about/conduct.md": {"/coc.html", "/people/"},
	}
	for _, p := range s.Pages {
		if !slices.Equal(p.Aliases, want[p.Doc.File]) {
			t.Errorf("%s: aliases %q, want %q", p.Doc.File, p.Aliases, want[p.Doc.File])
		}
	}
	wantDiags := []string{
		`content/about/team.md:4:1: warning: old URL /people/ is an old URL of content/about/conduct.md too; the redirect goes there, the first in file order; delete it from one of them`,
		`content/about/team.md:4:1: warning: old URL "/a/../b/" has a ".." part, which would place the page outside its folder, so no redirect is written there; remove that part`,
		`content/about/team.md:4:1: warning: old URL /about/conduct/ is where content/about/conduct.md is written, so no redirect to this page is written there; delete it here`,
	}
	for _, w := range wantDiags {
		if !slices.Contains(diags, w) {
			t.Errorf("diagnostics %q lack\n%q", diags, w)
		}
	}
}
