package data

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/content"
)

// TestShelves pins that a reading list filed in groups gives each book
// what its groups say and it does not: the status a group's key names
// (every group of a mapping keyed by status is read, even when one key
// is also a name of a list, as "reading" is), and the year a group
// names as when its books were read, kept as written. A book's own
// status and date win.
func TestShelves(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            string // title|status|date|date text, one a book
	}{
		{"a key per status", "_data/books.json",
			`{"lastUpdated": "2025-01-12", "current": [{"title": "A"}], "read": [{"title": "B", "dateRead": "2024-12-28"}],
			 "wtr": [{"title": "C"}], "dnf": [{"title": "D"}], "wishlist": [{"title": "E"}], "abandoned": [{"title": "F"}]}`,
			"A|reading||;B|read|2024-12-28|;C|to-read||;D|abandoned||;E|to-read||;F|abandoned||"},
		{"a status key that is a list name too", "_data/books.json",
			`{"reading": [{"title": "A"}], "finished": [{"title": "B"}], "toRead": [{"title": "C"}]}`,
			"A|reading||;B|read||;C|to-read||"},
		{"keys in camel case and snake case", "_data/books.json",
			`{"currentlyReading": [{"title": "A"}], "to_read": [{"title": "B"}], "want": [{"title": "C"}]}`,
			"A|reading||;B|to-read||;C|to-read||"},
		{"status keys as reading logs write them", "_data/reading.yml",
			"currently:\n  - {title: A}\nnow:\n  - {title: B}\nup_next:\n  - {title: C}\nwant_to_read:\n  - {title: D}\n" +
				"already-read:\n  - {title: E}\ndone:\n  - {title: F}\n",
			"A|reading||;B|reading||;C|to-read||;D|to-read||;E|read||;F|read||"},
		{"a book's own status wins", "_data/books.json",
			`{"read": [{"title": "A", "status": "abandoned"}], "other": [{"title": "B"}]}`,
			"A|abandoned||;B|||"},
		{"books filed by year", "_data/books.yml",
			"- year: 2015\n  books:\n    - {title: A}\n    - {title: B, date_read: 2015-03-01}\n- year: 2014\n  books:\n    - {title: C}\n",
			"A|read||2015;B|read|2015-03-01|;C|read||2014"},
		{"books filed by year, a day finished under another name", "_data/books.yml",
			"- year: 2015\n  books:\n    - {title: A, completedDate: 2015-03-01}\n    - {title: B, finishDate: 2015-04-02}\n    - {title: C, finished_date: 2015-05-03}\n",
			"A|read|2015-03-01|;B|read|2015-04-02|;C|read|2015-05-03|"},
		{"books filed by year, finished without a day", "_data/books.yml",
			"- year: 2015\n  books:\n    - {title: A, completed: true}\n    - {title: B, finished: ''}\n",
			"A|read||2015;B|read||2015"},
		{"a file named reading_list", "_data/reading_list.yml",
			"- {title: A, author: Ann}\n- {title: B, finished: 2024-02-03}\n",
			"A|||;B|read|2024-02-03|"},
		{"a file named readingList", "_data/readingList.json",
			`[{"title": "A"}]`,
			"A|||"},
		{"a file named reading-list, in a folder", "data/reading-list.toml",
			"[[books]]\ntitle = \"A\"\n",
			"A|||"},
		{"a file named bookshelves", "_data/bookshelves.yml",
			"- {title: A}\n",
			"A|||"},
		{"a status key over years", "_data/books.json",
			`{"inProgress": [{"title": "A"}], "completed": [{"year": 2025, "books": [{"title": "B"}]}]}`,
			"A|reading||;B|read||2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{tt.file: {Data: []byte(tt.src)}}
			ds, diags := Load(fsys, Options{Dirs: []string{"_data", "data"}})
			docs, d := Combine(nil, ds, nil)
			diags.Append(d)
			var got []string
			for _, doc := range docs {
				if doc.Kind != content.KindReading {
					continue
				}
				for _, it := range doc.Items {
					date := ""
					if !it.Date.IsZero() {
						date = it.Date.Format("2006-01-02")
					}
					got = append(got, fmt.Sprintf("%s|%s|%s|%s", it.Title, it.Status, date, it.DateText))
				}
			}
			if g := strings.Join(got, ";"); g != tt.want {
				t.Errorf("got  %s\nwant %s\ndiags %q", g, tt.want, diags.Strings())
			}
			if len(diags) > 0 {
				t.Errorf("diags %q", diags.Strings())
			}
		})
	}
}

// TestListTitle: a reading list from a data file that names no title is
// titled by its file's name in words.
func TestListTitle(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"_data/books.yml", "Books"},
		{"_data/reading_list.yml", "Reading list"},
		{"_data/readingList.json", "Reading list"},
		{"data/reading-list.toml", "Reading list"},
		{"content/reading/_meta.toml", "Reading"},
		{"content/_.toml", "Content"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			if got := listTitle(tt.file); got != tt.want {
				t.Errorf("listTitle(%q) = %q, want %q", tt.file, got, tt.want)
			}
		})
	}
}
