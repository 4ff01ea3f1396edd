package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/themes"
)

// tricky is a reading entry holding every character the exports must
// escape or keep: quotes, commas, braces, BibTeX specials, line breaks and
// text beyond ASCII.
var tricky = content.Item{
	Title:  `Braces {and} 100% of "quotes", commas & more_`,
	Author: "José Müller and Ann O'Neil",
	URL:    "https://example.org/a?x=1&y=%20#frag",
	Status: "read", Rating: 3, Date: time.Date(2021, 2, 3, 0, 0, 0, 0, time.UTC),
	Tags: []string{"Type, Setting", "日本語"},
	Note: "Line one\nline two, \"quoted\" ~ ^ \\ $ # — ünïcödé",
}

// readingFixture is the fixture site with entries that test the exports:
// tricky, a title a spreadsheet would take for a formula, a key that
// collides with Drift into Failure's, and a link to a page of the site.
func readingFixture() *site.Site {
	s := fixture()
	books := s.Readings[0]
	add := func(it content.Item, key string) {
		e := &site.ReadingEntry{Item: it, Key: key, Sources: []*site.Page{books}}
		s.Reading = append(s.Reading, e)
		books.Items = append(books.Items, e)
		books.OwnItems = append(books.OwnItems, site.PageItem{Item: it, Entry: e})
	}
	add(tricky, "example.org/a?x=1&y=+")
	add(content.Item{Title: "=SUM(A1)", Note: "+1 for this"}, "title:sum-a1")
	add(content.Item{Title: "Drift into Failure, again", Author: "Sidney Dekker", Date: time.Date(2020, 9, 1, 0, 0, 0, 0, time.UTC)}, "title:drift-again")
	add(content.Item{Title: "Our own notes", URL: "/notes/failover-conf/"}, "/notes/failover-conf/")
	return s
}

// readingGolden are the outputs kept in testdata/reading.txtar.
var readingGolden = []string{
	"reading.json",
	"reading.bib",
	"reading.csv",
	"reading/books/index.html",
	"reading/tags/systems/index.html",
}

// TestReadingGolden compares the reading list's exports and pages with
// testdata/reading.txtar; go test -update rewrites it.
func TestReadingGolden(t *testing.T) {
	const file = "testdata/reading.txtar"
	outs := renderAll(t, themes.Default(), readingFixture())
	got := &txtar.Archive{Comment: []byte("The reading list outputs of readingFixture in reading_exports_test.go; HTML normalized by golden_test.go.\n")}
	for _, name := range readingGolden {
		o, ok := outs[name]
		if !ok {
			t.Fatalf("no output %s", name)
		}
		body := o.Body
		if strings.HasSuffix(name, ".html") {
			body = normalize(body)
		}
		got.Files = append(got.Files, txtar.File{Name: name, Data: body})
	}
	if *update {
		if err := os.WriteFile(file, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Files) != len(got.Files) {
		t.Fatalf("golden file has %d sections, want %d; run go test -update", len(want.Files), len(got.Files))
	}
	for i, w := range want.Files {
		g := got.Files[i]
		t.Run(g.Name, func(t *testing.T) {
			if w.Name != g.Name || !bytes.Equal(w.Data, g.Data) {
				t.Errorf("%s differs from %s; run go test -update and read the diff", g.Name, file)
			}
		})
	}
}

func TestReadingMediaTypes(t *testing.T) {
	outs := renderAll(t, themes.Default(), readingFixture())
	for path, want := range map[string]string{
		"reading.json": "application/feed+json",
		"reading.bib":  "application/x-bibtex",
		"reading.csv":  "text/csv",
	} {
		if got := outs[path].MediaType; got != want {
			t.Errorf("%s: media type %q, want %q", path, got, want)
		}
	}
	index := string(outs["reading/index.html"].Body)
	for _, want := range []string{
		`<link rel="alternate" type="application/feed+json" title="DjangoCon Notes: Reading (JSON Feed)" href="/reading.json">`,
		`<a href="/reading.bib" type="application/x-bibtex" download>BibTeX</a>`,
		`<a href="/reading.csv" type="text/csv" download>CSV</a>`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("reading/index.html lacks %s", want)
		}
	}
}

