package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Attribute lists give an element of the markdown classes, an id or other
// attributes. Two spellings are read, because real sites write both:
//
//   - kramdown's inline attribute lists (Jekyll's markdown): "{: .class
//     #id key="value"}" directly after a link, image, emphasis or code
//     span, or on a line of its own directly after (or before) a block:
//     a paragraph, heading, list, quote or table. "{:name: …}" defines a
//     list that "{:name}" names; "{:toc}" after a list puts the page's
//     table of contents in its place, leaving out headings of class
//     "no_toc", as kramdown does;
//   - a heading's own "{#id .class}" at its end, as kramdown, Hugo,
//     Pandoc and markdown-it-attrs read it.
//
// CommonMark shows both as text, which no author meant: the text
// "{:rel="sponsored"}" after a link was its most common sight. A list
// that belongs to no element (after plain text, or not valid) stays
// text; one on a line of its own with no block beside it is dropped, as
// kramdown drops it.

// attrList is an attribute list until attrTransformer gives its
// attributes to the element it belongs to.
type attrList struct {
	ast.BaseInline
	attrs []attr
	// refs are bare names: lists defined elsewhere, or "toc".
	refs []string
	// def names the list this one defines ("{:name: …}"), if any.
	def string
	// seg is the list as written, shown when it belongs to nothing.
	seg text.Segment
}

type attr struct{ name, value string }

// kindAttrList is attrList's node kind; the transformer removes every
// such node, so no renderer is needed.
var kindAttrList = ast.NewNodeKind("AttrList")

func (n *attrList) Kind() ast.NodeKind         { return kindAttrList }
func (n *attrList) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// attrParser reads "{:…}" anywhere in inline text, and "{#…}" or "{.…}"
// at the end of a heading. Where markdown is Pandoc's (pandoc), "{…}"
// directly after a link, image or code span is that
// element's too, as Pandoc's link_attributes read it.
type attrParser struct{ pandoc bool }

func (attrParser) Trigger() []byte { return []byte{'{'} }

// attrTaker reports whether n takes a Pandoc attribute list written
// directly after it.
func attrTaker(n ast.Node) bool {
	switch n.(type) {
	case *ast.Link, *ast.Image, *ast.CodeSpan:
		return true
	}
	return false
}

// attrsSeen is set in the parser context once a list is read, so that a
// document without one is not walked again by attrTransformer.
var attrsSeen = parser.NewContextKey()

func (p attrParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 3 || line[0] != '{' {
		return nil
	}
	kramdown := line[1] == ':'
	inline := !kramdown && p.pandoc && attrTaker(parent.LastChild())
	if !kramdown && !inline && (parent.Kind() != ast.KindHeading || line[1] != '#' && line[1] != '.') {
		return nil
	}
	end := closingBrace(line)
	if end < 0 {
		return nil
	}
	if !kramdown && !inline && len(bytes.TrimSpace(line[end+1:])) > 0 {
		return nil
	}
	inner := line[1:end]
	if kramdown {
		inner = inner[1:]
	}
	l, ok := parseAttrList(inner)
	if !ok || !kramdown && (l.def != "" || len(l.refs) > 0) {
		return nil
	}
	l.seg = text.NewSegment(seg.Start, seg.Start+end+1)
	block.Advance(end + 1)
	pc.Set(attrsSeen, true)
	return l
}

// closingBrace returns the index of the '}' that ends the list opening
// line, outside quoted values, or -1.
func closingBrace(line []byte) int { return quotedEnd(line, '}', '{') }

// quotedEnd returns the index of the first end in b after its first
// byte, outside quoted values (a backslash escapes in them), or -1 when
// a newline or an unquoted bad comes first.
func quotedEnd(b []byte, end, bad byte) int {
	var quote byte
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == end:
			return i
		case c == bad || c == '\n':
			return -1
		}
	}
	return -1
}

// parseAttrList reads the inside of a list: ".class", "#id",
// key="value" (or 'value', or a value without spaces) and bare names,
// separated by spaces; "name: …" defines a list. A list with nothing in
// it, or with anything else (Python's "{:0.2%}"), is not one.
func parseAttrList(b []byte) (*attrList, bool) {
	l := &attrList{}
	b = bytes.TrimSpace(b)
	if n := nameLen(b); n > 0 && n < len(b) && b[n] == ':' && (n+1 == len(b) || b[n+1] == ' ') {
		l.def = string(b[:n])
		b = b[n+1:]
	}
	for {
		b = bytes.TrimLeft(b, " \t")
		if len(b) == 0 {
			break
		}
		switch b[0] {
		case '.', '#':
			n := 1
			for n < len(b) && isNameByte(b[n]) {
				n++
			}
			if n == 1 || n < len(b) && b[n] != ' ' && b[n] != '\t' {
				return nil, false
			}
			name := "class"
			if b[0] == '#' {
				name = "id"
			}
			l.attrs = append(l.attrs, attr{name, string(b[1:n])})
			b = b[n:]
		default:
			n := nameLen(b)
			if n == 0 {
				return nil, false
			}
			name := string(b[:n])
			b = b[n:]
			if len(b) == 0 || b[0] != '=' {
				if len(b) > 0 && b[0] != ' ' && b[0] != '\t' {
					return nil, false
				}
				l.refs = append(l.refs, name)
				continue
			}
			v, rest, ok := attrValue(b[1:])
			if !ok {
				return nil, false
			}
			l.attrs = append(l.attrs, attr{strings.ToLower(name), v})
			b = rest
		}
	}
	return l, len(l.attrs)+len(l.refs) > 0
}

