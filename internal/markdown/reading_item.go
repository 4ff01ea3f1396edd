package markdown

import (
	"bytes"
	"net/url"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	emojiast "github.com/yuin/goldmark-emoji/ast"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
)

// itemKind is what one list item is to a reading list.
type itemKind int

const (
	// itemNoLink has no link in its first paragraph.
	itemNoLink itemKind = iota
	// itemLinkInside has a link, but not at its start: a sentence that
	// mentions a link is not an entry.
	itemLinkInside
	// itemAnchor starts with a link to a heading of the same page: a
	// table of contents.
	itemAnchor
	// itemOwnPage starts with a link to another page of the site: a
	// relative link to a page (not to a document such as a PDF), or an
	// absolute one to the site's own host.
	itemOwnPage
	// itemProfile starts with a link named for a service or a profile
	// ("GitHub", "LinkedIn", "Website", "@ada"), or to a profile's
	// address (linkedin.com/in/ada, github.com/ada; profileAddress).
	itemProfile
	// itemMap starts with a link to a place on a map (mapAddress): a
	// list of venues, hotels or directions.
	itemMap
	// itemMaterial starts with a link named for a talk's material
	// ("Abstract", "Slides", "Video", "Notes"): a talk's links.
	itemMaterial
	// itemEvent starts with a link to an event, a date after it: a
	// workshop someone organized, a conference they spoke at.
	itemEvent
	// itemReading is an entry of a reading list.
	itemReading
	// itemBook is an entry without a link: a title in emphasis or
	// quotes then its author, "*Deep Work* by Cal Newport".
	itemBook
	numKinds
)

// reader finds reading items in one body.
type reader struct {
	src   []byte
	lines *lineIndex
	// host is the site's own host, lower case without "www."; empty when
	// the site has no base URL.
	host string
}

// item classifies a list item and, for a reading item, returns its entry.
// Its first paragraph must start with a link, or with a link wrapped in
// emphasis (**[Title](url)**), after any decoration: an emoji, a
// ":shortcode:", an image, a task box or an icon link ([:scroll:](x.pdf)).
// The note is the rest of that paragraph and the paragraphs after it, but
// not nested lists or code.
func (rd *reader) item(item ast.Node) (Link, itemKind) {
	first := item.FirstChild()
	if first == nil || (first.Kind() != ast.KindParagraph && first.Kind() != ast.KindTextBlock) {
		return Link{}, itemNoLink
	}
	lead := rd.skipDecoration(first.FirstChild())
	// A citation's head before the link: "Endsley, M. R. (1995). [Title](url)".
	author, year := "", 0
	if next, a, y := rd.citationHead(lead); next != nil {
		lead, author, year = next, a, y
	}
	link, dest := leadingLink(lead, rd.src)
	// "[Ada](profile)'s [Title](url)": the work is the second link.
	if next := possessive(lead, rd.src); link != nil && next != nil && author == "" {
		author = collapse(appendInline(nil, link, rd.src))
		lead = next
		link, dest = leadingLink(lead, rd.src)
	}
	if link == nil {
		if hasLink(item) {
			return Link{}, itemLinkInside
		}
		if l, ok := rd.book(first, lead); ok {
			if !hasLinkedList(item) {
				return l, itemBook
			}
			// "[PDF](…)" under the book is the book's own copy.
			if u, ok := rd.materialCopy(item); ok {
				l.URL = u
				return l, itemBook
			}
		}
		return Link{}, itemNoLink
	}
	title := collapse(appendInline(nil, link, rd.src))
	switch {
	case strings.HasPrefix(dest, "#"):
		return Link{}, itemAnchor
	case rd.ownPage(dest):
		return Link{}, itemOwnPage
	case profileWord(title), profileAddress(dest):
		return Link{}, itemProfile
	case mapAddress(dest):
		return Link{}, itemMap
	case materialWord(title), slideDeck(dest):
		return Link{}, itemMaterial
	}
	// The byline is read from the rest of the link's paragraph only; the
	// paragraphs after it are note.
	var rest, more []byte
	for c := lead.NextSibling(); c != nil; c = c.NextSibling() {
		rest = appendInline(rest, c, rd.src)
	}
	for b := first.NextSibling(); b != nil; b = b.NextSibling() {
		if b.Kind() == ast.KindParagraph || b.Kind() == ast.KindTextBlock {
			more = append(more, ' ')
			more = appendPlain(more, b, rd.src)
		}
	}
	if eventItem(title, collapse(rest)) {
		return Link{}, itemEvent
	}
	line := 0
	if ls := first.Lines(); ls.Len() > 0 {
		line = rd.lines.line(ls.At(0).Start)
	}
	l := Link{Title: strings.TrimSuffix(title, ":"), URL: dest, Line: line, link: link}
	l.Author, l.Year, l.Note = splitByline(collapse(rest))
	if m := collapse(more); m != "" {
		l.Note = strings.TrimSpace(l.Note + " " + m)
	}
	if author != "" {
		l.Author = author
	}
	if year != 0 {
		l.Year = year
	}
	if l.Author == "" {
		// "[Thinking Fast and Slow by Daniel Kahneman](…)".
		if t, a, y, ok := titleByline(l.Title); ok {
			l.Title, l.Author = t, a
			if l.Year == 0 {
				l.Year = y
			}
		}
	}
	if l.Year == 0 {
		l.Year = titleYear(l.Title)
	}
	return l, itemReading
}

