package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
)

// Link is one entry of a reading list written in prose.
type Link struct {
	// Title is the plain text of the link.
	Title string
	// URL is the link's destination as written.
	URL string
	// Note is the plain text after the link, without a leading separator
	// ("-", "–", "—", ":") or the parentheses around it; links inside
	// the note keep only their text. Empty when nothing follows the link.
	Note string
	// Line is the file line of the item.
	Line int
}

// readingList returns the entries of list when it is a reading list: at
// least half of its items, and at least one, start with a link. Items that
// do not are skipped; lists nested in items are never looked at.
func readingList(list *ast.List, src []byte, lines *lineIndex) []Link {
	var links []Link
	items := 0
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		items++
		if l, ok := readingItem(c, src, lines); ok {
			links = append(links, l)
		}
	}
	if len(links) == 0 || 2*len(links) < items {
		return nil
	}
	return links
}

// readingItem returns the entry an item gives when its first block starts
// with a link. The note is the rest of that block and the paragraphs after
// it, but not nested lists or code.
func readingItem(item ast.Node, src []byte, lines *lineIndex) (Link, bool) {
	first := item.FirstChild()
	if first == nil || (first.Kind() != ast.KindParagraph && first.Kind() != ast.KindTextBlock) {
		return Link{}, false
	}
	lead := first.FirstChild()
	link, url := leadingLink(lead, src)
	if link == nil {
		return Link{}, false
	}
	var note []byte
	for c := lead.NextSibling(); c != nil; c = c.NextSibling() {
		note = appendInline(note, c, src)
	}
	for b := first.NextSibling(); b != nil; b = b.NextSibling() {
		if b.Kind() == ast.KindParagraph || b.Kind() == ast.KindTextBlock {
			note = append(note, ' ')
			note = appendPlain(note, b, src)
		}
	}
	line := 0
	if ls := first.Lines(); ls.Len() > 0 {
		line = lines.line(ls.At(0).Start)
	}
	return Link{
		Title: collapse(appendInline(nil, link, src)),
		URL:   url,
		Note:  trimNote(collapse(note)),
		Line:  line,
	}, true
}

// leadingLink returns the link n is, or the link n only wraps in emphasis
// (**[Title](url)**), with its URL as the HTML links to it (escapes and
// entities resolved); nil when n is not a link or links somewhere
// dangerous (javascript:), which the HTML does not link to either.
func leadingLink(n ast.Node, src []byte) (ast.Node, string) {
	for n != nil {
		switch l := n.(type) {
		case *ast.Link:
			if html.IsDangerousURL(l.Destination) {
				return nil, ""
			}
			return l, string(unescape(l.Destination))
		case *ast.AutoLink:
			if html.IsDangerousURL(l.URL(src)) {
				return nil, ""
			}
			return l, string(l.URL(src))
		case *ast.Emphasis:
			if l.ChildCount() != 1 {
				return nil, ""
			}
			n = l.FirstChild()
		default:
			return nil, ""
		}
	}
	return nil, ""
}

// trimNote removes the separator authors put between a link and its note,
// and parentheses wrapping the whole note.
func trimNote(s string) string {
	for _, sep := range []string{"-", "–", "—", ":"} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && wraps(s) {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// wraps reports whether the parenthesis opening s is the one closing it,
// so that "(2019) and more (maybe)" keeps its parentheses.
func wraps(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i == len(s)-1
			}
		}
	}
	return false
}
