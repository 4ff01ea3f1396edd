package markdown

import (
	"regexp"
	"strconv"

	"github.com/yuin/goldmark/ast"
)

// Reading logs kept in prose file their books by the year they were read:
// a page of lists, each under a heading naming a year ("## 2023",
// "## Read in 2023", "## 2023 (14 books)"), often with headings of
// genres below it. The year is when the list's books were read.

// readYear matches a heading that names a year alone, or the year books
// were read in: "2023", "Read in 2023", "Books I read in 2023",
// "2023 (14 books)", "2023 reading".
var readYear = regexp.MustCompile(`(?i)^(?:(?:books\s+)?(?:i\s+)?(?:read|finished)\s+in\s+)?((?:19|20)[0-9]{2})(?:\s+(?:books|reading|reads))?(?:\s*\([^)]*\))?:?$`)

// yearRead returns the year, as written, that the heading above list or
// a heading over it names (see readYear), or "" when none does: the
// nearest heading, then each heading of a higher level before it.
func yearRead(list ast.Node, src []byte) string {
	for _, h := range headingsOver(list, src) {
		if m := readYear.FindStringSubmatch(h); m != nil {
			if y, err := strconv.Atoi(m[1]); err == nil && y > 0 {
				return m[1]
			}
		}
	}
	return ""
}
