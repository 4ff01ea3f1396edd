package build

import (
	"context"
	"strings"
	"testing"
)

// categoryIntroSite is a Hugo blog filed by categories, which lectern
// reads as tags, introducing a category and its taxonomy with
// _index.md files, as Hugo themes (Stack, PaperMod) have their authors
// write them.
const categoryIntroSite = "-- config.toml --\nbaseURL = \"https://x.org/\"\ntitle = \"H\"\n" +
	"-- content/posts/a.md --\n---\ntitle: Gradient descent\ndate: 2024-01-02\ncategories: [Machine Learning]\n---\nA.\n" +
	"-- content/posts/b.md --\n---\ntitle: Goroutines\ndate: 2024-02-02\ntags: [go]\n---\nB.\n" +
	"-- content/categories/machine-learning/_index.md --\n---\ntitle: Learning machines\ndescription: Talks on ML.\n---\nWhat I *learnt* of ML.\n" +
	"-- content/categories/_index.md --\n---\ntitle: Categories\n---\nThe kinds of posts.\n"

// A category's own page, and its taxonomy's, introduce the tag page and
// the tags index the category is in lectern, as a tag's own do
// (TestTermIntros): no page of their own at /categories/, where a
// redirect to lectern's page is, and no warning. A tag
// pattern moves a tag's own page with its tag. Where the tags have a
// page of their own folder, the categories' page stays a page.
func TestCategoryIntros(t *testing.T) {
	tests := []struct {
		name, site string
		shows      map[string][]string // output → texts it shows
		absent     []string
	}{
		{
			name: "category and its taxonomy",
			site: categoryIntroSite,
			shows: map[string][]string{
				"tags/machine-learning/index.html": {"<h1>Learning machines</h1>", "What I <em>learnt</em> of ML.", "Talks on ML.", "Gradient descent"},
				"tags/index.html":                  {"<h1>Categories</h1>", "The kinds of posts.", "/tags/machine-learning/", "/tags/go/"},
				// Hugo's pages there are redirects to lectern's (TestHugoTermFeeds).
				"categories/machine-learning/index.html": {"url=/tags/machine-learning/"},
				"categories/index.html":                  {"url=/tags/"},
			},
		},
		{
			name: "a tag pattern",
			site: strings.Replace(categoryIntroSite, "title = \"H\"\n", "title = \"H\"\n[permalinks]\ntags = \"/tag/:slug/\"\n", 1) +
				"-- content/tags/go/_index.md --\n---\ntitle: The Go language\n---\nGophers.\n",
			shows: map[string][]string{
				"tag/machine-learning/index.html":        {"<h1>Learning machines</h1>", "Gradient descent"},
				"tag/go/index.html":                      {"<h1>The Go language</h1>", "Gophers.", "Goroutines"},
				"tag/index.html":                         {"<h1>Categories</h1>"},
				"categories/machine-learning/index.html": {"url=/tag/machine-learning/"},
			},
			absent: []string{"tags/go/index.html"},
		},
		{
			name: "menu links to the categories",
			site: strings.Replace(categoryIntroSite, "title = \"H\"\n", "title = \"H\"\n[[menu.main]]\nname = \"Categories\"\nurl = \"/categories/\"\nweight = 1\n[[menu.main]]\nname = \"ML\"\nurl = \"/categories/machine-learning/\"\nweight = 2\n", 1),
			shows: map[string][]string{
				"index.html": {`<a href="/tags/">Categories</a>`, `<a href="/tags/machine-learning/">ML</a>`},
			},
		},
		{
			name: "the tags' own page first",
			site: categoryIntroSite + "-- content/tags/_index.md --\n---\ntitle: Topics\n---\nAll the topics.\n",
			shows: map[string][]string{
				"tags/index.html":                  {"<h1>Topics</h1>", "All the topics."},
				"categories/index.html":            {"The kinds of posts."},
				"tags/machine-learning/index.html": {"<h1>Learning machines</h1>"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, diags := buildSite(t, tt.site)
			if len(diags) != 0 {
				t.Errorf("diagnostics: %q", diags)
			}
			for out, wants := range tt.shows {
				got := read(out)
				for _, want := range wants {
					if !strings.Contains(got, want) {
						t.Errorf("%s lacks %q: %.2000s", out, want, got)
					}
				}
			}
			for _, out := range tt.absent {
				if read(out) != "" {
					t.Errorf("%s is written", out)
				}
			}
		})
	}
}

// The preview follows a category's intro as a full build does: edited,
// removed, added back, and the tags' own page added beside the
// categories'.
func TestCategoryIntroPreview(t *testing.T) {
	dir, s := startSession(t, categoryIntroSite)
	steps := []struct {
		name, file, text string // text "" removes file
		out, shows       string
	}{
		{"edited", "content/categories/machine-learning/_index.md", "---\ntitle: Neural nets\n---\nAll about nets.\n", "tags/machine-learning/index.html", "All about nets."},
		{"removed", "content/categories/machine-learning/_index.md", "", "tags/machine-learning/index.html", "<h1>Machine Learning</h1>"},
		{"added", "content/categories/machine-learning/_index.md", "---\ntitle: ML again\n---\nBack.\n", "tags/machine-learning/index.html", "<h1>ML again</h1>"},
		{"tags' own", "content/tags/_index.md", "---\ntitle: Topics\n---\nAll.\n", "tags/index.html", "<h1>Topics</h1>"},
		{"tags' own gone", "content/tags/_index.md", "", "tags/index.html", "<h1>Categories</h1>"},
	}
	for _, st := range steps {
		if st.text == "" {
			remove(t, dir, st.file)
		} else {
			edit(t, dir, st.file, st.text)
		}
		_, diags := s.Rebuild(context.Background(), []string{st.file})
		if got := body(t, s, st.out); !strings.Contains(got, st.shows) {
			t.Errorf("%s: %s does not show %q: %.2000s", st.name, st.out, st.shows, got)
		}
		sameAsFullBuild(t, s, dir, diags)
	}
}

// The preview follows a menu link to a category as a full build does:
// the category gone from the last post filed under it, and back.
func TestCategoryMenuPreview(t *testing.T) {
	site := strings.Replace(categoryIntroSite, "title = \"H\"\n", "title = \"H\"\n[[menu.main]]\nname = \"ML\"\nurl = \"/categories/machine-learning/\"\n", 1)
	dir, s := startSession(t, site)
	steps := []struct {
		name, text, shows string
	}{
		{"category gone", "---\ntitle: Gradient descent\ndate: 2024-01-02\n---\nA.\n", `<a href="/categories/machine-learning/">ML</a>`},
		{"category back", "---\ntitle: Gradient descent\ndate: 2024-01-02\ncategories: [Machine Learning]\n---\nA.\n", `<a href="/tags/machine-learning/">ML</a>`},
	}
	for _, st := range steps {
		edit(t, dir, "content/posts/a.md", st.text)
		_, diags := s.Rebuild(context.Background(), []string{"content/posts/a.md"})
		if got := body(t, s, "posts/b/index.html"); !strings.Contains(got, st.shows) {
			t.Errorf("%s: the menu does not show %q: %.2000s", st.name, st.shows, got)
		}
		sameAsFullBuild(t, s, dir, diags)
	}
}
