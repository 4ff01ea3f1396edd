package render

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"lectern/internal/content"
	"lectern/internal/site"
)

// The reading list's exports: their paths under the output folder and
// their media types.
const (
	readingJSONPath = "reading.json"
	readingBibPath  = "reading.bib"
	readingCSVPath  = "reading.csv"

	feedJSONType = "application/feed+json"
	bibtexType   = "application/x-bibtex"
	csvType      = "text/csv"
)

// readingOutputs adds what the reading list has beyond its index: a page
// per tag of its entries, and the JSON Feed, BibTeX and CSV exports.
func (b *jobs) readingOutputs() {
	s := b.s
	if !hasReading(s) {
		return
	}
	b.readingTagPages()
	reads := readings(s.Reading)
	b.file(KindReadingExport, readingJSONPath, feedJSONType, reads, func(buf *bytes.Buffer) { buf.Write(b.readingJSON(s.Reading)) })
	b.file(KindReadingExport, readingBibPath, bibtexType, reads, func(buf *bytes.Buffer) { buf.Write(b.readingBibTeX(s.Reading)) })
	b.file(KindReadingExport, readingCSVPath, csvType, reads, func(buf *bytes.Buffer) { buf.Write(b.readingCSV(s.Reading)) })
}

// entryURL returns an entry's URL made absolute on base_url (root-relative
// without one), or "" when it has none.
func (b *jobs) entryURL(e *site.ReadingEntry) string {
	if e.URL == "" {
		return ""
	}
	return b.urls.abs(e.URL)
}

// entryTitle is an entry's title, or its URL when it was listed without
// one.
func entryTitle(e *site.ReadingEntry) string {
	return cmp.Or(e.Title, e.URL)
}

