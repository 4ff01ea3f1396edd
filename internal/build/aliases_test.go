package build

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestOldURLsRedirect: a page's old URLs get a page that redirects to
// it, under the site's base path; one where lectern writes a list is
// left to the list, with a warning; and in the preview a redirect
// follows the page when its URL changes.
func TestOldURLsRedirect(t *testing.T) {
	dir := writeSite(t, "-- config.toml --\ntitle = \"C\"\nbase_url = \"https://c.example.org/2025/\"\n"+
		"-- content/pages/conduct.md --\n---\ntitle: Code of conduct\nredirect_from:\n  - /about/coc/\n  - /coc.html\n  - /talks/\n---\nBe kind.\n"+
		"-- content/talks/keynote.md --\n---\ntitle: Keynote\ndate: 2025-05-03 09:00\nspeakers: [Alex Kim]\n---\nThe keynote.\n")
	s := NewSession(Options{Source: dir})
	_, diags := s.Rebuild(context.Background(), nil)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	const warning = "content/pages/conduct.md:3:1: warning: old URL /talks/ is taken by the list output, so no redirect to this page is written there; delete it here"
	if !slices.Contains(diags.Strings(), warning) {
		t.Errorf("diagnostics %q lack %q", diags.Strings(), warning)
	}
	redirect := body(t, s, "about/coc/index.html")
	for _, want := range []string{`http-equiv="refresh" content="0; url=/2025/conduct/"`, `<link rel="canonical" href="https://c.example.org/2025/conduct/">`, `<a href="/2025/conduct/">Code of conduct</a>`} {
		if !strings.Contains(redirect, want) {
			t.Errorf("the redirect lacks %s:\n%s", want, redirect)
		}
	}
	if !strings.Contains(body(t, s, "coc.html"), "url=/2025/conduct/") {
		t.Errorf("no redirect at /coc.html")
	}
	if strings.Contains(body(t, s, "talks/index.html"), "refresh") {
		t.Errorf("the redirect took the talks index's place")
	}
	edit(t, dir, "content/pages/conduct.md", "---\ntitle: Code of conduct\nslug: code-of-conduct\nredirect_from:\n  - /about/coc/\n---\nBe kind.\n")
	if _, diags := s.Rebuild(context.Background(), []string{"content/pages/conduct.md"}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if got := body(t, s, "about/coc/index.html"); !strings.Contains(got, "url=/2025/code-of-conduct/") {
		t.Errorf("after the slug edit the redirect points at %s", got)
	}
	if _, ok := s.Output("coc.html"); ok {
		t.Errorf("the redirect of an old URL no longer written is still served")
	}
}

// TestRedirectToWritesARedirect: a page whose redirect_to names another
// address is written as a redirect at its own URL, and is not in the
// sitemap.
func TestRedirectToWritesARedirect(t *testing.T) {
	out, _ := buildSite(t, "-- config.toml --\ntitle = \"C\"\nbase_url = \"https://c.example.org/\"\n"+
		"-- content/pages/tickets.md --\n---\ntitle: Tickets\nredirect_to: https://tickets.example.org/c\n---\nThis text is never shown.\n")
	page := out("tickets/index.html")
	if !strings.Contains(page, `content="0; url=https://tickets.example.org/c"`) || strings.Contains(page, "never shown") {
		t.Errorf("tickets/index.html is not a redirect:\n%s", page)
	}
	if strings.Contains(out("sitemap.xml"), "/tickets/") {
		t.Errorf("the sitemap lists the redirect")
	}
}

// TestRedirectRecordsAreNotListed: a site that keeps its renamed talks
// as files of their own, each holding only new_url, gets a redirect at
// each old URL, and no untitled entry in the talks list, nor a warning
// asking for the title of a page nobody reads.
func TestRedirectRecordsAreNotListed(t *testing.T) {
	out, diags := buildSite(t, "-- config.toml --\ntitle = \"C\"\nbase_url = \"https://c.example.org/\"\n"+
		"-- content/talks/renamed.md --\n---\ntitle: Renamed\n---\nNew text.\n"+
		"-- content/talks/old-name.md --\n---\nnew_url: /talks/renamed/\n---\n")
	if page := out("talks/old-name/index.html"); !strings.Contains(page, `url=/talks/renamed/"`) {
		t.Errorf("talks/old-name/index.html is not a redirect:\n%s", page)
	}
	if list := out("talks/index.html"); strings.Contains(list, "/talks/old-name/") || !strings.Contains(list, "/talks/renamed/") {
		t.Errorf("the talks list should list the renamed talk and not its redirect:\n%s", list)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %v", d)
	}
}
