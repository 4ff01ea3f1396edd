package markdown

import (
	"bytes"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// MDX, the markdown of Astro, Docusaurus and Next.js pages, reads
// markdown inside HTML: "<li><b>May</b>: [CFP](/cfp) opens</li>" has a
// link in MDX, where CommonMark keeps the line as raw HTML. In an .mdx
// body, a line that starts with a complete HTML tag is therefore a line
// of inline markdown, written without a paragraph around it, and the
// lines after it are read as blocks again (a heading or list inside a
// <div> is a heading or list). Raw elements (script, style, pre,
// textarea), comments and a tag left open over several lines are
// CommonMark's. The content stage has already left out what only JSX
// can show (content/mdx.go).
type mdxHTML struct{}

// isMDX reports whether file is an .mdx page.
func isMDX(file string) bool {
	return strings.EqualFold(path.Ext(file), ".mdx")
}

func (mdxHTML) Trigger() []byte { return []byte{'<'} }

func (mdxHTML) Open(_ ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	at := 0
	for at < len(line) && (line[at] == ' ' || line[at] == '\t') {
		at++
	}
	tag := line[at:]
	closing := bytes.HasPrefix(tag, []byte("</"))
	name := tagName(tag)
	if closing {
		name = tagName(tag[1:])
	}
	if name == "" || rawElements[name] || tagEnd(tag) < 0 {
		return nil, parser.NoChildren
	}
	if _, inPara := pc.LastOpenedBlock().Node.(*ast.Paragraph); inPara && !blockElements[name] {
		return nil, parser.NoChildren
	}
	node := ast.NewTextBlock()
	seg = seg.TrimLeftSpace(reader.Source())
	node.Lines().Append(seg.TrimRightSpace(reader.Source()))
	reader.AdvanceToEOL()
	return node, parser.NoChildren
}

// Continue closes the line's block: the next line is read afresh.
func (mdxHTML) Continue(ast.Node, text.Reader, parser.Context) parser.State { return parser.Close }

func (mdxHTML) Close(ast.Node, text.Reader, parser.Context) {}

func (mdxHTML) CanInterruptParagraph() bool { return true }

// CanAcceptIndentedLine is true: MDX has no indented code, and HTML
// indented inside HTML is HTML.
func (mdxHTML) CanAcceptIndentedLine() bool { return true }

// mdxIndented reads a line indented four spaces or more, which MDX
// does not take for code, as the start of a paragraph.
type mdxIndented struct{}

func (mdxIndented) Trigger() []byte { return nil }

func (mdxIndented) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	if w, _ := util.IndentWidth(line, reader.LineOffset()); w < 4 || util.IsBlank(line) {
		return nil, parser.NoChildren
	}
	return parser.NewParagraphParser().Open(parent, reader, pc)
}

func (mdxIndented) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	return parser.NewParagraphParser().Continue(node, reader, pc)
}

func (mdxIndented) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	parser.NewParagraphParser().Close(node, reader, pc)
}

func (mdxIndented) CanInterruptParagraph() bool { return false }

func (mdxIndented) CanAcceptIndentedLine() bool { return true }

// mdxParser is CommonMark's parser without indented code blocks, which
// MDX does not have: a line indented inside an element is not code.
func mdxParser() parser.Parser {
	var blocks []util.PrioritizedValue
	for _, b := range parser.DefaultBlockParsers() {
		if b.Value != parser.NewCodeBlockParser() {
			blocks = append(blocks, b)
		}
	}
	// After every other parser, before the paragraph (1000).
	blocks = append(blocks, util.Prioritized(mdxIndented{}, 990))
	return parser.NewParser(parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
}

// tagEnd returns the index of the '>' ending the tag b starts with,
// outside quoted values, or -1 when the line does not end it.
func tagEnd(b []byte) int { return quotedEnd(b, '>', '<') }

// rawElements hold text that is not markdown in any dialect.
var rawElements = setOf("script", "style", "pre", "textarea")