// attrValue reads a quoted or bare value and returns the rest.
func attrValue(b []byte) (string, []byte, bool) {
	if len(b) == 0 {
		return "", nil, false
	}
	if q := b[0]; q == '"' || q == '\'' {
		var v []byte
		for i := 1; i < len(b); i++ {
			switch c := b[i]; {
			case c == '\\' && i+1 < len(b):
				i++
				v = append(v, b[i])
			case c == q:
				return string(v), b[i+1:], true
			default:
				v = append(v, c)
			}
		}
		return "", nil, false
	}
	n := bytes.IndexAny(b, " \t")
	if n < 0 {
		n = len(b)
	}
	return string(b[:n]), b[n:], n > 0
}

func nameLen(b []byte) int {
	if len(b) == 0 || !(b[0] == '_' || b[0]|0x20 >= 'a' && b[0]|0x20 <= 'z') {
		return 0
	}
	n := 1
	for n < len(b) && (isNameByte(b[n]) || b[n] == ':' && n+1 < len(b) && b[n+1] != ' ') {
		n++
	}
	return n
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// attrTransformer gives each attribute list's attributes to its element
// once the tree is whole (emphasis is resolved only then).
type attrTransformer struct {
	// style lets "style" through: only where raw HTML is kept, since an
	// attribute can restyle the page as a <style> element can.
	style bool
}

func (t attrTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	if pc.Get(attrsSeen) == nil {
		return
	}
	var lists []*attrList
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*attrList); ok && entering {
			lists = append(lists, l)
		}
		return ast.WalkContinue, nil
	})
	if lists == nil {
		return
	}
	src := reader.Source()
	defs := map[string]*attrList{}
	for _, l := range lists {
		if l.def != "" {
			defs[l.def] = l
		}
	}
	for _, l := range lists {
		target, block := attrTarget(l, src)
		switch {
		case l.def != "":
			target = nil
		case target == nil && !block:
			// Belongs to nothing: shown as written.
			l.Parent().ReplaceChild(l.Parent(), l, ast.NewTextSegment(l.seg))
			continue
		}
		detach(l)
		if target != nil {
			t.apply(target, l, defs)
		}
	}
}

// apply sets l's attributes, and those of the lists it names, on n.
func (t attrTransformer) apply(n ast.Node, l *attrList, defs map[string]*attrList) {
	for _, ref := range l.refs {
		if ref == "toc" {
			if list, ok := n.(*ast.List); ok {
				list.RemoveChildren(list)
				list.SetAttributeString("id", []byte(tocID))
			}
		} else if d := defs[ref]; d != nil && d != l {
			t.set(n, d.attrs)
		}
	}
	t.set(n, l.attrs)
}

func (t attrTransformer) set(n ast.Node, attrs []attr) {
	for _, a := range attrs {
		switch {
		case a.name == "style" && !t.style, a.name == "href" || a.name == "src":
			// goldmark's renderers write only the attributes each
			// element may have, never an event handler; a link's href
			// written again would be a second one.
			continue
		case a.name == "class":
			if v, ok := n.AttributeString("class"); ok {
				if old, ok := v.([]byte); ok && len(old) > 0 {
					n.SetAttributeString("class", []byte(string(old)+" "+a.value))
					continue
				}
			}
		}
		n.SetAttributeString(a.name, []byte(a.value))
	}
}

// tocID marks a list "{:toc}" emptied for inspect to fill with the
// page's headings; it is also the id kramdown gives it.
const tocID = "markdown-toc"

// attrTarget finds the element l belongs to. block reports a list on a
// line of its own, which is dropped when it has no element.
func attrTarget(l *attrList, src []byte) (target ast.Node, block bool) {
	parent := l.Parent()
	start, end := lineStart(l), lineEnd(l)
	switch parent.Kind() {
	case ast.KindHeading:
		if emptyAfter(l) {
			if t, ok := l.PreviousSibling().(*ast.Text); ok {
				t.Segment = t.Segment.TrimRightSpace(src)
			}
			return parent, true
		}
	case east.KindTableCell:
		if row := parent.Parent(); start && end && parent.PreviousSibling() == nil && emptyCells(parent.NextSibling()) &&
			row.NextSibling() == nil && row.Parent() != nil && row.Parent().ChildCount() > 1 {
			table := row.Parent()
			table.RemoveChild(table, row)
			return table, true
		}
	case ast.KindParagraph, ast.KindTextBlock:
		if start && end {
			return blockTarget(l, parent, src), true
		}
	}
	switch l.PreviousSibling().(type) {
	case *ast.Link, *ast.Image, *ast.Emphasis, *ast.CodeSpan, *ast.AutoLink, *east.Strikethrough:
		return l.PreviousSibling(), false
	}
	return nil, false
}

