package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hugoAuthorsSite is a Hugo blog declaring the authors taxonomy: one
// author with a page of their own, one named by an id its authors data
// file gives, one by name alone.
const hugoAuthorsSite = "-- hugo.toml --\nbaseURL = \"https://x.org/\"\ntitle = \"H\"\n[taxonomies]\ntag = \"tags\"\nauthor = \"authors\"\n" +
	"-- data/authors/mira.yaml --\nname: Mira Stone\nbio: Bakes sourdough.\nsocial:\n  - github: https://github.com/mirastone\n" +
	"-- content/authors/cupcake-lover/_index.md --\n---\nname: Cupcake Lover\n---\nWrites about frosting.\n" +
	"-- content/posts/a.md --\n---\ntitle: Post A\ndate: 2024-01-01\nauthors: [Cupcake Lover, Tom Bright]\n---\nA.\n" +
	"-- content/posts/b.md --\n---\ntitle: Post B\ndate: 2024-02-01\nauthors: [mira]\n---\nB.\n"

// TestHugoAuthorTermPages: on a Hugo site declaring the authors
// taxonomy, an author without a page of their own has one at Hugo's
// /authors/<term>/ (the term as the post wrote it, whatever name the
// authors file gives), with their bio and posts, and posts link it; an
// author with their own page keeps it. /authors/, Hugo's list of the
// taxonomy's terms, leads to the speakers index, which lists them. Without the taxonomy, Hugo
// writes no such page, and the author stays named, unlinked.
func TestHugoAuthorTermPages(t *testing.T) {
	read, diags := buildSite(t, hugoAuthorsSite)
	if len(diags) != 0 {
		t.Errorf("diagnostics %q", diags)
	}
	for path, wants := range map[string][]string{
		"authors/mira/index.html":          {"<h1>Mira Stone</h1>", "Bakes sourdough.", `href="/posts/b/"`, `href="https://github.com/mirastone"`},
		"authors/tom-bright/index.html":    {"<h1>Tom Bright</h1>", `href="/posts/a/"`},
		"authors/cupcake-lover/index.html": {"Writes about frosting.", `href="/posts/a/"`},
		"posts/a/index.html":               {`<a href="/authors/cupcake-lover/">Cupcake Lover</a>, <a href="/authors/tom-bright/">Tom Bright</a>`},
		"posts/b/index.html":               {`<a href="/authors/mira/">Mira Stone</a>`},
	} {
		got := read(path)
		for _, want := range wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %q: %.2000s", path, want, got)
			}
		}
	}
	// An author who gives no talks is counted by what they wrote, not
	// as "0 talks".
	if got := read("speakers/index.html"); !strings.Contains(got, `<p class="count">1 note</p>`) || strings.Contains(got, "0 talks") {
		t.Errorf("the people's index counts the authors' talks, not their notes: %.3000s", got)
	}
	if got := read("authors/index.html"); !strings.Contains(got, `href="/speakers/"`) {
		t.Errorf("authors/index.html does not lead to the people: %.2000s", got)
	}
	if read("speakers/mira-stone/index.html") != "" {
		t.Errorf("Mira Stone has a page at lectern's speakers URL too")
	}

	plain := strings.Replace(hugoAuthorsSite, "author = \"authors\"\n", "", 1)
	read, _ = buildSite(t, plain)
	if read("authors/mira/index.html") != "" || read("authors/tom-bright/index.html") != "" || read("authors/index.html") != "" {
		t.Errorf("pages for authors without the authors taxonomy")
	}
	if got := read("posts/b/index.html"); !strings.Contains(got, "by Mira Stone</p>") {
		t.Errorf("posts/b/index.html: Mira Stone not named, unlinked: %.2000s", got)
	}
}

// TestHugoAuthorTermPagesPreview: a post added naming a new author, a
// post's authors edited and a post removed give, in the preview, the
// outputs of a fresh build: the author's page made or let go.
func TestHugoAuthorTermPagesPreview(t *testing.T) {
	dir, s := startSession(t, hugoAuthorsSite)
	write(t, dir, "content/posts/c.md", "---\ntitle: Post C\ndate: 2024-03-01\nauthors: [Ida Vale]\n---\nC.\n")
	_, diags := s.Rebuild(context.Background(), []string{"content/posts/c.md"})
	if _, ok := s.Output("authors/ida-vale/index.html"); !ok {
		t.Errorf("no page for a new post's author")
	}
	sameAsFullBuild(t, s, dir, diags)

	write(t, dir, "content/posts/c.md", "---\ntitle: Post C\ndate: 2024-03-01\nauthors: [mira]\n---\nC.\n")
	_, diags = s.Rebuild(context.Background(), []string{"content/posts/c.md"})
	if _, ok := s.Output("authors/ida-vale/index.html"); ok {
		t.Errorf("the page of an author no post names is kept")
	}
	sameAsFullBuild(t, s, dir, diags)

	if err := os.Remove(filepath.Join(dir, "content/posts/a.md")); err != nil {
		t.Fatal(err)
	}
	_, diags = s.Rebuild(context.Background(), []string{"content/posts/a.md"})
	sameAsFullBuild(t, s, dir, diags)
}
