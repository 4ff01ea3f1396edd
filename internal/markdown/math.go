package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// TeX math is kept exactly as written, for KaTeX or MathJax to typeset in
// the browser: no emphasis, no typographic quotes, every backslash kept.
// It is written inside the delimiters both find by default:
//
//	$x$, \(x\)         → <span class="math inline">\(x\)</span>
//	$$x$$, \[x\] inline → <span class="math display">\[x\]</span>
//	$$ or \[ on a line  → <div class="math display">\[x\]</div>
//
// A dollar is math only as Pandoc reads it, so prices stay prices: the
// opening $ is followed by a non-space, the closing $ follows a non-space
// and is not followed by a digit, both on one line; \$ is a dollar.

// KindMath is the kind of math nodes.
var KindMath = ast.NewNodeKind("Math")

// mathNode is math in a paragraph (inline) or a block of its own.
type mathNode struct {
	ast.BaseInline
	display bool
	value   text.Segment
}

func (n *mathNode) Kind() ast.NodeKind         { return KindMath }
func (n *mathNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// KindMathBlock is the kind of display math blocks.
var KindMathBlock = ast.NewNodeKind("MathBlock")

// mathBlock is display math standing as a block; its lines hold the TeX.
type mathBlock struct {
	ast.BaseBlock
	closer []byte
	done   bool
	// trail is punctuation after the closer ("$$."), written after the
	// math.
	trail text.Segment
}

func (n *mathBlock) Kind() ast.NodeKind         { return KindMathBlock }
func (n *mathBlock) IsRaw() bool                { return true }
func (n *mathBlock) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// mathParser reads inline math.
type mathParser struct{}

// Trigger implements parser.InlineParser.
func (mathParser) Trigger() []byte { return []byte{'$', '\\'} }

// Parse implements parser.InlineParser.
func (mathParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	open, close, display := mathDelims(line)
	if open == 0 {
		return nil
	}
	end := -1
	if close == "$" {
		end = dollarClose(line, 1)
	} else if i := indexUnescaped(line[open:], close); i >= 0 && (close != "$$" || i > 0) {
		end = open + i
	}
	if end < 0 || bytes.TrimSpace(line[open:end]) == nil {
		return nil
	}
	block.Advance(end + len(close))
	return &mathNode{display: display, value: text.NewSegment(seg.Start+open, seg.Start+end)}
}

// mathDelims returns the opener's length, the closer and whether the
// math is display math, for a line starting with a math opener; open is
// 0 when it does not.
func mathDelims(line []byte) (open int, close string, display bool) {
	switch {
	case bytes.HasPrefix(line, []byte("$$")):
		return 2, "$$", true
	case bytes.HasPrefix(line, []byte(`\[`)):
		return 2, `\]`, true
	case bytes.HasPrefix(line, []byte(`\(`)):
		return 2, `\)`, false
	case len(line) > 1 && line[0] == '$' && !isSpace(line[1]):
		return 1, "$", false
	}
	return 0, "", false
}

// dollarClose returns the offset of the $ closing inline math opened at
// the start of line, searching from i, or -1.
func dollarClose(line []byte, i int) int {
	for ; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '\n':
			return -1
		case '$':
			if isSpace(line[i-1]) {
				if i+1 < len(line) && !isSpace(line[i+1]) {
					// This $ opens math, so the first one did not:
					// "$5 and $10" are prices.
					return -1
				}
				continue
			}
			if i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9' {
				continue
			}
			return i
		}
	}
	return -1
}

