package build

import (
	"strings"
	"testing"
)

// A Hugo section's _index.md, or a Quarto listing, not at the URL of one
// of lectern's indexes lists the pages of its folder below its text, as
// its tool does; one listing nothing stays a page.
func TestFolderLists(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\nbaseURL = \"https://x.org/\"\ntitle = \"H\"\n"+
		"-- content/blog/_index.md --\n---\ntitle: Writing\n---\nWhat I *write*.\n"+
		"-- content/blog/old.md --\n---\ntitle: Old post\ndate: 2023-01-02\n---\nOld.\n"+
		"-- content/blog/new.md --\n---\ntitle: New post\ndate: 2024-01-02\n---\nNew.\n"+
		"-- content/blog/2022/deep.md --\n---\ntitle: Deep post\ndate: 2022-05-01\n---\nDeep.\n"+
		"-- content/venue/_index.md --\n---\ntitle: Venue\n---\nThe venue.\n"+
		"-- content/venue/hotels.md --\n---\ntitle: Hotels\n---\nStay here.\n"+
		"-- content/venue/getting-there.md --\n---\ntitle: Getting there\n---\nTrains.\n"+
		"-- content/venue/dinner.md --\n---\ntitle: Dinner\ndate: 2024-06-01\n---\nEat.\n"+
		"-- content/about/_index.md --\n---\ntitle: About\n---\nAll about us.\n"+
		"-- content/hidden/_index.md --\n---\ntitle: Secret\n---\nShh.\n"+
		"-- content/hidden/x.md --\n---\ntitle: Hidden x\nhidden: true\n---\nx.\n")
	blog := read("blog/index.html")
	for _, want := range []string{"<h1>Writing</h1>", "What I <em>write</em>.", "3 notes"} {
		if !strings.Contains(blog, want) {
			t.Errorf("blog list lacks %q: %.1500s", want, blog)
		}
	}
	if n, o, d := strings.Index(blog, "New post"), strings.Index(blog, "Old post"), strings.Index(blog, "Deep post"); n < 0 || !(n < o && o < d) {
		t.Errorf("blog list not newest first (%d, %d, %d)", n, o, d)
	}
	venue := read("venue/index.html")
	// Pages of several kinds: the dated first, then the others by URL.
	if d, g, h := strings.Index(venue, "Dinner"), strings.Index(venue, "Getting there"), strings.Index(venue, "Hotels"); d < 0 || !(d < g && g < h) {
		t.Errorf("venue list order (%d, %d, %d): %.1500s", d, g, h, venue)
	}
	if !strings.Contains(venue, "3 pages") || !strings.Contains(venue, "The venue.") {
		t.Errorf("venue list: %.1500s", venue)
	}
	if about := read("about/index.html"); !strings.Contains(about, "All about us.") || strings.Contains(about, "class=\"items\"") {
		t.Errorf("an intro listing nothing is a page of its own: %.1500s", about)
	}
	if got := read("hidden/index.html"); !strings.Contains(got, "Shh.") || strings.Contains(got, "Hidden x") {
		t.Errorf("a folder of hidden pages lists them: %.1500s", got)
	}
	if got := read("notes/index.html"); !strings.Contains(got, "Deep post") {
		t.Errorf("the notes index lost its notes: %.800s", got)
	}
}

// A Quarto listing page lists the folder its contents name; its talks
// newest first, Quarto's order when the listing gives none.
func TestQuartoListingLists(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- _quarto.yml --\nproject:\n  type: website\nwebsite:\n  title: Q\n" +
		"-- writing/index.qmd --\n---\ntitle: Writing\nlisting:\n  contents: posts\n  sort: date desc\n---\nMy posts.\n" +
		"-- presentations/index.qmd --\n---\ntitle: Presentations\nlisting:\n  contents: \"*/index.qmd\"\n---\n")
	for _, d := range []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"} {
		b.WriteString("-- writing/posts/p" + d + ".qmd --\n---\ntitle: Post " + d + "\ndate: 2024-01-" + d + "\n---\nText.\n")
	}
	b.WriteString("-- presentations/b/index.qmd --\n---\ntitle: Later talk\ndate: 2024-05-02\nspeakers: [Ann]\nformat: revealjs\n---\nSlides.\n" +
		"-- presentations/a/index.qmd --\n---\ntitle: Earlier talk\ndate: 2023-05-02\nspeakers: [Ann]\nformat: revealjs\n---\nSlides.\n")
	read, _ := buildSite(t, b.String())
	first := read("writing/index.html")
	if n, o := strings.Index(first, "Post 12"), strings.Index(first, "Post 01"); !strings.Contains(first, "My posts.") || !strings.Contains(first, "12 notes") || n < 0 || o < n {
		t.Errorf("the listing (12 at %d, 01 at %d): %.2000s", n, o, first)
	}
	talks := read("presentations/index.html")
	if e, l := strings.Index(talks, "Earlier talk"), strings.Index(talks, "Later talk"); l < 0 || e < l {
		t.Errorf("talks not newest first (%d, %d): %.2000s", e, l, talks)
	}
	if read("formats/index.html") != "" {
		t.Error("Quarto's output format made a format taxonomy")
	}
}