// TestReadingJSONFeed reads the feed back and checks what JSON Feed 1.1
// requires of it and what lectern promises.
func TestReadingJSONFeed(t *testing.T) {
	outs := renderAll(t, themes.Default(), readingFixture())
	var feed struct {
		Version     string `json:"version"`
		Title       string `json:"title"`
		HomePageURL string `json:"home_page_url"`
		FeedURL     string `json:"feed_url"`
		Description string `json:"description"`
		Language    string `json:"language"`
		Authors     []struct {
			Name string `json:"name"`
		} `json:"authors"`
		Items []struct {
			ID            string  `json:"id"`
			URL           string  `json:"url"`
			Title         string  `json:"title"`
			ContentText   *string `json:"content_text"`
			DatePublished string  `json:"date_published"`
			Authors       []struct {
				Name string `json:"name"`
			} `json:"authors"`
			Tags    []string `json:"tags"`
			Lectern struct {
				Status      string   `json:"status"`
				Rating      float64  `json:"rating"`
				MentionedIn []string `json:"mentioned_in"`
			} `json:"_lectern"`
		} `json:"items"`
	}
	dec := json.NewDecoder(bytes.NewReader(outs["reading.json"].Body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&feed); err != nil {
		t.Fatalf("reading.json does not parse: %v", err)
	}
	if feed.Version != "https://jsonfeed.org/version/1.1" || feed.Title != "DjangoCon Notes: Reading" ||
		feed.HomePageURL != "https://conf.example.org/reading/" || feed.FeedURL != "https://conf.example.org/reading.json" {
		t.Errorf("feed head: %q %q %q %q", feed.Version, feed.Title, feed.HomePageURL, feed.FeedURL)
	}
	if len(feed.Items) != 7 {
		t.Fatalf("want 7 items, got %d", len(feed.Items))
	}
	ids := map[string]bool{}
	for _, it := range feed.Items {
		if it.ID == "" || ids[it.ID] {
			t.Errorf("item %q: id %q is empty or not unique", it.Title, it.ID)
		}
		ids[it.ID] = true
		if it.ContentText == nil || *it.ContentText == "" {
			t.Errorf("item %q has no content_text", it.Title)
		}
		if it.URL != "" && !strings.HasPrefix(it.URL, "https://") {
			t.Errorf("item %q: url %q is not absolute", it.Title, it.URL)
		}
		if it.DatePublished != "" {
			if _, err := time.Parse(time.RFC3339, it.DatePublished); err != nil {
				t.Errorf("item %q: %v", it.Title, err)
			}
		}
	}
	first := feed.Items[0]
	if first.Title != tricky.Title || first.URL != tricky.URL || first.ID != tricky.URL || *first.ContentText != tricky.Note ||
		first.DatePublished != "2021-02-03T00:00:00Z" || len(first.Authors) != 2 || first.Authors[0].Name != "José Müller" ||
		!slices.Equal(first.Tags, tricky.Tags) || first.Lectern.Status != "read" || first.Lectern.Rating != 3 ||
		!slices.Equal(first.Lectern.MentionedIn, []string{"https://conf.example.org/reading/books/"}) {
		t.Errorf("the most recently read item must come first, as written: %+v", first)
	}
	byTitle := map[string]string{}
	for _, it := range feed.Items {
		byTitle[it.Title] = it.ID + " " + it.URL
	}
	for title, want := range map[string]string{
		"Drift into Failure": "urn:lectern:reading:drift%20into%20failure ",
		"Our own notes":      "https://conf.example.org/notes/failover-conf/ https://conf.example.org/notes/failover-conf/",
	} {
		if byTitle[title] != want {
			t.Errorf("%s: id and url %q, want %q", title, byTitle[title], want)
		}
	}
}

// TestReadingCSV reads the CSV back as a spreadsheet would.
func TestReadingCSV(t *testing.T) {
	body := renderAll(t, themes.Default(), readingFixture())["reading.csv"].Body
	rest, ok := bytes.CutPrefix(body, []byte("\xef\xbb\xbf"))
	if !ok {
		t.Fatalf("reading.csv must start with a UTF-8 byte-order mark, starts with %q", body[:min(len(body), 8)])
	}
	if lines := bytes.Count(rest, []byte("\n")); lines != bytes.Count(rest, []byte("\r\n")) {
		t.Errorf("every line must end in CRLF")
	}
	rows, err := csv.NewReader(bytes.NewReader(rest)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], []string{"title", "author", "url", "status", "rating", "date", "tags", "source page"}) {
		t.Errorf("header: %q", rows[0])
	}
	find := func(title string) []string {
		for _, r := range rows {
			if r[0] == title {
				return r
			}
		}
		t.Fatalf("no row %q in %q", title, rows)
		return nil
	}
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"quotes, commas, braces, line breaks and unicode", find(tricky.Title), []string{
			tricky.Title, tricky.Author, tricky.URL, "read", "3", "2021-02-03", "Type, Setting, 日本語", "Books on resilience",
		}},
		{"formulas are kept inert", find("'=SUM(A1)"), []string{"'=SUM(A1)", "", "", "", "", "", "", "Books on resilience"}},
		{"sources by title", find("SNAFUcatchers"), []string{"SNAFUcatchers", "", "https://snafucatchers.github.io/", "", "", "", "", "Failover Conf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !slices.Equal(tt.got, tt.want) {
				t.Errorf("row:\n got %q\nwant %q", tt.got, tt.want)
			}
		})
	}
}

func TestBibEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{braces}`, `\{braces\}`},
		{`100% & $5 #1 a_b`, `100\% \& \$5 \#1 a\_b`},
		{`x^2 ~ y`, `x\textasciicircum{}2 \textasciitilde{} y`},
		{`C:\path`, `C:\textbackslash{}path`},
		{`"quoted", commas`, `"quoted", commas`},
		{"José Müller — 日本語", "José Müller — 日本語"},
		{"two\nlines", "two lines"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := bibEscape(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("urls", func(t *testing.T) {
		u := "https://example.org/a b?x={1}&y=%20#frag"
		if got, want := bibURL(u), "https://example.org/a%20b?x=%7B1%7D&y=%20#frag"; got != want {
			t.Errorf("url field: got %q, want %q", got, want)
		}
		if got, want := bibURLArg(u), `https://example.org/a\%20b?x=\%7B1\%7D&y=\%20\#frag`; got != want {
			t.Errorf("\\url argument: got %q, want %q", got, want)
		}
	})
}

func TestBibKeys(t *testing.T) {
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		it   content.Item
		want string
	}{
		{"surname, year, first word", content.Item{Title: "The Field Guide", Author: "Sidney Dekker", Date: day}, "dekker2026field"},
		{"first of several authors, accents folded", content.Item{Title: "Über Typen", Author: "José Müller and Ann Lee"}, "mulleruber"},
		{"no author", content.Item{Title: "REdeploy", URL: "https://re-deploy.io/"}, "redeploy"},
		{"articles skipped", content.Item{Title: "A Theory of Everything", Author: "Kim"}, "kimtheory"},
		{"nothing usable", content.Item{Title: "日本語"}, "item"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bibKey(&site.ReadingEntry{Item: tt.it}); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("duplicates get b, c", func(t *testing.T) {
		var entries []*site.ReadingEntry
		for range 3 {
			entries = append(entries, &site.ReadingEntry{Item: content.Item{Title: "Drift", Author: "Dekker", Date: day}})
		}
		b := &jobs{s: &site.Site{}}
		out := string(b.readingBibTeX(entries))
		for _, want := range []string{"@book{dekker2026drift,", "@book{dekker2026driftb,", "@book{dekker2026driftc,"} {
			if !strings.Contains(out, want) {
				t.Errorf("missing %s in\n%s", want, out)
			}
		}
	})
}

func TestAuthorNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Sidney Dekker", []string{"Sidney Dekker"}},
		{"Betsy Beyer, Chris Jones, Jennifer Petoff", []string{"Betsy Beyer", "Chris Jones", "Jennifer Petoff"}},
		{"A One and B Two", []string{"A One", "B Two"}},
		{"A; B & C", []string{"A", "B", "C"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := authorNames(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
