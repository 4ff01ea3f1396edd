package exports

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"io"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// isGoodreads reports whether src's first line is the header of a
// Goodreads library export: it names Title and Exclusive Shelf.
func isGoodreads(src []byte) bool {
	head, _, _ := bytes.Cut(src, []byte("\n"))
	return bytes.Contains(head, []byte("Title")) && bytes.Contains(head, []byte("Exclusive Shelf"))
}

// goodreadsShelves maps Goodreads' exclusive shelves to reading statuses;
// a shelf of the reader's own making is read by its name as a status
// ("dnf", "abandoned"…) when it is one, else kept as a tag.
var goodreadsShelves = map[string]string{"read": "read", "currently-reading": "reading", "to-read": "to-read"}

// goodreads reads a Goodreads library export (My Books → Import and
// export → Export library) into one reading list of the file's books.
func (r *reader) goodreads(src []byte) {
	cr := csv.NewReader(bytes.NewReader(src))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		r.csvError(err)
		return
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(h)] = i
	}
	stem := strings.TrimSuffix(path.Base(r.file), path.Ext(r.file))
	d := r.newDoc(content.KindReading, "reading", humanize(stem), stem, r.lines.pos(0))
	at(d, r.lines.pos(0), "items")
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			r.csvError(err)
			break
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		fieldPos := func(name string) diag.Pos {
			line, c := cr.FieldPos(max(col[name], 0) % max(len(rec), 1))
			return posAt(r.file, line, c)
		}
		line, _ := cr.FieldPos(0)
		it := content.Item{Title: get("Title"), Author: get("Author"), Note: reviewText(get("My Review"))}
		if it.Title == "" {
			d.Diags.Warnf(posAt(r.file, line, 1), "the book on this line has no title; it is left out")
			continue
		}
		if more := get("Additional Authors"); more != "" {
			it.Author = strings.Join(slices.DeleteFunc([]string{it.Author, more}, func(s string) bool { return s == "" }), ", ")
		}
		if s := get("My Rating"); s != "" && s != "0" {
			if v, err := strconv.Atoi(s); err == nil && v >= 1 && v <= 5 {
				it.Rating = float64(v)
			} else {
				d.Diags.Warnf(fieldPos("My Rating"), "rating %q of %q is not a whole number from 0 to 5; the book is read without a rating", s, it.Title)
			}
		}
		shelf := get("Exclusive Shelf")
		if st, ok := goodreadsShelves[shelf]; ok {
			it.Status = st
		} else if st, ok := readingStatus(shelf); ok {
			it.Status = st
		} else if shelf != "" {
			d.Diags.Warnf(fieldPos("Exclusive Shelf"), "shelf %q of %q is not a reading status (read, currently-reading, to-read, or abandoned); the book is read without a status and the shelf is kept as a tag", shelf, it.Title)
			it.Tags = append(it.Tags, shelf)
		}
		for _, s := range strings.Split(get("Bookshelves"), ",") {
			if s = strings.TrimSpace(s); s != "" && s != shelf && !slices.Contains(it.Tags, s) {
				it.Tags = append(it.Tags, s)
			}
		}
		if s := get("Date Read"); s != "" {
			if t, ok := goodreadsDate(s, r.loc); ok {
				it.Date = t
			} else {
				d.Diags.Warnf(fieldPos("Date Read"), "date read %q of %q is not a date such as 2024/03/15; the book is read without a date", s, it.Title)
			}
		}
		d.Items = append(d.Items, it)
	}
	r.dropEmpty(d)
}

// goodreadsDate reads the dates of the export, "2024/03/15", and the ISO
// form spreadsheets rewrite them to.
func goodreadsDate(s string, loc *time.Location) (time.Time, bool) {
	for _, l := range []string{"2006/01/02", time.DateOnly, "2006/1/2"} {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// reviewText turns a review, which Goodreads exports as the HTML its
// editor wrote, into the plain text a note is: line breaks and paragraphs
// as line breaks, entities decoded, other tags (<b>, <i>, <a>…) left
// out and their text kept.
func reviewText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			text := spaceBeforeBreak.ReplaceAllString(b.String(), "\n")
			return strings.TrimSpace(blankRuns.ReplaceAllString(text, "\n\n"))
		case html.TextToken:
			b.Write(z.Text()) // entities decoded
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "br":
				b.WriteByte('\n')
			case "p", "div", "blockquote", "li":
				b.WriteString("\n\n")
			}
		}
	}
}

// spaceBeforeBreak is blanks ending a line.
var spaceBeforeBreak = regexp.MustCompile(`[ \t]+\n`)

// blankRuns are three line breaks or more, with blanks among them.
var blankRuns = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)

// csvError reports a row the CSV reader could not read.
func (r *reader) csvError(err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		r.diags.Errorf(posAt(r.file, pe.Line, pe.Column), "%v; the rows after this point are not read; quote the field, doubling each quote inside it, or export the library again", pe.Err)
		return
	}
	r.diags.Errorf(r.lines.pos(0), "%v", err)
}

// humanize turns a file name into a title: "goodreads_library_export" is
// "Goodreads library export".
func humanize(stem string) string {
	s := strings.Join(strings.FieldsFunc(stem, func(r rune) bool { return r == '_' || r == '-' || r == ' ' }), " ")
	if s == "" {
		return cmp.Or(stem, "Reading")
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// readingStatus reads how far a reader got, as reading lists write it.
func readingStatus(s string) (string, bool) {
	switch strings.NewReplacer(" ", "-", "_", "-").Replace(strings.ToLower(strings.TrimSpace(s))) {
	case "to-read", "want-to-read", "unread", "later":
		return "to-read", true
	case "reading", "currently-reading", "in-progress", "current":
		return "reading", true
	case "read", "done", "finished":
		return "read", true
	case "abandoned", "dnf", "did-not-finish", "dropped", "gave-up":
		return "abandoned", true
	}
	return "", false
}