// jsonFeed is a JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
type jsonFeed struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url,omitempty"`
	FeedURL     string         `json:"feed_url,omitempty"`
	Description string         `json:"description,omitempty"`
	Language    string         `json:"language,omitempty"`
	Authors     []jsonAuthor   `json:"authors,omitempty"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

type jsonFeedItem struct {
	ID            string `json:"id"`
	URL           string `json:"url,omitempty"`
	Title         string `json:"title"`
	ContentText   string `json:"content_text"`
	DatePublished string `json:"date_published,omitempty"`
	// Image is the book's cover, absolute.
	Image   string       `json:"image,omitempty"`
	Authors []jsonAuthor `json:"authors,omitempty"`
	Tags    []string     `json:"tags,omitempty"`
	// Lectern is an extension, named with the leading underscore the
	// specification asks of extensions, so that readers may ignore it.
	Lectern jsonReading `json:"_lectern"`
}

type jsonReading struct {
	Status       string   `json:"status,omitempty"`
	Rating       float64  `json:"rating,omitempty"`
	Series       string   `json:"series,omitempty"`
	SeriesNumber string   `json:"series_number,omitempty"`
	MentionedIn  []string `json:"mentioned_in"`
}

// readingJSON returns the entries as a JSON Feed 1.1, most recently read
// first, then the undated in list order. An item's id is its absolute URL,
// or urn:lectern:reading:<key> for one without a URL, so that it stays the
// same from one build to the next; content_text is the note, or the title
// when there is none, since the format requires a content.
func (b *jobs) readingJSON(entries []*site.ReadingEntry) []byte {
	cfg := b.s.Config
	feed := jsonFeed{
		Version:     "https://jsonfeed.org/version/1.1",
		Title:       cfg.Title + ": Reading",
		HomePageURL: b.urls.abs(readingURL(b.s)),
		FeedURL:     b.urls.abs("/" + readingJSONPath),
		Description: "Everything worth reading gathered from the pages of " + cfg.Title + ".",
		Language:    cfg.Language,
		Items:       []jsonFeedItem{},
	}
	if cfg.Author != "" {
		feed.Authors = []jsonAuthor{{Name: cfg.Author}}
	}
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b *site.ReadingEntry) int {
		switch {
		case a.Date.IsZero() || b.Date.IsZero():
			return boolOrder(a.Date.IsZero(), b.Date.IsZero())
		}
		return b.Date.Compare(a.Date)
	})
	for _, e := range sorted {
		it := jsonFeedItem{
			ID:          b.entryURL(e),
			URL:         b.entryURL(e),
			Title:       entryTitle(e),
			ContentText: cmp.Or(e.Note, entryTitle(e)),
			Tags:        e.Tags,
			Lectern:     jsonReading{Status: e.Status, Rating: e.Rating, Series: e.Series, SeriesNumber: e.SeriesNumber, MentionedIn: []string{}},
		}
		if it.ID == "" || !isAbsolute(it.ID) {
			it.ID = "urn:lectern:reading:" + url.PathEscape(e.Key)
		}
		if !e.Date.IsZero() {
			it.DatePublished = e.Date.Format("2006-01-02T15:04:05Z07:00")
		}
		if it.Image = e.Cover; it.Image != "" && !isAbsolute(it.Image) {
			it.Image = b.urls.abs(it.Image)
		}
		for _, name := range authorNames(e.Author) {
			it.Authors = append(it.Authors, jsonAuthor{Name: name})
		}
		for _, p := range visible(e.Sources) {
			it.Lectern.MentionedIn = append(it.Lectern.MentionedIn, b.urls.abs(p.URL))
		}
		feed.Items = append(feed.Items, it)
	}
	var buf bytes.Buffer
	// Escaping <, > and & (as \u003c…) keeps the feed inert even where a
	// server sends it as HTML; JSON readers decode it to the same text.
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// The feed holds only strings, numbers and slices: it cannot fail.
	_ = enc.Encode(feed)
	return buf.Bytes()
}

// boolOrder sorts false before true.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// authorNames splits an author field into people: "A, B and C", "A; B",
// "A & B". A single "Surname, Given" is not told apart from two people;
// write such names given name first.
func authorNames(s string) []string {
	s = authorSeparators.Replace(s)
	var out []string
	for _, name := range strings.Split(s, ",") {
		if name = strings.TrimSpace(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// readingCSVHeader is the first row of reading.csv.
var readingCSVHeader = []string{"title", "author", "url", "status", "rating", "date", "tags", "source page"}

// readingCSV returns the entries as RFC 4180 CSV: CRLF line ends, fields
// quoted where they hold a comma, quote or line break, and a UTF-8
// byte-order mark first, which Excel needs to read the file as UTF-8
// rather than the machine's legacy code page (other tools skip it).
// source page is the titles of the pages that mention the entry, joined
// by "; ". A cell that would start with =, +, - or @ is prefixed with an
// apostrophe so that spreadsheets show it as text, not run it as a
// formula.
func (b *jobs) readingCSV(entries []*site.ReadingEntry) []byte {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	// Writes to a bytes.Buffer cannot fail, and every row has the
	// header's length.
	_ = w.Write(readingCSVHeader)
	for _, e := range entries {
		rating, date := "", ""
		if e.Rating > 0 {
			rating = content.FormatRating(e.Rating)
		}
		if !e.Date.IsZero() {
			date = e.Date.Format("2006-01-02")
		} else {
			// When it was read as written, naming no day.
			date = e.DateText
		}
		var sources []string
		for _, p := range visible(e.Sources) {
			sources = append(sources, p.Doc.Title)
		}
		row := []string{entryTitle(e), e.Author, b.entryURL(e), e.Status, rating, date, strings.Join(e.Tags, ", "), strings.Join(sources, "; ")}
		for i, cell := range row {
			row[i] = inertCell(cell)
		}
		_ = w.Write(row)
	}
	w.Flush()
	return buf.Bytes()
}

// inertCell keeps a spreadsheet from reading a cell as a formula.
func inertCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// readingBibTeX returns the entries as BibTeX, in list order. An entry is
// @book when it has an author and no URL or comes from a page under
// books/, else @misc. Keys are the first author's surname, the year read
// and the first word of the title that is not an article, in lower-case
// ASCII ("dekker2026field"); a key already taken gets b, c… appended, so
// keys only change when entries before them in the list do.
func (b *jobs) readingBibTeX(entries []*site.ReadingEntry) []byte {
	var buf bytes.Buffer
	buf.WriteString("% The reading list of " + bibComment(b.s.Config.Title) + ", written by lectern.\n")
	taken := map[string]bool{}
	for _, e := range entries {
		key := bibKey(e)
		for i := 1; taken[key]; i++ {
			key = bibKey(e) + keySuffix(i)
		}
		taken[key] = true
		kind := "misc"
		if (e.Author != "" && e.URL == "") || fromBooks(e) {
			kind = "book"
		}
		buf.WriteString("\n@" + kind + "{" + key + ",\n")
		field := func(name, value string) {
			if value != "" {
				buf.WriteString("  " + name + " = {" + value + "},\n")
			}
		}
		field("title", bibEscape(entryTitle(e)))
		field("author", bibEscape(strings.Join(authorNames(e.Author), " and ")))
		field("series", bibEscape(e.Series))
		if e.Series != "" {
			field("number", bibEscape(e.SeriesNumber))
		}
		if u := b.entryURL(e); u != "" {
			field("howpublished", `\url{`+bibURLArg(u)+`}`)
			field("url", bibURL(u))
		}
		switch {
		case e.Year != 0:
			// The year the work came out, which is what a citation means
			// by its year; the read date is then not a publication date.
			field("year", strconv.Itoa(e.Year))
		case !e.Date.IsZero():
			field("year", e.Date.Format("2006"))
			field("date", e.Date.Format("2006-01-02"))
		}
		field("keywords", bibEscape(strings.Join(e.Tags, ", ")))
		field("note", bibEscape(e.Note))
		buf.WriteString("}\n")
	}
	return buf.Bytes()
}

// keySuffix tells apart the i-th entry sharing a key: "b" for the
// second, then "c"…, then numbers past "z".
func keySuffix(i int) string {
	if i < 26 {
		return string(rune('a' + i))
	}
	return strconv.Itoa(i + 1)
}

// fromBooks reports whether a page under a books/ folder lists e.
func fromBooks(e *site.ReadingEntry) bool {
	for _, p := range e.Sources {
		if slices.Contains(strings.Split(path.Dir(p.Doc.Path), "/"), "books") {
			return true
		}
	}
	return false
}

// articles are the title words a BibTeX key skips.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// bibKey is an entry's key before de-duplication.
func bibKey(e *site.ReadingEntry) string {
	var key strings.Builder
	if names := authorNames(e.Author); len(names) > 0 {
		words := strings.Fields(names[0])
		key.WriteString(keyWord(words[len(words)-1]))
	}
	if !e.Date.IsZero() {
		key.WriteString(e.Date.Format("2006"))
	}
	for _, w := range strings.FieldsFunc(entryTitle(e), func(r rune) bool { return r == ' ' || r == '-' || r == ':' || r == '/' }) {
		if k := keyWord(w); k != "" && !articles[k] {
			key.WriteString(k)
			break
		}
	}
	if key.Len() == 0 {
		return "item"
	}
	return key.String()
}

// keyWord folds a word to lower-case ASCII letters and digits, dropping
// accents ("Müller" is "muller") and whatever else.
func keyWord(w string) string {
	var out strings.Builder
	for _, r := range content.Slugify(w) {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			out.WriteRune(r)
		}
	}
	return out.String()
}

// bibEscaper escapes the characters BibTeX and LaTeX treat specially in
// text. Everything else, accents and other scripts included, stays UTF-8,
// which biber and modern BibTeX read.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`,
	`{`, `\{`,
	`}`, `\}`,
	`%`, `\%`,
	`&`, `\&`,
	`$`, `\$`,
	`#`, `\#`,
	`_`, `\_`,
	`^`, `\textasciicircum{}`,
	`~`, `\textasciitilde{}`,
)

func bibEscape(s string) string {
	return bibEscaper.Replace(strings.Join(strings.Fields(s), " "))
}

// bibURL makes a URL safe in a url field, which biblatex and the url
// package read verbatim but whose braces must balance: braces and
// backslashes are percent-encoded, as a browser would send them.
func bibURL(u string) string {
	return bibURLEscaper.Replace(u)
}

// The replacers are built once: building one costs more than using it.
var (
	authorSeparators = strings.NewReplacer(";", ",", " and ", ",", " & ", ",")
	bibURLEscaper    = strings.NewReplacer(`{`, "%7B", `}`, "%7D", `\`, "%5C", " ", "%20")
	bibURLArgEscaper = strings.NewReplacer(`%`, `\%`, `#`, `\#`)
)

// bibURLArg is bibURL for \url inside another field, where the url
// package asks for % and # to be escaped.
func bibURLArg(u string) string {
	return bibURLArgEscaper.Replace(bibURL(u))
}

// bibComment keeps a line comment on one line.
func bibComment(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
