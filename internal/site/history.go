package site

import (
	"fmt"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// History is what the site's version control knows of its files. The
// zero value knows nothing and says nothing.
type History struct {
	// Changed is the time of the last commit of each file, by its path
	// in the site folder ("content/notes/a.md").
	Changed map[string]time.Time
	// Missing, when the build looked for a history and found none, says
	// why ("the site folder is not a git repository"); "" otherwise.
	Missing string
}

// FeedDate is the time a page is filed under in feeds: its date, else,
// for a note, when it was last changed (its updated field, or the last
// commit of its file). It is zero for a page that has no place in a feed.
func (p *Page) FeedDate() time.Time {
	if !p.Doc.Date.IsZero() || p.Doc.Kind != content.KindNote {
		return p.Doc.Date
	}
	return p.Doc.Updated
}

// dateNotes dates the notes written without a date or an updated field
// from the last commit of their file, and warns once, at the first, about
// those that remain undated: feeds have to leave them out.
func (b *builder) dateNotes(h History) {
	var left []*Page
	for _, p := range b.site.Pages {
		if p.Doc.Kind != content.KindNote || p.Doc.Hidden || !p.FeedDate().IsZero() {
			continue
		}
		if t, ok := h.Changed[p.Doc.File]; ok {
			p.Doc.Updated = t
			continue
		}
		left = append(left, p)
	}
	if len(left) == 0 || (h.Changed == nil && h.Missing == "") {
		// Nobody looked for a history (a test, a tool of its own): the
		// feeds leave the notes out, and no one is told why.
		return
	}
	files := make([]string, len(left))
	for i, p := range left {
		files[i] = p.Doc.File
	}
	why, fix := h.Missing, ""
	if why == "" {
		why, fix = pick(len(left), "its file has", "their files have")+" no commit in the site's git history", pick(len(left), ", or commit it", ", or commit them")
	}
	b.diags.Warnf(diag.Pos{File: left[0].Doc.File, Line: 1, Col: 1}, "%s left out of the feeds: %s no date, and %s (%s); give %s a date field (date: 2026-06-11)%s",
		plural(len(left), "note is", "notes are"), pick(len(left), "it has", "they have"), why, strings.Join(files, ", "), pick(len(left), "it", "each"), fix)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
