package build

import (
	"strings"
	"testing"
)

// TestReadingCovers: a bookshelf's covers, written in its data file as
// web addresses or paths from the site's root, are shown beside their
// books on /reading/ and on the list's page, and are each item's image
// in reading.json; a relative one is not shown.
func TestReadingCovers(t *testing.T) {
	out, diags := buildSite(t, `
-- _config.yml --
title: Shelf
url: https://shelf.example.org
-- _data/reading_list.yml --
- title: Harbour of Clocks
  author: Nel Varga
  cover: https://covers.example.net/harbour.jpeg
- title: Born of Salt
  author: Tess Noor
  cover: /assets/images/books/born-of-salt.jpg
- title: Quiet Engines
  cover: quiet.jpg
-- assets/images/books/born-of-salt.jpg --
JPG
`)
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	for _, page := range []string{"reading/index.html", "reading/reading-list/index.html"} {
		html := out(page)
		for _, want := range []string{
			`<img class="entry-cover" src="https://covers.example.net/harbour.jpeg"`,
			`<img class="entry-cover" src="/assets/images/books/born-of-salt.jpg"`,
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %s", page, want)
			}
		}
		if strings.Contains(html, "quiet.jpg") {
			t.Errorf("%s shows a relative cover", page)
		}
	}
	feed := out("reading.json")
	for _, want := range []string{`"image":"https://covers.example.net/harbour.jpeg"`, `"image":"https://shelf.example.org/assets/images/books/born-of-salt.jpg"`} {
		if !strings.Contains(feed, want) {
			t.Errorf("reading.json lacks %s:\n%s", want, feed)
		}
	}
}
