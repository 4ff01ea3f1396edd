package markdown

import (
	"bytes"
	"html"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Franklin (the Julia site generator) wraps markdown in a div with a line
// "@@class1,class2" before it and a line "@@" after it; divs nest. The
// lines between are markdown, read as the page's other lines are. Such a
// block is a div here too, on every page: a line "@@" followed by
// class names alone cannot be anything else, and "@@ -1,3 +1,4 @@" (a
// diff's hunk) is not one.

// KindDiv is the kind of Franklin's div blocks.
var KindDiv = ast.NewNodeKind("FranklinDiv")

// div is a block of markdown in a div of the given classes.
type div struct {
	ast.BaseBlock
	classes []string
	// id and title are a fenced div's (fenced.go): its id attribute, and
	// the title an admonition shows above its text.
	id, title string
}

func (n *div) Kind() ast.NodeKind         { return KindDiv }
func (n *div) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// divOpener matches the line opening a div: "@@" and class names separated
// by commas, nothing else.
var divOpener = regexp.MustCompile(`^@@([A-Za-z_][\w-]*(?:,[A-Za-z_][\w-]*)*)\s*$`)

// divParser reads div blocks.
type divParser struct{}

// Trigger implements parser.BlockParser.
func (divParser) Trigger() []byte { return []byte{'@'} }

// Open implements parser.BlockParser.
func (divParser) Open(_ ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 {
		return nil, parser.NoChildren
	}
	m := divOpener.FindSubmatch(bytes.TrimRight(line[pos:], "\r\n"))
	if m == nil {
		return nil, parser.NoChildren
	}
	reader.AdvanceToEOL()
	return &div{classes: strings.Split(string(m[1]), ",")}, parser.HasChildren
}

// Continue implements parser.BlockParser. A line "@@" closes the
// innermost div, so a div with another div open inside it, or with a
// block whose lines are not markdown (code, raw HTML), goes on.
func (divParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	if string(bytes.TrimSpace(line)) != "@@" || holdsOpenRaw(node, reader.Source(), pc) {
		return parser.Continue | parser.HasChildren
	}
	reader.AdvanceToEOL()
	return parser.Close
}

// holdsOpenRaw reports whether an open block inside node is a div or a
// block whose lines are taken as they are: the line "@@" is then theirs.
func holdsOpenRaw(node ast.Node, src []byte, pc parser.Context) bool {
	inside := false
	for _, b := range pc.OpenedBlocks() {
		if b.Node == node {
			inside = true
			continue
		}
		if !inside {
			continue
		}
		switch n := b.Node.(type) {
		case *ast.HTMLBlock:
			if htmlHolds(n, src) {
				return true
			}
		case *div, *ast.FencedCodeBlock, *ast.CodeBlock, *mathBlock:
			return true
		}
	}
	return false
}

// htmlCloser is what ends an HTML block of each type that ends on a
// line of its own, in lower case (CommonMark's types 1 to 5).
var htmlCloser = map[ast.HTMLBlockType][]string{
	ast.HTMLBlockType1: {"</script>", "</pre>", "</style>", "</textarea>"},
	ast.HTMLBlockType2: {"-->"},
	ast.HTMLBlockType3: {"?>"},
	ast.HTMLBlockType4: {">"},
	ast.HTMLBlockType5: {"]]>"},
}

// htmlHolds reports whether the open HTML block n takes the next line as
// its own: one of types 1 to 5 whose closer it has not met. Blocks of
// types 6 and 7 (a line of tags) end at a blank line in markdown; the
// line "@@" ends them too, as Franklin ends its div there.
func htmlHolds(n *ast.HTMLBlock, src []byte) bool {
	closers, ok := htmlCloser[n.HTMLBlockType]
	if !ok || n.HasClosure() {
		return false
	}
	lines := n.Lines()
	if lines.Len() == 0 {
		return true
	}
	seg := lines.At(lines.Len() - 1)
	last := bytes.ToLower(seg.Value(src))
	for _, c := range closers {
		if bytes.Contains(last, []byte(c)) {
			return false
		}
	}
	return true
}

// Close implements parser.BlockParser.
func (divParser) Close(ast.Node, text.Reader, parser.Context) {}

// CanInterruptParagraph implements parser.BlockParser.
func (divParser) CanInterruptParagraph() bool { return true }

// CanAcceptIndentedLine implements parser.BlockParser.
func (divParser) CanAcceptIndentedLine() bool { return false }

// divRenderer writes div blocks.
type divRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (divRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindDiv, renderDiv)
}

func renderDiv(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</div>\n")
		return ast.WalkContinue, nil
	}
	// Franklin's class names are letters, digits, "_" and "-"
	// (divOpener); a fenced div's come from attributes, so all is escaped.
	d := node.(*div)
	_, _ = w.WriteString(`<div`)
	if d.id != "" {
		_, _ = w.WriteString(` id="` + html.EscapeString(d.id) + `"`)
	}
	if len(d.classes) > 0 {
		_, _ = w.WriteString(` class="` + html.EscapeString(strings.Join(d.classes, " ")) + `"`)
	}
	_, _ = w.WriteString(">\n")
	if d.title != "" {
		_, _ = w.WriteString(`<p class="admonition-title">` + html.EscapeString(d.title) + "</p>\n")
	}
	return ast.WalkContinue, nil
}