// skipDecoration returns the first inline node from n on that is not a
// decoration of the item's start: white space, emoji and symbols,
// ":shortcodes:", images, task boxes, and links whose text is only those
// (an icon linking to a copy). Runs of text are judged whole, as the
// parser may split a shortcode into several text nodes.
func (rd *reader) skipDecoration(n ast.Node) ast.Node {
	for n != nil {
		switch n.(type) {
		case *ast.Image, *east.TaskCheckBox, *emojiast.Emoji:
			n = n.NextSibling()
			continue
		case *ast.Link:
			if rest := rd.skipDecoration(n.FirstChild()); rest != nil || n.FirstChild() == nil {
				return n
			}
			n = n.NextSibling()
			continue
		}
		var text []byte
		end := n
		for ; end != nil && isText(end); end = end.NextSibling() {
			text = appendInline(text, end, rd.src)
		}
		if end == n || !symbolsOnly(string(text)) {
			return n
		}
		n = end
	}
	return nil
}

// citationHead reads the head of a citation before an item's link, names
// then a year in parentheses then a full stop ("Aven, T., & Renn, O.
// (2011). [Title](url)"), and returns the node after it with the names
// and the year; nil when the text before the link is not such a head.
func (rd *reader) citationHead(n ast.Node) (ast.Node, string, int) {
	var text []byte
	end := n
	for ; end != nil && isText(end); end = end.NextSibling() {
		text = appendInline(text, end, rd.src)
	}
	if end == n || end == nil {
		return nil, "", 0
	}
	head := strings.TrimSpace(string(text))
	head = strings.TrimSpace(strings.TrimSuffix(head, "."))
	names, y := cutYear(head)
	if y == 0 || !strings.HasSuffix(head, ")") || names == "" || !nameLike(names) {
		return nil, "", 0
	}
	return end, strings.TrimSuffix(names, ","), y
}

// possessive returns the link after "'s " that follows the link n, as in
// "[Ada](profile)'s [Title](url)"; nil when n is not followed so.
func possessive(n ast.Node, src []byte) ast.Node {
	if n == nil {
		return nil
	}
	var text []byte
	t := n.NextSibling()
	for ; t != nil && isText(t); t = t.NextSibling() {
		text = appendInline(text, t, src)
	}
	s := strings.TrimSpace(string(text))
	if s != "'s" && s != "’s" {
		return nil
	}
	if l, _ := leadingLink(t, src); l != nil {
		return t
	}
	return nil
}

// isText reports whether n is a text or string node.
func isText(n ast.Node) bool {
	switch n.(type) {
	case *ast.Text, *ast.String:
		return true
	}
	return false
}

// symbolsOnly reports whether s holds no letter or digit outside a
// ":shortcode:": only white space, emoji, symbols and punctuation other
// than an opening bracket.
func symbolsOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) > 2 && w[0] == ':' && w[len(w)-1] == ':' && isEmojiName(w[1:len(w)-1]) {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '(' || r == '[' {
				return false
			}
		}
	}
	return true
}

// isEmojiName reports whether s is the name of an emoji shortcode:
// lower-case letters, digits, "_", "+" and "-".
func isEmojiName(s string) bool {
	for _, r := range s {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_' || r == '+' || r == '-') {
			return false
		}
	}
	return s != ""
}

// documentExts are the extensions of files that are read as they are,
// not pages of the site: a relative link to one is a reading item.
var documentExts = map[string]bool{
	".pdf": true, ".ps": true, ".djvu": true, ".epub": true, ".mobi": true,
	".txt": true, ".doc": true, ".docx": true, ".odt": true, ".rtf": true,
	".ppt": true, ".pptx": true, ".key": true, ".tex": true, ".gz": true,
}

