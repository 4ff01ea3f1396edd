package markdown

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// Bookshelf and "now" pages kept in prose file their books by how far
// the writer got, one list under each heading: "## Currently reading",
// "## Up next", "## Finished", "## Did not finish". The heading is the
// status of the list's books, as a data file's group key is.

// shelfWords are the headings that name a reading status, lower case,
// without the emoji, count or colon a heading may add: phrases a page
// heads a shelf with, not single words a heading may hold for another
// reason ("Reading" heads a talk's reading list, "Done" a changelog).
var shelfWords = map[string]string{
	"currently reading": "reading", "reading now": "reading", "now reading": "reading",
	"what i'm reading": "reading", "what i am reading": "reading", "what i'm reading now": "reading",
	"books i'm reading": "reading", "in progress": "reading", "on my nightstand": "reading",
	"to read": "to-read", "to-read": "to-read", "want to read": "to-read", "up next": "to-read",
	"next up": "to-read", "reading queue": "to-read", "to be read": "to-read", "tbr": "to-read",
	"books to read": "to-read", "on deck": "to-read", "wishlist": "to-read", "reading wishlist": "to-read",
	"read": "read", "finished": "read", "recently read": "read", "recently finished": "read",
	"books i've read": "read", "books i have read": "read", "books i read": "read",
	"already read": "read", "completed": "read", "finished reading": "read",
	"abandoned": "abandoned", "did not finish": "abandoned", "didn't finish": "abandoned",
	"dnf": "abandoned", "gave up": "abandoned", "gave up on": "abandoned",
}

// shelfTail is what a shelf's heading may write after its words: a
// count ("(3)", "(3 books)") or a colon.
var shelfTail = regexp.MustCompile(`\s*(?:\([^)]*\))?\s*:?\s*$`)

// shelfStatus returns the reading status ("reading", "to-read", "read",
// "abandoned") that the heading above list or a heading over it names
// (see shelfWords), or "" when none does: the nearest heading, then
// each heading of a higher level before it, as for the year read.
func shelfStatus(list ast.Node, src []byte) string {
	for _, h := range headingsOver(list, src) {
		s := strings.TrimLeftFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		s = strings.ToLower(shelfTail.ReplaceAllString(s, ""))
		s = strings.ReplaceAll(s, "’", "'")
		if st, ok := shelfWords[s]; ok {
			return st
		}
	}
	return ""
}

// headingsOver returns the texts of the headings over list, nearest
// first: the heading above it, then each heading of a higher level
// before that one, up to the page's top level.
func headingsOver(list ast.Node, src []byte) []string {
	n := list
	for n.Parent() != nil && n.Parent().Kind() != ast.KindDocument {
		n = n.Parent()
	}
	var out []string
	level := 7
	for b := n.PreviousSibling(); b != nil && level > 1; b = b.PreviousSibling() {
		h, ok := b.(*ast.Heading)
		if !ok || h.Level >= level {
			continue
		}
		level = h.Level
		out = append(out, strings.TrimSpace(collapse(appendInline(nil, h, src))))
	}
	return out
}
