package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// kramdown, the markdown of Jekyll sites, reads HTML written in markdown
// by its elements, where CommonMark reads it by lines. Two differences
// change what a Jekyll page shows, and both are read kramdown's way on a
// Jekyll site (Options.Kramdown):
//
//   - an HTML block element ends at its end tag: "<hr>" or
//     "<p align=center>…</p>" and the line after it are two blocks, not
//     one HTML block running to the next blank line, so markdown on the
//     next line is read as markdown;
//
//   - a line starting with a span element ("<span>", "<a>", "<img>"…)
//     starts a paragraph whose markdown is read, not an HTML block.
//
//   - an HTML block element runs across blank lines to its matching end
//     tag, its content raw (kramdownraw.go).
//
// What CommonMark and kramdown agree on is unchanged: pages written for
// either read alike where they can.
type kramdownHTML struct{}

// kramdownDepth is the parser context key of the state of each open HTML
// block (a map): a block is closed only after the next one opened on the
// line that ends it.
var kramdownDepth = parser.NewContextKey()

// htmlState is where an open HTML block stands: the element depth after
// its last line, and the offset past the line of its end tag when the
// block runs across blank lines to it (else -1).
type htmlState struct {
	depth, end int
}

func depths(pc parser.Context) map[ast.Node]htmlState {
	m, _ := pc.Get(kramdownDepth).(map[ast.Node]htmlState)
	if m == nil {
		m = map[ast.Node]htmlState{}
		pc.Set(kramdownDepth, m)
	}
	return m
}

func (kramdownHTML) Trigger() []byte { return []byte{'<'} }

func (kramdownHTML) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	indent := 0
	for indent < len(line) && indent < 3 && line[indent] == ' ' {
		indent++
	}
	name := tagName(line[indent:])
	if name == "" {
		return nil, parser.NoChildren
	}
	_, inPara := pc.LastOpenedBlock().Node.(*ast.Paragraph)
	switch {
	case spanElements[name] && !inPara:
		return parser.NewParagraphParser().Open(parent, reader, pc)
	case blockElements[name]:
		node := ast.NewHTMLBlock(ast.HTMLBlockType6)
		node.Lines().Append(seg)
		st := htmlState{depth: elementDepth(line, name), end: -1}
		switch {
		case st.depth <= 0:
		case markdownAttr(line[indent:]):
			// kramdown reads the content as markdown: a start tag alone
			// on its line is a block of its own, the rest is CommonMark's.
			if util.IsBlank(line[bytes.IndexByte(line, '>')+1:]) {
				st.depth = 0
			}
		default:
			st.end = closeFinderOf(pc, reader.Source()).end(name, seg.Start, st.depth)
		}
		depths(pc)[node] = st
		reader.AdvanceToEOL()
		return node, parser.NoChildren
	}
	return nil, parser.NoChildren
}

func (kramdownHTML) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	if p, ok := node.(*ast.Paragraph); ok {
		return parser.NewParagraphParser().Continue(p, reader, pc)
	}
	st := depths(pc)[node]
	line, seg := reader.PeekLine()
	if st.end >= 0 {
		if seg.Start >= st.end {
			return parser.Close
		}
		node.Lines().Append(seg)
		reader.AdvanceToEOL()
		return parser.Continue | parser.NoChildren
	}
	if st.depth <= 0 || util.IsBlank(line) {
		return parser.Close
	}
	node.Lines().Append(seg)
	first := node.Lines().At(0)
	name := tagName(bytes.TrimLeft(first.Value(reader.Source()), " "))
	st.depth += elementDepth(line, name)
	depths(pc)[node] = st
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

func (kramdownHTML) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	if p, ok := node.(*ast.Paragraph); ok {
		parser.NewParagraphParser().Close(p, reader, pc)
		return
	}
	delete(depths(pc), node)
}

// CanInterruptParagraph is true, as for CommonMark's HTML block of
// block elements; a span element's line does not interrupt one (Open
// sees the paragraph).
func (kramdownHTML) CanInterruptParagraph() bool { return true }

func (kramdownHTML) CanAcceptIndentedLine() bool { return false }

// tagName returns the lower-case name of the start tag b opens with, or
// "" when b does not start with one.
func tagName(b []byte) string {
	if len(b) < 2 || b[0] != '<' {
		return ""
	}
	n := 1
	for n < len(b) && (b[n]|0x20 >= 'a' && b[n]|0x20 <= 'z' || n > 1 && b[n] >= '0' && b[n] <= '9') {
		n++
	}
	if n == 1 || n < len(b) && !(b[n] == ' ' || b[n] == '\t' || b[n] == '>' || b[n] == '/' || b[n] == '\n' || b[n] == '\r') {
		return ""
	}
	return string(bytes.ToLower(b[1:n]))
}

// elementDepth counts the start tags of name in line, less its end tags;
// a void element or a self-closed one counts nothing.
func elementDepth(line []byte, name string) int {
	if voidElements[name] {
		return 0
	}
	depth := 0
	lower := bytes.ToLower(line)
	for i := 0; i < len(lower); i++ {
		if lower[i] != '<' {
			continue
		}
		closing := i+1 < len(lower) && lower[i+1] == '/'
		start := i + 1
		if closing {
			start++
		}
		rest := lower[start:]
		if !bytes.HasPrefix(rest, []byte(name)) || len(rest) > len(name) && isNameByte(rest[len(name)]) {
			continue
		}
		switch end := bytes.IndexByte(rest, '>'); {
		case closing:
			depth--
		case end > 0 && rest[end-1] == '/':
		default:
			depth++
		}
	}
	return depth
}

// blockElements are CommonMark's names of HTML blocks that end at a blank
// line (its type 6), which kramdown ends at their end tag.
var blockElements = setOf("address", "article", "aside", "base", "basefont", "blockquote", "body",
	"caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
	"fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
	"h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main",
	"menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search",
	"section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul")

// voidElements have no end tag.
var voidElements = setOf("base", "basefont", "col", "frame", "hr", "link", "param", "track")

// spanElements are kramdown's span-level elements: a line starting with
// one is a paragraph. Those whose content is raw (textarea) or a list of
// options (select) are left to CommonMark.
var spanElements = setOf("a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code",
	"del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "q", "s", "samp",
	"small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var")

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