// ownPage reports whether dest is a page of this site: a relative link
// that is not to a document, or an absolute link to the site's host.
func (rd *reader) ownPage(dest string) bool {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil {
		return false
	}
	if u.Scheme != "" || u.Host != "" {
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		return rd.host != "" && host == rd.host && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "")
	}
	return !documentExts[strings.ToLower(path.Ext(u.Path))]
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

// book reads an item that names a work without linking it: a title in
// emphasis then its author, after "by" or a dash ("*Deep Work* by Cal
// Newport", "*Deep Work* — Cal Newport"), or a title in quotes then "by"
// and its author (after a dash, a quotation's source: "“…” — IAEA"),
// then maybe a note. The author is names, capitalized: "*Note:* bring a
// laptop" and "**Buy tickets** by using the form" are no books.
func (rd *reader) book(para, lead ast.Node) (Link, bool) {
	if lead == nil {
		return Link{}, false
	}
	// What the item opens with decides before any text is gathered:
	// most items without a link are prose.
	em, emphasized := lead.(*ast.Emphasis)
	if emphasized {
		after := bytes.TrimLeft(inlineText(lead.NextSibling(), rd.src), " ,")
		if !bytes.HasPrefix(after, []byte("by ")) && !bytes.HasPrefix(after, []byte("By ")) && trimSeparator(string(after)) == string(after) {
			return Link{}, false
		}
	} else if first, _ := utf8.DecodeRune(inlineText(lead, rd.src)); first != '"' && first != '“' && first != '‘' {
		return Link{}, false
	}
	var title string
	var rest []byte
	if emphasized {
		title = collapse(appendInline(nil, em, rd.src))
		for c := lead.NextSibling(); c != nil; c = c.NextSibling() {
			rest = appendInline(rest, c, rd.src)
		}
	} else {
		var text []byte
		for c := lead; c != nil; c = c.NextSibling() {
			text = appendInline(text, c, rd.src)
		}
		t, after, ok := quotedTitle(collapse(text))
		if !ok {
			return Link{}, false
		}
		title, rest = t, []byte(after)
	}
	title = strings.TrimSuffix(strings.TrimSpace(title), ",")
	if title == "" || strings.HasSuffix(title, ":") {
		return Link{}, false
	}
	byline := collapse(rest)
	if !emphasized {
		if _, by := cutPrefixFold(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(byline), ",")), "by "); !by {
			return Link{}, false
		}
	}
	l := Link{Title: title}
	l.Author, l.Year, l.Note = splitByline(byline)
	if l.Author == "" || !nameLike(l.Author) {
		return Link{}, false
	}
	if ls := para.Lines(); ls.Len() > 0 {
		l.Line = rd.lines.line(ls.At(0).Start)
	}
	if l.Year == 0 {
		l.Year = titleYear(l.Title)
	}
	return l, true
}

// quotedTitle splits a text opening with a quoted title into the title
// and what follows it.
func quotedTitle(s string) (title, rest string, ok bool) {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}} {
		if after, found := strings.CutPrefix(s, q[0]); found {
			if i := strings.Index(after, q[1]); i > 0 {
				return after[:i], after[i+len(q[1]):], true
			}
		}
	}
	return "", "", false
}

// hasLinkedList reports whether item holds a list with a link: the
// copies of the work it names, which speak for it.
func hasLinkedList(item ast.Node) bool {
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			for i := l.FirstChild(); i != nil; i = i.NextSibling() {
				if hasLink(i) {
					return true
				}
			}
		}
	}
	return false
}

// materialCopy returns the address of the first link of the lists in
// item when every item with a link there starts with a link named for a
// material ("[PDF](…)", "[Slides](…)"): copies of the work item names.
func (rd *reader) materialCopy(item ast.Node) (string, bool) {
	u := ""
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		l, ok := c.(*ast.List)
		if !ok {
			continue
		}
		for i := l.FirstChild(); i != nil; i = i.NextSibling() {
			if !hasLink(i) {
				continue
			}
			link, dest := leadingLink(rd.skipDecoration(i.FirstChild().FirstChild()), rd.src)
			if link == nil || !materialWord(collapse(appendInline(nil, link, rd.src))) {
				return "", false
			}
			if u == "" {
				u = dest
			}
		}
	}
	return u, u != ""
}

// inlineText is the text of a text node as written, or of a string the
// parser put in its place (a typographic quote); nil for any other node.
func inlineText(n ast.Node, src []byte) []byte {
	switch t := n.(type) {
	case *ast.Text:
		return t.Segment.Value(src)
	case *ast.String:
		return t.Value
	}
	return nil
}
