package build

import (
	"strings"
	"testing"
)

// A reading item's relative link is resolved against its page (here at
// /talks/adb/, from the folder talks/2016/adb/), as the page's own HTML
// links it, before /reading/ and the exports show it: a link to a file of
// the site goes where that file is published, any other relative link is
// read from the page's URL.
func TestReadingRelativeLinks(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"Links\"\nbase_url = \"https://links.example.org/\"\n"+
		"-- content/talks/2016/adb/index.md --\n---\ntitle: ADB\n---\nRead these first:\n\n"+
		"- [Carla's notes](carla/notes.pdf)\n- [The paper](./files/paper.pdf)\n- [Elsewhere](https://other.example/a.pdf)\n"+
		"-- content/talks/2016/adb/carla/notes.pdf --\nnotes\n")
	for _, out := range []string{"reading.json", "reading.csv", "reading.bib"} {
		got := read(out)
		for _, want := range []string{
			"https://links.example.org/talks/2016/adb/carla/notes.pdf",
			"https://links.example.org/talks/adb/files/paper.pdf",
			"https://other.example/a.pdf",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %s:\n%s", out, want, got)
			}
		}
	}
	if read("talks/2016/adb/carla/notes.pdf") == "" || !strings.Contains(read("talks/adb/index.html"), `href="/talks/2016/adb/carla/notes.pdf"`) {
		t.Error("the page does not link its file where it is published")
	}
	index := read("reading/index.html")
	for _, want := range []string{`href="/talks/2016/adb/carla/notes.pdf"`, `href="/talks/adb/files/paper.pdf"`} {
		if !strings.Contains(index, want) {
			t.Errorf("/reading/ lacks %s:\n%s", want, index)
		}
	}
}

// A data record's bare slug (url: some-book) is a slug the site's own
// templates prefix, not an address: the item links to the page at that
// slug in the folder its data file names, and an item whose slug no page
// claims links nowhere, alike on the list's page, /reading/ and the
// exports. A relative href would lead below /reading/books/.
func TestReadingRecordSlugs(t *testing.T) {
	read, _ := buildSite(t, "-- _config.yml --\ntitle: Books\nurl: https://books.example.org\npermalink: pretty\n"+
		"-- _data/books.yml --\n- title: Some Book\n  author: Ada Writer\n  url: some-book\n"+
		"- title: Lost Book\n  author: Ada Writer\n  url: lost-book\n"+
		"-- books/some-book.html --\n---\ntitle: Some Book\n---\n<p>A book.</p>\n")
	for _, tc := range []struct{ out, want string }{
		{"reading/books/index.html", `href="/books/some-book/"`},
		{"reading/index.html", `href="/books/some-book/"`},
		{"reading.json", `"url":"https://books.example.org/books/some-book/"`},
		{"reading.csv", "Some Book,Ada Writer,https://books.example.org/books/some-book/,"},
		{"reading.csv", "Lost Book,Ada Writer,,"},
	} {
		if got := read(tc.out); !strings.Contains(got, tc.want) {
			t.Errorf("%s lacks %s:\n%s", tc.out, tc.want, got)
		}
	}
	for _, out := range []string{"reading/books/index.html", "reading/index.html", "reading.json", "reading.csv"} {
		if got := read(out); strings.Contains(got, "/lost-book") || strings.Contains(got, `href="lost-book"`) || strings.Contains(got, `href="some-book"`) {
			t.Errorf("%s links a bare slug:\n%s", out, got)
		}
	}
}