// blockTarget is the element of a list on a line of its own in the
// paragraph p: p itself when the line is its first or last, or the
// block beside p when the line is all of p.
func blockTarget(l *attrList, p ast.Node, src []byte) ast.Node {
	alone := onlyChild(l)
	if !alone {
		if p.Kind() == ast.KindTextBlock && p.Parent() != nil && p.Parent().Kind() == ast.KindListItem {
			p = p.Parent()
		}
		if lazy(l, src) {
			// A line that continues a list or quote lazily (no marker,
			// no indent) ends it in kramdown: the list is the quote's or
			// the list's, the outermost one.
			for a := p.Parent(); a != nil && a.Kind() != ast.KindDocument; a = a.Parent() {
				if a.Kind() == ast.KindList || a.Kind() == ast.KindBlockquote {
					p = a
				}
			}
		}
		return p
	}
	defer p.Parent().RemoveChild(p.Parent(), p)
	// goldmark's HasBlankPreviousLines is not set after a fenced block,
	// so the lines around are read.
	lines := p.Lines()
	if lines.Len() == 0 {
		return nil
	}
	if prev := p.PreviousSibling(); prev != nil && !blankLineBefore(src, lines.At(0).Start) {
		return prev
	}
	if next := p.NextSibling(); next != nil && !blankLineAfter(src, lines.At(lines.Len()-1).Stop) {
		return next
	}
	return nil
}

// blankLineBefore reports whether the line before the one holding off
// is blank (or there is none).
func blankLineBefore(src []byte, off int) bool {
	i := bytes.LastIndexByte(src[:off], '\n')
	if i < 0 {
		return true
	}
	j := bytes.LastIndexByte(src[:i], '\n')
	return len(bytes.TrimSpace(src[j+1:i])) == 0
}

// blankLineAfter reports whether the line after the one ending at end is
// blank (or there is none).
func blankLineAfter(src []byte, end int) bool {
	if end > 0 && src[end-1] != '\n' {
		i := bytes.IndexByte(src[end:], '\n')
		if i < 0 {
			return true
		}
		end += i + 1
	}
	rest := src[end:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return len(bytes.TrimSpace(rest)) == 0
}

// lazy reports whether l's line starts with l: a lazy continuation line.
func lazy(l *attrList, src []byte) bool {
	return l.seg.Start == 0 || src[l.seg.Start-1] == '\n'
}

func lineStart(n ast.Node) bool {
	prev := n.PreviousSibling()
	if t, ok := prev.(*ast.Text); ok {
		return t.SoftLineBreak() || t.HardLineBreak()
	}
	return prev == nil
}

func lineEnd(n ast.Node) bool {
	next := n.NextSibling()
	if next == nil {
		return true
	}
	t, ok := next.(*ast.Text)
	return ok && t.Segment.Len() == 0 && (t.SoftLineBreak() || t.HardLineBreak() || t.NextSibling() == nil)
}

// emptyAfter reports whether nothing but empty text follows n.
func emptyAfter(n ast.Node) bool {
	for s := n.NextSibling(); s != nil; s = s.NextSibling() {
		if t, ok := s.(*ast.Text); !ok || t.Segment.Len() > 0 {
			return false
		}
	}
	return true
}

func onlyChild(l *attrList) bool {
	for c := l.Parent().FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); c != ast.Node(l) && (!ok || t.Segment.Len() > 0) {
			return false
		}
	}
	return true
}

func emptyCells(c ast.Node) bool {
	for ; c != nil; c = c.NextSibling() {
		if c.ChildCount() > 0 {
			return false
		}
	}
	return true
}

// detach removes l and the line break it leaves: the empty text after
// it, or, at the end of a paragraph, the break before it.
func detach(l *attrList) {
	parent := l.Parent()
	if parent == nil {
		return
	}
	next := l.NextSibling()
	prev := l.PreviousSibling()
	if t, ok := next.(*ast.Text); ok && t.Segment.Len() == 0 {
		parent.RemoveChild(parent, t)
		next = nil
		for s := l.NextSibling(); s != nil; s = s.NextSibling() {
			next = s
			break
		}
	}
	if t, ok := prev.(*ast.Text); ok && next == nil {
		t.SetSoftLineBreak(false)
		t.SetHardLineBreak(false)
	}
	parent.RemoveChild(parent, l)
}