// indexUnescaped is bytes.Index of sep in line that skips a sep preceded
// by a backslash escape (other than the sep's own) and stops at the end
// of the line.
func indexUnescaped(line []byte, sep string) int {
	for i := 0; i < len(line); i++ {
		if line[i] == '\n' {
			return -1
		}
		if bytes.HasPrefix(line[i:], []byte(sep)) {
			return i
		}
		if line[i] == '\\' {
			i++
		}
	}
	return -1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// mathBlockParser reads display math whose opener starts a line; it is
// a block only when the closer ends a line before the next blank line.
type mathBlockParser struct{}

// Trigger implements parser.BlockParser.
func (mathBlockParser) Trigger() []byte { return []byte{'$', '\\'} }

// Open implements parser.BlockParser.
func (mathBlockParser) Open(_ ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 {
		return nil, parser.NoChildren
	}
	open, close, display := mathDelims(line[pos:])
	if open == 0 || !display {
		return nil, parser.NoChildren
	}
	if !closesBeforeBlank(reader.Source()[seg.Start+pos+open:], close) {
		return nil, parser.NoChildren
	}
	n := &mathBlock{closer: []byte(close)}
	rest := line[pos+open:]
	start := seg.Start + pos + open
	if i := indexUnescaped(rest, close); i >= 0 {
		if closerEnd(rest, close) != i {
			return nil, parser.NoChildren
		}
		n.Lines().Append(text.NewSegment(start, start+i))
		t := bytes.TrimRight(rest, " \t\r\n")
		n.trail = text.NewSegment(start+i+len(close), start+len(t))
		n.done = true
	} else if !util.IsBlank(rest) {
		n.Lines().Append(text.NewSegment(start, seg.Stop))
	}
	reader.AdvanceToEOL()
	return n, parser.NoChildren
}

// closesBeforeBlank reports whether some line of src, before a blank
// line, ends with close; src starts after the opener, so its first line
// may be empty.
func closesBeforeBlank(src []byte, close string) bool {
	for first := true; len(src) > 0; first = false {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if closerEnd(line, close) >= 0 {
			return true
		}
		if len(bytes.TrimSpace(line)) == 0 && !first {
			return false
		}
	}
	return false
}

// closerEnd returns the offset of close in line when it ends the line,
// but for white space and sentence punctuation ("$$." ends a sentence),
// or -1.
func closerEnd(line []byte, close string) int {
	t := bytes.TrimRight(line, " \t\r\n.,;:")
	if !bytes.HasSuffix(t, []byte(close)) {
		return -1
	}
	return len(t) - len(close)
}

// Continue implements parser.BlockParser.
func (mathBlockParser) Continue(node ast.Node, reader text.Reader, _ parser.Context) parser.State {
	n := node.(*mathBlock)
	if n.done {
		return parser.Close
	}
	line, seg := reader.PeekLine()
	if util.IsBlank(line) {
		return parser.Close
	}
	if i := closerEnd(line, string(n.closer)); i >= 0 {
		n.Lines().Append(text.NewSegment(seg.Start, seg.Start+i))
		t := bytes.TrimRight(line, " \t\r\n")
		n.trail = text.NewSegment(seg.Start+i+len(n.closer), seg.Start+len(t))
		reader.AdvanceToEOL()
		n.done = true
		return parser.Close
	}
	n.Lines().Append(seg)
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

// Close implements parser.BlockParser.
func (mathBlockParser) Close(ast.Node, text.Reader, parser.Context) {}

// CanInterruptParagraph implements parser.BlockParser.
func (mathBlockParser) CanInterruptParagraph() bool { return true }

// CanAcceptIndentedLine implements parser.BlockParser.
func (mathBlockParser) CanAcceptIndentedLine() bool { return false }

// mathRenderer writes math nodes.
type mathRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (mathRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindMath, renderMath)
	reg.Register(KindMathBlock, renderMathBlock)
}

func renderMath(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*mathNode)
	if n.display {
		_, _ = w.WriteString(`<span class="math display">\[`)
		_, _ = w.Write(util.EscapeHTML(n.value.Value(src)))
		_, _ = w.WriteString(`\]</span>`)
	} else {
		_, _ = w.WriteString(`<span class="math inline">\(`)
		_, _ = w.Write(util.EscapeHTML(n.value.Value(src)))
		_, _ = w.WriteString(`\)</span>`)
	}
	return ast.WalkSkipChildren, nil
}

func renderMathBlock(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	_, _ = w.WriteString(`<div class="math display">\[`)
	lines := node.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		_, _ = w.Write(util.EscapeHTML(seg.Value(src)))
	}
	_, _ = w.WriteString(`\]`)
	_, _ = w.Write(util.EscapeHTML(node.(*mathBlock).trail.Value(src)))
	_, _ = w.WriteString("</div>\n")
	return ast.WalkSkipChildren, nil
}

// mathSpans appends the source ranges of math node n.
func mathSpans(spans []span, n ast.Node) []span {
	switch n := n.(type) {
	case *mathNode:
		return append(spans, span{n.value.Start, n.value.Stop})
	case *mathBlock:
		return appendLines(spans, n)
	}
	return spans
}
