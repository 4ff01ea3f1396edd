package content

import (
	"fmt"
	"testing"
	"time"
)

// TestReadingItemShapes: a reading list's entries as blogs write them: a
// status with an icon's markup before it or as a mapping ({name:
// Finished}), a rated book without a status (read), a note written as
// thoughts or description, and the day finished as dateCompleted.
func TestReadingItemShapes(t *testing.T) {
	src := "---\ntitle: Reading\nbooks:\n" +
		"  - {title: TCP/IP, link: http://x.example, description: Gotta learn it., status: '<i class=\"fa fa-refresh\"></i> In Progress'}\n" +
		"  - {title: Dune, author: Frank Herbert, rating: 4, date: 2024-04-20}\n" +
		"  - {title: Wake, status: {name: Finished}, thoughts: Gripping., dateCompleted: 2023-09-01}\n" +
		"  - {title: Later, status: {name: Want to read}}\n---\n"
	d := Parse("content/reading/2024.md", []byte(src), Options{})
	var got []string
	for _, it := range d.Items {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", it.Title, it.Status, it.Note, it.Date.Format("2006-01-02")))
	}
	want := []string{"TCP/IP|reading|Gotta learn it.|0001-01-01", "Dune|read||2024-04-20", "Wake|read|Gripping.|2023-09-01", "Later|to-read||0001-01-01"}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(d.Diags) > 0 {
		t.Errorf("items %q, diags %q; want %q", got, d.Diags.Strings(), want)
	}
}

