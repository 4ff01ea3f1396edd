package build

import (
	"strings"
	"testing"
)

// Volumes of a series show it beside their title, Goodreads' way, on
// the book's page, the reading list and its exports; two volumes of one
// title without links stay two entries.
func TestBookSeriesShown(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"Shelf\"\nbase_url = \"https://shelf.example.org/\"\n"+
		"-- content/books/ran-1.md --\n---\ntitle: Ran and the Gray World\nseries: {name: Ran and the Gray World, number: 1, url: \"https://books.example/series/ran\"}\nstatus: read\n---\nFirst.\n"+
		"-- content/books/ran-2.md --\n---\ntitle: Ran and the Gray World\nseries: Ran and the Gray World\nseries_number: 2\nstatus: read\n---\nSecond.\n"+
		"-- content/books/dune.md --\n---\ntitle: Dune\nstatus: to-read\n---\nSand.\n")
	one := `Ran and the Gray World <span class="entry-series">(<a href="https://books.example/series/ran">Ran and the Gray World</a>, #1)</span>`
	two := `Ran and the Gray World <span class="entry-series">(Ran and the Gray World, #2)</span>`
	if got := read("reading/ran-1/index.html"); !strings.Contains(got, one) {
		t.Errorf("the book's page lacks its series: %s", got)
	}
	index := read("reading/index.html")
	for _, want := range []string{one, two} {
		if !strings.Contains(index, want) {
			t.Errorf("/reading/ lacks %s", want)
		}
	}
	if strings.Contains(index, `Dune <span class="entry-series">`) {
		t.Error("a book of no series is shown with one")
	}
	if bib := read("reading.bib"); !strings.Contains(bib, "series = {Ran and the Gray World},\n  number = {2},") {
		t.Errorf("reading.bib lacks the series: %s", bib)
	}
	if js := read("reading.json"); !strings.Contains(js, `"series":"Ran and the Gray World","series_number":"1"`) {
		t.Errorf("reading.json lacks the series: %s", js)
	}
}
