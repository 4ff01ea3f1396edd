package build

import (
	"context"
	"strings"
	"testing"
)

// hugoPagedSite is a Hugo blog paginating at two posts, its posts'
// section titled by its _index.md.
const hugoPagedSite = "-- hugo.toml --\nbaseURL = \"https://x.org/\"\ntitle = \"H\"\npaginate = 2\n" +
	"-- content/posts/_index.md --\n---\ntitle: All posts\n---\nEverything.\n" +
	"-- content/posts/a.md --\n---\ntitle: Post A\ndate: 2024-01-01\n---\nA.\n" +
	"-- content/posts/b.md --\n---\ntitle: Post B\ndate: 2024-02-01\n---\nB.\n" +
	"-- content/posts/c.md --\n---\ntitle: Post C\ndate: 2024-03-01\n---\nC.\n"

// TestHugoPagedSection: a Hugo blog's section is split at its config's
// paginate, its second page at Hugo's /posts/page/2/, and every page is
// titled by the section's _index.md, as Hugo titles them, the intro's
// text shown on the first alone.
func TestHugoPagedSection(t *testing.T) {
	read, _ := buildSite(t, hugoPagedSite)
	first, second := read("posts/index.html"), read("posts/page/2/index.html")
	if !strings.Contains(first, "Everything.") || !strings.Contains(first, "Post C") || strings.Contains(first, "Post A") {
		t.Errorf("posts/index.html: %.1500s", first)
	}
	for _, want := range []string{"<title>All posts (page 2 of 2) · H</title>", "<h1>All posts</h1>", "Post A"} {
		if !strings.Contains(second, want) {
			t.Errorf("posts/page/2/index.html lacks %q: %.1500s", want, second)
		}
	}
	if strings.Contains(second, "Everything.") {
		t.Errorf("posts/page/2/index.html shows the intro's text")
	}
}

// TestHugoPagedSectionPreview: an edit of the section's title in the
// preview retitles its later pages too, as a fresh build does.
func TestHugoPagedSectionPreview(t *testing.T) {
	dir, s := startSession(t, hugoPagedSite)
	write(t, dir, "content/posts/_index.md", "---\ntitle: Writing\n---\nEverything.\n")
	_, diags := s.Rebuild(context.Background(), []string{"content/posts/_index.md"})
	out, ok := s.Output("posts/page/2/index.html")
	if !ok || !strings.Contains(string(out.Body), "<h1>Writing</h1>") {
		t.Errorf("posts/page/2/index.html is not retitled: %.1500s", out.Body)
	}
	sameAsFullBuild(t, s, dir, diags)
}

// TestHugoHomeLaterPages: a Hugo blog's home page lists its posts page
// by page at /page/2/…, which readers bookmark; each leads to the same
// page of the notes index, and /page/1/ to the home page, as Hugo
// writes it. lectern's own layout, whose home page lists no notes page
// by page, writes none.
func TestHugoHomeLaterPages(t *testing.T) {
	read, diags := buildSite(t, hugoPagedSite)
	if len(diags) != 0 {
		t.Errorf("diagnostics %q", diags)
	}
	for path, want := range map[string]string{
		"page/1/index.html": `url=/"`,
		"page/2/index.html": `url=/notes/page/2/"`,
	} {
		if got := read(path); !strings.Contains(got, want) {
			t.Errorf("%s lacks %q: %.1500s", path, want, got)
		}
	}
	if read("notes/page/2/index.html") == "" || read("page/3/index.html") != "" {
		t.Errorf("the notes' second page is missing, or a third page of the home is written")
	}

	own := "-- config.toml --\ntitle = \"L\"\n[pagination]\nper_page = 2\n" +
		"-- content/notes/a.md --\n---\ntitle: A\ndate: 2024-01-01\n---\nA.\n" +
		"-- content/notes/b.md --\n---\ntitle: B\ndate: 2024-02-01\n---\nB.\n" +
		"-- content/notes/c.md --\n---\ntitle: C\ndate: 2024-03-01\n---\nC.\n"
	read, _ = buildSite(t, own)
	if read("notes/page/2/index.html") == "" || read("page/2/index.html") != "" || read("page/1/index.html") != "" {
		t.Errorf("lectern's layout: the home page's later pages lead to the notes")
	}
}
