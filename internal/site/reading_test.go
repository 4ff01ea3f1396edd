package site

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
)

// entryLine formats a site-wide entry for comparison.
func entryLine(e *ReadingEntry) string {
	return fmt.Sprintf("%s | %s | %s | %s | %g | %s | %s", e.Title, e.Key, e.Note, e.Status, e.Rating, strings.Join(e.Tags, ","), strings.Join(urls(e.Sources), ","))
}

// TestReadingMerge checks that one thing written in several pages and
// spellings is one entry; that front matter leads over prose whatever the
// file order; and that each page keeps what it wrote itself.
func TestReadingMerge(t *testing.T) {
	// a-note sorts before the reading page, so its prose is seen first.
	note := doc("notes/a-note.md", content.KindNote, "A note", func(d *content.Document) {
		d.Body = []byte("Links:\n\n" +
			"- [How Complex Systems Fail](http://www.how.complexsystems.fail/?utm_source=feed#top) — twice\n" +
			"- [Queue](https://queue.acm.org/detail.cfm?id=3380779&utm_medium=x): ACM\n")
		d.BodyLine = 5
	})
	list := doc("reading/list.md", content.KindReading, "List", func(d *content.Document) {
		d.Items = []content.Item{
			{Title: "How Complex Systems Fail", URL: "https://how.complexsystems.fail", Status: "read", Rating: 5, Tags: []string{"SRE"}},
			{URL: "https://example.org/untitled"},
			{Title: "A Book Without URL", Author: "Some One", Status: "to-read", Tags: []string{"books"}},
		}
	})
	other := doc("reading/other.md", content.KindReading, "Other", func(d *content.Document) {
		d.Items = []content.Item{
			{Title: "how complex systems fail", URL: "https://how.complexsystems.fail/", Status: "abandoned", Note: "my own note", Tags: []string{"sre", "Safety"}},
		}
	})
	hidden := doc("notes/hidden.md", content.KindNote, "Hidden", func(d *content.Document) {
		d.Hidden = true
		d.Body = []byte("- [Secret](https://secret.example/) — not for the list\n- [Queue](https://queue.acm.org/detail.cfm?id=3380779) hidden note\n")
	})
	s, diags := build(t, config.Default(), Options{}, note, list, other, hidden)
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	var got []string
	for _, e := range s.Reading {
		got = append(got, entryLine(e))
	}
	want := []string{
		"A Book Without URL | title:a-book-without-url |  | to-read | 0 | books | /reading/list/",
		"How Complex Systems Fail | how.complexsystems.fail | my own note | read | 5 | SRE,Safety | /notes/a-note/,/reading/list/,/reading/other/",
		"https://example.org/untitled | example.org/untitled |  |  | 0 |  | /reading/list/",
		"Queue | queue.acm.org/detail.cfm?id=3380779 | ACM |  | 0 |  | /notes/a-note/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("site reading list:\n got %q\nwant %q", got, want)
	}

	pages := map[string]*Page{}
	for _, p := range s.Pages {
		pages[p.Doc.Title] = p
	}
	own := func(p *Page) []string {
		var out []string
		for _, it := range p.OwnItems {
			key := "<nil>"
			if it.Entry != nil {
				key = it.Entry.Key
			}
			out = append(out, fmt.Sprintf("%s | %s | %s | %s | %s", it.Source(), it.Title, it.Note, it.Status, key))
		}
		return out
	}
	tests := []struct {
		page string
		want []string
	}{
		{"A note", []string{
			"line 7 | How Complex Systems Fail | twice |  | how.complexsystems.fail",
			"line 8 | Queue | ACM |  | queue.acm.org/detail.cfm?id=3380779",
		}},
		{"Other", []string{"front matter | how complex systems fail | my own note | abandoned | how.complexsystems.fail"}},
		{"Hidden", []string{
			"line 1 | Secret | not for the list |  | secret.example",
			"line 2 | Queue | hidden note |  | queue.acm.org/detail.cfm?id=3380779",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			if got := own(pages[tt.page]); !slices.Equal(got, tt.want) {
				t.Errorf("OwnItems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}

	t.Run("items are the merged entries", func(t *testing.T) {
		p := pages["Other"]
		if len(p.Items) != 1 || p.Items[0] != pages["List"].OwnItems[0].Entry || p.Items[0].Status != "read" {
			t.Errorf("Other.Items must be the one merged entry, got %+v", p.Items)
		}
	})
	t.Run("hidden pages add nothing", func(t *testing.T) {
		for _, e := range s.Reading {
			if slices.Contains(e.Sources, pages["Hidden"]) || e.Title == "Secret" {
				t.Errorf("a hidden page shows in the reading list: %s", entryLine(e))
			}
		}
		if e := pages["Hidden"].OwnItems[1].Entry; e == nil || e.Note != "ACM" {
			t.Errorf("a hidden page's item joins the public entry it shares a URL with, got %+v", e)
		}
	})
	t.Run("documents are not changed", func(t *testing.T) {
		if tags := list.Items[0].Tags; !slices.Equal(tags, []string{"SRE"}) || cap(tags) != 1 {
			t.Errorf("merging wrote into the document's tags: %q", tags)
		}
	})
}

// TestReadingHiddenFirst checks that an entry first written by a hidden
// page still reaches the reading list through the visible pages.
func TestReadingHiddenFirst(t *testing.T) {
	hidden := doc("reading/hidden.md", content.KindReading, "Hidden", func(d *content.Document) {
		d.Hidden = true
		d.Items = []content.Item{{Title: "Shared", URL: "https://shared.example/", Note: "hidden note"}}
	})
	visible := doc("reading/visible.md", content.KindReading, "Visible", func(d *content.Document) {
		d.Items = []content.Item{{Title: "Shared", URL: "https://shared.example", Date: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}}
	})
	s, _ := build(t, config.Default(), Options{}, hidden, visible)
	if len(s.Reading) != 1 {
		t.Fatalf("want one entry, got %d", len(s.Reading))
	}
	if got := entryLine(s.Reading[0]); got != "Shared | shared.example |  |  | 0 |  | /reading/visible/" {
		t.Errorf("got %q", got)
	}
}

// TestReadingOptOut checks that "reading: false" keeps a page's prose
// lists out, but not its front matter items, and that its lists are still
// described for lectern inspect.
func TestReadingOptOut(t *testing.T) {
	p := doc("notes/o.md", content.KindNote, "Opted out", func(d *content.Document) {
		d.NoReading = true
		d.Items = []content.Item{{Title: "Kept", URL: "https://kept.example/"}}
		d.Body = []byte("- [Elsewhere](https://elsewhere.example/)\n- [Again](https://again.example/)\n")
	})
	s, _ := build(t, config.Default(), Options{}, p)
	var got []string
	for _, e := range s.Reading {
		got = append(got, e.Title)
	}
	if !slices.Equal(got, []string{"Kept"}) {
		t.Errorf("reading list: got %q, want only the front matter item", got)
	}
	if lists := s.Pages[0].Lists; len(lists) != 1 || lists[0].Items != 2 || lists[0].Line != 1 {
		t.Errorf("the page's list must still be described: %+v", lists)
	}
}

// TestDeduplication lists spellings of one address that must make one
// entry, and neighbours that must not.
func TestDeduplication(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"scheme", "http://example.org/a", "https://example.org/a", true},
		{"www", "https://www.example.org/a", "https://example.org/a", true},
		{"trailing slash", "https://example.org/a/", "https://example.org/a", true},
		{"host case", "https://EXAMPLE.org/a", "https://example.org/a", true},
		{"tracking parameters", "https://example.org/a?utm_source=x&utm_campaign=y&fbclid=1", "https://example.org/a", true},
		{"parameter order", "https://example.org/a?x=1&y=2", "https://example.org/a?y=2&x=1", true},
		{"fragment", "https://example.org/a#part", "https://example.org/a", true},
		{"default port", "https://example.org:443/a", "https://example.org/a", true},
		{"path case matters", "https://example.org/A", "https://example.org/a", false},
		{"real parameters matter", "https://queue.acm.org/detail.cfm?id=3380779", "https://queue.acm.org/detail.cfm?id=3380774", false},
		{"other port", "https://example.org:8443/a", "https://example.org/a", false},
		{"subdomain", "https://blog.example.org/a", "https://example.org/a", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := ItemKey(content.Item{URL: tt.a}), ItemKey(content.Item{URL: tt.b})
			if (ka == kb) != tt.same {
				t.Errorf("keys %q and %q: same = %v, want %v", ka, kb, ka == kb, tt.same)
			}
		})
	}
	t.Run("title without URL", func(t *testing.T) {
		if a, b := ItemKey(content.Item{Title: "Drift into Failure"}), ItemKey(content.Item{Title: "drift  into failure"}); a != b || a == "" {
			t.Errorf("titles must fold to one key: %q, %q", a, b)
		}
		if k := ItemKey(content.Item{}); k != "" {
			t.Errorf("an empty item has no key, got %q", k)
		}
	})
}

// TestBookFilesMerge checks that a book's own file and what other pages
// list of it are one entry: by title when one of them has no URL, by
// ISBN when neither has one, and never across two authors.
func TestBookFilesMerge(t *testing.T) {
	book := doc("_books/dune.md", content.KindReading, "Dune", func(d *content.Document) {
		d.Items = []content.Item{{Title: "Dune", Author: "Frank Herbert", Status: "read", Rating: 5, Started: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}}
	})
	note := doc("notes/a.md", content.KindNote, "A", func(d *content.Document) {
		d.Body = []byte("- [Dune](https://books.example/dune) — a classic\n- [Other](https://other.example/)\n")
	})
	sicp := doc("_books/sicp.md", content.KindReading, "SICP", func(d *content.Document) {
		d.Items = []content.Item{{Title: "SICP", ISBN: "9780262510875", Status: "reading"}}
	})
	list := doc("reading/list.md", content.KindReading, "List", func(d *content.Document) {
		d.Items = []content.Item{
			{Title: "Structure and Interpretation", ISBN: "9780262510875", Tags: []string{"lisp"}},
			{Title: "Dune", Author: "Someone Else", Status: "to-read"},
		}
	})
	s, diags := build(t, config.Default(), Options{}, book, note, sicp, list)
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	var got []string
	for _, e := range s.Reading {
		got = append(got, entryLine(e)+" | "+e.URL)
	}
	want := []string{
		"Dune | title:dune | a classic | read | 5 |  | /notes/a/,/reading/dune/ | https://books.example/dune",
		"Dune | title:dune|someone-else |  | to-read | 0 |  | /reading/list/ | ",
		"Other | other.example |  |  | 0 |  | /notes/a/ | https://other.example/",
		"SICP | isbn:9780262510875 |  | reading | 0 | lisp | /reading/list/,/reading/sicp/ | ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestReadingYearHeadings: a reading log's lists filed under the year
// they were read ("## 2023") give their items that year, as written,
// and the status read; a list under no year heading gives neither.
func TestReadingYearHeadings(t *testing.T) {
	p := doc("pages/reading.md", content.KindPage, "Reading", func(d *content.Document) {
		d.Body = []byte("## 2023\n\n- [Read](https://read.example/)\n\n## Favourites\n\n- [Loved](https://loved.example/)\n")
	})
	s, _ := build(t, config.Default(), Options{}, p)
	var got []string
	for _, e := range s.Reading {
		got = append(got, e.Title+" | "+e.Status+" | "+e.DateText)
	}
	want := []string{"Loved |  | ", "Read | read | 2023"}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("reading list: got %q, want %q", got, want)
	}
}

// TestReadingShelfHeadings: a bookshelf or "now" page written in prose
// files its books under headings naming how far they got ("## Currently
// reading", "## Up next"): each list's items take that status, shown
// in its group on /reading/; a status the page's front matter gives an
// item wins, as front matter leads over prose.
func TestReadingShelfHeadings(t *testing.T) {
	p := doc("pages/now.md", content.KindPage, "Now", func(d *content.Document) {
		d.Body = []byte("## Currently reading\n\n- *Salt Road* by Imogen Vale\n- [Lanterns](https://lanterns.example/)\n\n" +
			"## Up next\n\n- [Marble](https://marble.example/)\n- [Kept](https://kept.example/)\n")
		d.Items = []content.Item{{Title: "Kept", URL: "https://kept.example/", Status: "read"}}
	})
	s, _ := build(t, config.Default(), Options{}, p)
	var got []string
	for _, e := range s.Reading {
		got = append(got, e.Title+" | "+e.Status)
	}
	want := []string{"Kept | read", "Lanterns | reading", "Marble | to-read", "Salt Road | reading"}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("reading list: got %q, want %q", got, want)
	}
}