// A Quarto listing's sort orders its pages, talks too (then no
// programme by day): by date either way, by title, by the files' order;
// also where the listing page introduces lectern's talks index.
func TestQuartoListingSort(t *testing.T) {
	talks := "-- talks/b-mid/index.qmd --\n---\ntitle: Bravo\ndate: 2023-05-02\nspeakers: [Ann]\n---\nT.\n" +
		"-- talks/a-old/index.qmd --\n---\ntitle: Charlie\ndate: 2017-05-02\nspeakers: [Ann]\n---\nT.\n" +
		"-- talks/c-new/index.qmd --\n---\ntitle: Alpha\ndate: 2024-05-02\nspeakers: [Ann]\n---\nT.\n"
	for _, tc := range []struct {
		name, sort string
		want       []string
	}{
		{"default", "", []string{"Alpha", "Bravo", "Charlie"}},
		{"date desc", "  sort: \"date desc\"\n", []string{"Alpha", "Bravo", "Charlie"}},
		{"date", "  sort: date\n", []string{"Charlie", "Bravo", "Alpha"}},
		{"title", "  sort: [title]\n", []string{"Alpha", "Bravo", "Charlie"}},
		{"title desc", "  sort: title desc\n", []string{"Charlie", "Bravo", "Alpha"}},
		{"files", "  sort: false\n", []string{"Charlie", "Bravo", "Alpha"}},
	} {
		// The listing page beside the folder, and the folder's own
		// index.qmd, at the URL of lectern's talks index, which it
		// introduces (Quarto talk archives keep talks/index.qmd).
		for _, at := range []struct{ name, file, listing, out string }{
			{"beside", "talks.qmd", "listing:\n  contents: talks\n", "talks.html"},
			{"index", "talks/index.qmd", "listing:\n  contents: \"*/index.qmd\"\n", "talks/index.html"},
		} {
			t.Run(tc.name+"/"+at.name, func(t *testing.T) {
				read, _ := buildSite(t, "-- _quarto.yml --\nproject:\n  type: website\nwebsite:\n  title: Q\n"+
					"-- "+at.file+" --\n---\ntitle: My talks\n"+at.listing+tc.sort+"---\n"+talks)
				got := read(at.out)
				if strings.Contains(got, `class="programme"`) {
					t.Errorf("a sorted listing shown as a programme: %.2000s", got)
				}
				last := -1
				for _, w := range tc.want {
					i := strings.Index(got, ">"+w+"<")
					if i < 0 || i < last {
						t.Errorf("%s missing or out of order in %v: %.2000s", w, tc.want, got)
					}
					last = i
				}
			})
		}
	}
}

// A Hugo site's top folders are sections, each listed at its URL
// without an _index.md; a lectern site lists them when section_lists
// says so. An index of lectern's, an intro or the author's own page at
// the folder's URL keeps its place.
func TestSectionLists(t *testing.T) {
	pages := "-- content/posts/first.md --\n---\ntitle: First post\ndate: 2024-03-01\n---\nHello.\n" +
		"-- content/posts/2023/older.md --\n---\ntitle: Older post\ndate: 2023-03-01\n---\nOld.\n" +
		"-- content/my_guides/index.md --\n---\ntitle: Guides home\n---\nMy own page.\n" +
		"-- content/my_guides/one.md --\n---\ntitle: Guide one\n---\nOne.\n" +
		"-- content/docs/_index.md --\n---\ntitle: Documentation\n---\nRead on.\n" +
		"-- content/docs/setup.md --\n---\ntitle: Setup\n---\nSet up.\n" +
		"-- content/talks/t.md --\n---\ntitle: A talk\nspeakers: [Ann]\n---\nTalk.\n" +
		"-- content/about.md --\n---\ntitle: About\n---\nAbout.\n"
	// guides is where each tool publishes my_guides/index.md: Hugo keeps
	// the underscore, lectern's slug makes it a hyphen.
	for _, tc := range []struct {
		name, config, guides string
		lists                bool
	}{
		{"hugo", "-- hugo.toml --\ntitle = \"H\"\n", "my_guides", true},
		{"lectern", "-- config.toml --\ntitle = \"L\"\n", "my-guides", false},
		{"lectern asks", "-- config.toml --\ntitle = \"L\"\nsection_lists = true\n", "my-guides", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read, _ := buildSite(t, tc.config+pages)
			posts := read("posts/index.html")
			if !tc.lists {
				if posts != "" {
					t.Fatalf("a section list without section_lists: %.800s", posts)
				}
				return
			}
			f, o := strings.Index(posts, "First post"), strings.Index(posts, "Older post")
			if !strings.Contains(posts, "<h1>Posts</h1>") || f < 0 || o < f {
				t.Errorf("posts list (first at %d, older at %d): %.1500s", f, o, posts)
			}
			if g := read(tc.guides + "/index.html"); !strings.Contains(g, "My own page.") || strings.Contains(g, "Guide one") {
				t.Errorf("the author's page at the folder's URL: %.1500s", g)
			}
			if d := read("docs/index.html"); !strings.Contains(d, "<h1>Documentation</h1>") || !strings.Contains(d, "Setup") {
				t.Errorf("an intro's list: %.1500s", d)
			}
			if tl := read("talks/index.html"); !strings.Contains(tl, "A talk") || strings.Count(tl, "<h1") != 1 {
				t.Errorf("the talks index: %.1500s", tl)
			}
		})
	}
}
