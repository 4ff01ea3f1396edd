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

// LinkList is a list of the body in which at least one item starts with
// a link, taken as a reading list or not: what lectern inspect shows so
// that a writer can see why a list was or was not taken.
type LinkList struct {
	// Line is the file line of the list's first item.
	Line int
	// Items counts the list's items; Links counts those that start with a
	// link.
	Items, Links int
	// Nested reports a list inside a list item, which is never a reading
	// list.
	Nested bool
	// Taken reports that the list is a reading list: it is not nested and
	// at least half of its items start with a link.
	Taken bool
}

// readingList returns the entries of list when it is a reading list: at
// least half of its items, and at least one, start with a link. Items that
// do not are skipped; lists nested in items are never looked at. The
// LinkList describes the list either way.
func readingList(list *ast.List, src []byte, lines *lineIndex) ([]Link, LinkList) {
	var links []Link
	info := LinkList{Line: listLine(list, lines)}
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		info.Items++
		if l, ok := readingItem(c, src, lines); ok {
			links = append(links, l)
		}
	}
	info.Links = len(links)
	if len(links) == 0 || 2*len(links) < info.Items {
		return nil, info
	}
	info.Taken = true
	return links, info
}

// nestedList describes a list inside a list item, whose links are never
// reading items.
func nestedList(list *ast.List, src []byte, lines *lineIndex) LinkList {
	_, info := readingList(list, src, lines)
	info.Nested, info.Taken = true, false
	return info
}

// listLine is the file line of a list's first item, 0 when unknown.
func listLine(list *ast.List, lines *lineIndex) int {
	for n := ast.Node(list); n != nil; n = n.FirstChild() {
		if ls := n.Lines(); ls != nil && ls.Len() > 0 {
			return lines.line(ls.At(0).Start)
		}
	}
	return 0
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
