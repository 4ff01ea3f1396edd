package content

import (
	"reflect"
	"testing"
)

// TestBooks checks that a file of a one-book-per-file collection is one
// reading entry, and that a reading list stays a list.
func TestBooks(t *testing.T) {
	tests := []struct {
		name, path, fm string
		want           []Item
		authors        int
		diags          []string
		// reviewed is a book whose page authors reviewed it.
		reviewed bool
	}{
		{
			name: "a Jekyll book with a name in parts and a read list",
			path: "_book/1984.md",
			fm: "title: Nineteen Eighty-Four\nauthor:\n  first: George\n  last: Orwell\npublished: 1949-06-08\n" +
				"goodreads: https://books.example/1984\nstatus: current-first-read\n" +
				"read:\n  - start: 2020-02-01\n    end: 2020-02-20\n  - start: 2010-01-01\n    end: 2010-01-10\ntags: [classic]",
			want: []Item{{Title: "Nineteen Eighty-Four", Author: "George Orwell", URL: "https://books.example/1984", Year: 1949,
				Status: "reading", Started: mustDate("2020-02-01"), Date: mustDate("2020-02-20"), Tags: []string{"classic"}}},
		},
		{
			name: "isbn, shelf, rating and read dates",
			path: "_books/sicp.md",
			fm:   "title: SICP\nauthors: [Harold Abelson, Gerald Jay Sussman]\nisbn: 978-0-262-51087-5\nshelf: read\nrating: 5\ndate_started: 2021-01-02\ndate_read: 2021-03-04",
			want: []Item{{Title: "SICP", Author: "Harold Abelson, Gerald Jay Sussman", ISBN: "9780262510875", Status: "read", Rating: 5,
				Started: mustDate("2021-01-02"), Date: mustDate("2021-03-04")}},
		},
		{
			name: "a shop's link is the book's link when it has no other",
			path: "src/books/dove.md",
			fm:   "title: Lonesome Dove\nauthor: Larry McMurtry\nISBN: 9781439195260\nbuy: https://shop.example/books/dove/9781439195260",
			want: []Item{{Title: "Lonesome Dove", Author: "Larry McMurtry", URL: "https://shop.example/books/dove/9781439195260", ISBN: "9781439195260"}},
		},
		{
			name: "a catalogue's link under its name in camel case (goodreadsLink) is the book's link",
			path: "src/content/books/engine.md",
			fm:   "title: A Quiet Engine\nauthor: Dana Orsk\nisbn13: \"9780000000033\"\ngoodreadsLink: https://catalogue.example/book/show/333\namazon_url: https://shop.example/dp/333",
			want: []Item{{Title: "A Quiet Engine", Author: "Dana Orsk", URL: "https://catalogue.example/book/show/333", ISBN: "9780000000033"}},
		},
		{
			name: "an Astro book's startedDate and completedDate, with a status written",
			path: "src/content/books/engine.md",
			fm:   "title: A Quiet Engine\nauthor: Dana Orsk\nstatus: read\nstartedDate: 2025-01-03\ncompletedDate: 2025-01-20",
			want: []Item{{Title: "A Quiet Engine", Author: "Dana Orsk", Status: "read", Started: mustDate("2025-01-03"), Date: mustDate("2025-01-20")}},
		},
		{
			name: "a short review in the book's front matter is its note",
			path: "src/content/books/engine.md",
			fm:   "title: A Quiet Engine\nauthor: Dana Orsk\nrating: 4\nreview: Patient and strange; the middle drags.",
			want: []Item{{Title: "A Quiet Engine", Author: "Dana Orsk", Status: "read", Rating: 4, Note: "Patient and strange; the middle drags."}},
		},
		{
			name: "review: true is a theme's switch, no note; notes as a list are paragraphs",
			path: "_books/map.md",
			fm:   "title: Map\nstatus: read\nreview: true\nnotes:\n  - First.\n  - Second.",
			want: []Item{{Title: "Map", Status: "read", Note: "First.\n\nSecond."}},
		},
		{
			name: "a book with only a finishedDate is one book, read",
			path: "src/content/books/map.md",
			fm:   "title: Map\nfinishedDate: 2024-07-04",
			want: []Item{{Title: "Map", Status: "read", Date: mustDate("2024-07-04")}},
		},
		{
			name: "the book's own link comes before a shop's",
			path: "books/dove.md",
			fm:   "title: Lonesome Dove\nisbn: 9781439195260\npurchase: https://shop.example/dove\nlink: https://books.example/dove",
			want: []Item{{Title: "Lonesome Dove", URL: "https://books.example/dove", ISBN: "9781439195260"}},
		},
		{
			name: "empty dates, as a reading app's export writes them: not read, no warning",
			path: "_books/map.md",
			fm:   "title: Unfinished Map\nauthor: Ivo Benn\nstarted: ''\nfinished: ''",
			want: []Item{{Title: "Unfinished Map", Author: "Ivo Benn"}},
		},
		{
			name: "completed: true is read, with no day",
			path: "_books/map.md",
			fm:   "title: Map\ncompleted: true",
			want: []Item{{Title: "Map", Status: "read"}},
		},
		{
			name: "completed as a day",
			path: "_books/map.md",
			fm:   "title: Map\ncompleted: 2019-02-10",
			want: []Item{{Title: "Map", Status: "read", Date: mustDate("2019-02-10")}},
		},
		{
			name: "books/ with read_at and a DNF",
			path: "books/x.md",
			fm:   "title: X\nstatus: not-finishing\nread_at: 2022-05-06",
			want: []Item{{Title: "X", Status: "abandoned", Date: mustDate("2022-05-06")}},
		},
		{
			name: "a volume of a series, as a mapping",
			path: "_book/ran-3.md",
			fm:   "title: Ran and the Gray World\nseries:    # if part of a series\n  name:    Ran and the Gray World\n  number:  3\n  url:     https://books.example/series/97704\nstatus: read",
			want: []Item{{Title: "Ran and the Gray World", Status: "read", Series: "Ran and the Gray World", SeriesNumber: "3", SeriesURL: "https://books.example/series/97704"}},
		},
		{
			name: "a series by name, its number beside it",
			path: "books/tombs.md",
			fm:   "title: The Tombs of Atuan\nseries: Earthsea\nseries_number: \"#2\"\nrating: 4",
			want: []Item{{Title: "The Tombs of Atuan", Status: "read", Rating: 4, Series: "Earthsea", SeriesNumber: "2"}},
		},
		{
			name: "a series as a list, without a number",
			path: "books/dune.md",
			fm:   "title: Dune\nseries: [Dune Chronicles]\nstatus: to-read",
			want: []Item{{Title: "Dune", Status: "to-read", Series: "Dune Chronicles"}},
		},
		{
			name: "a series mapping without a name is none",
			path: "books/z.md",
			fm:   "title: Z\nseries: {number: 2, url: \"https://books.example/s\"}\nstatus: read",
			want: []Item{{Title: "Z", Status: "read"}},
		},
		{
			name:  "a bad rating and status are warned",
			path:  "reading/y.md",
			fm:    "title: Y\nrating: 9\nstatus: someday",
			want:  []Item{{Title: "Y"}},
			diags: []string{`content/reading/y.md:3:9: warning: rating "9" is out of range; use 1 to 5 (halves such as 4.5 too)`, `content/reading/y.md:4:9: warning: unknown reading status "someday"; use to-read, reading, read or abandoned`},
		},
		{
			name: "items of a list in their series",
			path: "reading/2021.md",
			fm:   "title: 2021\nbooks:\n  - title: A Wizard of Earthsea\n    series: {title: Earthsea, volume: 1}\n  - title: The Farthest Shore\n    series: Earthsea\n    series_index: 3",
			want: []Item{{Title: "A Wizard of Earthsea", Series: "Earthsea", SeriesNumber: "1"}, {Title: "The Farthest Shore", Series: "Earthsea", SeriesNumber: "3"}},
		},
		{
			name:    "a reading list with an author is a list, not a book",
			path:    "reading/2021.md",
			fm:      "title: 2021\nauthor: Ada\nbooks:\n  - title: A\n    status: read",
			want:    []Item{{Title: "A", Status: "read"}},
			authors: 1,
		},
		{
			name:     "book_ fields are the book's, the page's authors its reviewers",
			path:     "books/2024/eo/index.md",
			fm:       "title: Extreme Ownership\nauthors: [Tom]\nbook_authors:\n  - Jocko Willink\n  - Leif Babin\nbook_rating: 4",
			want:     []Item{{Title: "Extreme Ownership", Author: "Jocko Willink, Leif Babin", Status: "read", Rating: 4}},
			authors:  1,
			reviewed: true,
		},
		{
			name:    "a reading page without book fields has no entry of its own",
			path:    "reading/links.md",
			fm:      "title: Links\nauthor: Ada",
			authors: 1,
		},
		{
			name: "started and not finished: being read",
			path: "_books/dune.md",
			fm:   "title: Dune\nstartDate: 2025-02-10",
			want: []Item{{Title: "Dune", Status: "reading", Started: mustDate("2025-02-10")}},
		},
		{
			name: "finished: read; a half-star rating kept",
			path: "_books/emma.md",
			fm:   "title: Emma\ndateStarted: 2025-01-02\nfinishDate: 2025-02-10\nrating: 4.5",
			want: []Item{{Title: "Emma", Status: "read", Rating: 4.5, Started: mustDate("2025-01-02"), Date: mustDate("2025-02-10")}},
		},
		{
			name: "an empty rating is none, not a warning",
			path: "_books/kim.md",
			fm:   "title: Kim\nrating: \"\"\nstatus: to-read",
			want: []Item{{Title: "Kim", Status: "to-read"}},
		},
		{
			name:    "book fields outside a reading folder are not a book",
			path:    "notes/a.md",
			fm:      "title: A\nauthor: Ada\nstatus: read",
			authors: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			for i := range d.Items {
				// Compare instants: dates parse in UTC here.
				d.Items[i].Date, d.Items[i].Started = d.Items[i].Date.UTC(), d.Items[i].Started.UTC()
			}
			for i := range tt.want {
				tt.want[i].Date, tt.want[i].Started = tt.want[i].Date.UTC(), tt.want[i].Started.UTC()
			}
			if !reflect.DeepEqual(d.Items, tt.want) {
				t.Errorf("items:\n got %+v\nwant %+v", d.Items, tt.want)
			}
			// Every case here with an entry and no page author is a book,
			// and so is a reviewed one.
			if book := len(tt.want) == 1 && (tt.authors == 0 || tt.reviewed); d.Book != book {
				t.Errorf("Book = %v, want %v", d.Book, book)
			}
			if len(d.Authors) != tt.authors {
				t.Errorf("%d page authors (%+v), want %d: a book's author did not write the page", len(d.Authors), d.Authors, tt.authors)
			}
			if got := diagStrings(d); !reflect.DeepEqual(got, tt.diags) && (len(got) > 0 || len(tt.diags) > 0) {
				t.Errorf("diagnostics:\n got %q\nwant %q", got, tt.diags)
			}
		})
	}
}