// TestReadDate pins that a field naming when a book was finished
// (readDate, read_date, date_read…) makes it read, whether it names a
// day, a range of days (started, then finished) or, as reading logs
// write, only months ("February 2018 - September 2018"), which is kept
// as written rather than dated on a day nobody wrote, without a
// warning. A book without one, or with one empty (finished: "", as
// reading apps' exports write it), has no status.
func TestReadDate(t *testing.T) {
	tests := []struct {
		name, item string
		want       string // status|date|started|date text
	}{
		{"readDate as a day", "readDate: 2018-09-30", "read|2018-09-30||"},
		{"read_date as a day", "read_date: 2018-09-30", "read|2018-09-30||"},
		{"readDate as a span of months", `readDate: "February 2018 - September 2018"`, "read|||February 2018 - September 2018"},
		{"readDate as a month", `readDate: "March 2019"`, "read|||March 2019"},
		{"date_read as free text", `date_read: "last summer"`, "read|||last summer"},
		{"readDate as a span of days", `readDate: "2018-02-01 – 2018-09-30"`, "read|2018-09-30|2018-02-01|"},
		{"dateRead true", "dateRead: true", "read|||"},
		{"a status wins", `readDate: "May 2020"` + "\n    status: abandoned", "abandoned|||May 2020"},
		{"started, not finished: reading", "started: 2025-02-10", "reading||2025-02-10|"},
		{"startDate and finishDate", "startDate: 2025-01-02\n    finishDate: 2025-02-10", "read|2025-02-10|2025-01-02|"},
		{"startedDate and completedDate", "startedDate: 2025-01-03\n    completedDate: 2025-01-20", "read|2025-01-20|2025-01-03|"},
		{"finishedDate", "finishedDate: 2024-07-04", "read|2024-07-04||"},
		{"finished_date", "finished_date: 2024-07-04", "read|2024-07-04||"},
		{"startedDate alone: reading", "startedDate: 2025-02-01", "reading||2025-02-01|"},
		{"date_started and date_finished", "date_started: 2025-01-02\n    date_finished: 2025-02-10", "read|2025-02-10|2025-01-02|"},
		{"started, a status wins", "started: 2025-02-10\n    status: abandoned", "abandoned||2025-02-10|"},
		{"no read date, no status", "author: C", "|||"},
		{"completed as a day", "completed: 2019-02-10", "read|2019-02-10||"},
		{"finished empty: not finished", "finished: ''", "|||"},
		{"started and finished empty", "started: ''\n    finished: ''", "|||"},
		{"started, finished empty: reading", "started: 2025-02-10\n    finished: ''", "reading||2025-02-10|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := bookItem(t, tt.item)
			format := func(tm time.Time) string {
				if tm.IsZero() {
					return ""
				}
				return tm.Format("2006-01-02")
			}
			got := fmt.Sprintf("%s|%s|%s|%s", it.Status, format(it.Date), format(it.Started), it.DateText)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestItemCreatorAndGenres: a reading list's entry names its author as
// creator, as reading apps' exports do, and its genres (a word or a
// list) are its tags unless it writes tags.
func TestItemCreatorAndGenres(t *testing.T) {
	tests := []struct{ name, item, want string }{
		{"creator", "creator: Nel Varga", "Nel Varga|[]"},
		{"an empty creator", "creator: ''", "|[]"},
		{"author before creator", "author: Ada\n    creator: Bob", "Ada|[]"},
		{"genre, one word", "genre: fiction", "|[fiction]"},
		{"genre, a list", "genre: [geography, science]", "|[geography science]"},
		{"genres", "genres: [Fantasy, Epic fantasy]", "|[Fantasy Epic fantasy]"},
		{"tags before genres", "tags: [mine]\n    genres: [theirs]", "|[mine]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := bookItem(t, tt.item)
			if got := fmt.Sprintf("%s|%v", it.Author, it.Tags); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestItemNoteList: a note written as a list of texts, as book clubs'
// logs write their remarks, is one note of those paragraphs.
func TestItemNoteList(t *testing.T) {
	tests := []struct{ name, item, want string }{
		{"remarks, a list", "remarks:\n      - A first thought.\n      - A second, on rain.", "A first thought.\n\nA second, on rain."},
		{"remarks, one text", "remarks: Short.", "Short."},
		{"an empty list", "remarks: []\n    note: Kept.", "Kept."},
		{"note before remarks", "note: Mine.\n    remarks: [Theirs.]", "Mine."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := bookItem(t, tt.item)
			if got := it.Note; got != tt.want {
				t.Errorf("note %q, want %q", got, tt.want)
			}
		})
	}
}

// TestItemSiteLinks: a bookshelf's entry linked under a catalogue's or a
// shop's name (goodreadsLink, goodreads_url, amazon_link, bookshop_url),
// as Goodreads exports turned into data files write it, links there
// when it writes no url, link or href of its own; a catalogue before a
// shop; a value that is no web address (a Goodreads number) is no link.
func TestItemSiteLinks(t *testing.T) {
	tests := []struct{ name, item, want string }{
		{"goodreadsLink", "goodreadsLink: https://cat.example/show/1", "https://cat.example/show/1"},
		{"goodreads_url", "goodreads_url: https://cat.example/show/2", "https://cat.example/show/2"},
		{"amazon_link", "amazon_link: https://shop.example/dp/3", "https://shop.example/dp/3"},
		{"bookshopUrl", "bookshopUrl: https://shop.example/b/4", "https://shop.example/b/4"},
		{"openlibrary", "openlibrary: https://ol.example/works/5", "https://ol.example/works/5"},
		{"url before a catalogue", "url: https://own.example/6\n    goodreads_url: https://cat.example/show/6", "https://own.example/6"},
		{"a catalogue before a shop", "amazon_url: https://shop.example/dp/7\n    goodreads_link: https://cat.example/show/7", "https://cat.example/show/7"},
		{"a Goodreads number is no link", "goodreads: '12345'", ""},
		{"no link", "author: Ada", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := bookItem(t, tt.item)
			if got := it.URL; got != tt.want {
				t.Errorf("url %q, want %q", got, tt.want)
			}
		})
	}
}

// bookItem parses a reading list of one book whose fields, after its
// title, are item (YAML at the book's indent), and returns the book; it
// fails the test when the list has not one book or gives a diagnostic.
func bookItem(t *testing.T, item string) Item {
	t.Helper()
	src := "---\ntitle: Books\nbooks:\n  - title: A book\n    " + item + "\n---\n"
	d := Parse("content/reading/books.md", []byte(src), Options{})
	if len(d.Items) != 1 {
		t.Fatalf("items %+v, diags %q", d.Items, d.Diags.Strings())
	}
	wantDiags(t, d)
	return d.Items[0]
}
