package build

import (
	"strings"
	"testing"
)

// bookshelfSite is a Hugo site whose books are page bundles of a books
// section, one a draft, listed by a page that only names its layout.
const bookshelfSite = "-- hugo.yaml --\nbaseURL: https://h.org/\ntitle: Shelf\n" +
	"menu:\n  main:\n    - name: Shelf\n      url: /shelf/\n      weight: 1\n    - name: Wall\n      url: /wall/\n      weight: 2\n    - name: Books\n      pageRef: /shelf\n      weight: 3\n" +
	"-- content/shelf.md --\n---\ntitle: My shelf\nlayout: bookshelf\nurl: /shelf\n---\n" +
	"-- content/wall.md --\n---\ntitle: My wall\nlayout: gallery\n---\n" +
	"-- content/books/a/index.md --\n---\ntitle: A Book\ndate: 2024-02-25\nauthors: [Rev]\n" +
	"book_authors:\n  - Ann Writer\n  - Bo Writer\nbook_rating: 4\ncover:\n  image: images/cover.webp\n---\nGood.\n" +
	"-- content/books/a/images/cover.webp --\nRIFF\n" +
	"-- content/books/d/index.md --\n---\ntitle: Draft Book\ndraft: true\nbook_authors: [Cy]\n---\nSoon.\n" +
	"-- content/books/d/images/cover.webp --\nRIFF\n" +
	"-- content/books/d/notes.txt --\nx\n"

// A menu entry leads to a page lectern writes: one naming a page that
// its layout makes, which lectern leaves out, leads to lectern's own
// list of what the layout lists (a bookshelf: the reading list) or,
// when lectern cannot tell, is left out with a warning.
func TestMenuToLayoutPage(t *testing.T) {
	read, diags := buildSite(t, bookshelfSite)
	if got, want := navText(read("index.html")), "Shelf /reading/, Books /reading/"; got != want {
		t.Errorf("navigation %q, want %q", got, want)
	}
	want := `hugo.yaml:9:12: warning: the navigation links to "/wall/", the page of content/wall.md, which its layout (gallery) makes and lectern leaves out: the link is left out; give the page a body, or link another URL`
	if !strings.Contains(strings.Join(diags, "\n"), want) {
		t.Errorf("no warning %q in %q", want, diags)
	}
}

// A book's file may prefix its fields with book_ (book_authors,
// book_rating), as Hugo bookshelf themes do beside the page's own
// authors, its reviewers: the book is read with its authors and rating.
func TestBookPrefixedFields(t *testing.T) {
	read, _ := buildSite(t, bookshelfSite)
	reading := read("reading/index.html")
	for _, want := range []string{"Ann Writer, Bo Writer", "★★★★", "1 thing worth reading"} {
		if !strings.Contains(reading, want) {
			t.Errorf("reading list lacks %q:\n%s", want, reading)
		}
	}
	if page := read("books/a/index.html"); !strings.Contains(page, "Ann Writer") {
		t.Errorf("book page lacks its authors:\n%s", page)
	}
}

// Hugo publishes nothing of a draft bundle: its files are left out with
// its page, unless drafts are built.
func TestDraftBundleFiles(t *testing.T) {
	read, _ := buildSite(t, bookshelfSite)
	if read("books/a/images/cover.webp") == "" {
		t.Error("the published bundle's cover is missing")
	}
	for _, p := range []string{"books/d/images/cover.webp", "books/d/notes.txt"} {
		if read(p) != "" {
			t.Errorf("%s of a draft bundle is published", p)
		}
	}
	read, _ = buildSiteWith(t, bookshelfSite, Options{Drafts: true})
	if read("books/d/images/cover.webp") == "" {
		t.Error("with drafts, the draft bundle's cover is missing")
	}
}

// The reading list's lede counts what it shows: a site whose reading
// pages name no book yet has reading lists, not "0 things".
func TestReadingLedeWithoutItems(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"R\"\n"+
		"-- content/books/a.md --\n---\ntitle: A review\ndate: 2024-02-25\n---\nGood.\n")
	page := read("reading/index.html")
	if !strings.Contains(page, "1 reading list, gathered") || strings.Contains(page, "0 things") {
		t.Errorf("lede does not count the lists:\n%s", page)
	}
}

// A menu entry naming a page of a list layout lectern makes itself, at
// a URL other than lectern's list (Minimal Mistakes' layout: categories
// at /categories/, layout: posts at /year-archive/), leads to lectern's
// list: the tags (a Jekyll post's categories are among them) and the
// notes. One at lectern's own list's URL (/tags/) stays; so does one
// lectern has no list for (layout: schedule).
func TestMenuToOwnListLayout(t *testing.T) {
	read, diags := buildSite(t, "-- _config.yml --\ntitle: B\n"+
		"-- _data/navigation.yml --\nmain:\n"+
		"  - title: Posts\n    url: /year-archive/\n"+
		"  - title: Categories\n    url: /categories/\n"+
		"  - title: Tags\n    url: /tags/\n"+
		"  - title: Agenda\n    url: /agenda/\n"+
		"-- _pages/year-archive.md --\n---\ntitle: Posts by Year\npermalink: /year-archive/\nlayout: posts\n---\n"+
		"-- _pages/category-archive.md --\n---\ntitle: Posts by Category\npermalink: /categories/\nlayout: categories\n---\n"+
		"-- _pages/tag-archive.md --\n---\ntitle: Posts by Tag\npermalink: /tags/\nlayout: tags\n---\n"+
		"-- _pages/agenda.md --\n---\ntitle: Agenda\npermalink: /agenda/\nlayout: schedule\n---\n"+
		"-- _posts/2024-02-20-a.md --\n---\ntitle: A\ncategories: [talks]\ntags: [go]\n---\nBody.\n")
	if got, want := navText(read("index.html")), "Posts /notes/, Categories /tags/, Tags /tags/, Agenda /agenda/"; got != want {
		t.Errorf("navigation %q, want %q (warnings %q)", got, want, diags)
	}
}
