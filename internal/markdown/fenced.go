package markdown

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Pandoc and Quarto (fenced divs), markdown-it-container (Eleventy,
// VitePress) and Docusaurus wrap markdown in a div between a line of
// three or more colons with a class and a line of colons alone:
//
//	::: {.callout-note title="Heads up"}      ::: warning Mind the gap
//	Text.                                      Text.
//	:::                                        :::
//
// Such a block is a div here too, read as Franklin's (div.go): its lines
// are markdown, divs nest, and a colon line inside code is the code's.
// An admonition (note, tip, info, warning, caution, danger, important,
// and Quarto's callout-* of them) is a div of class "admonition" and its
// kind, under a title: the one written, else the kind's name.

// fenceOpener matches the line opening a fenced div: colons, then
// Pandoc's attributes in braces, or a class name and a title.
var fenceOpener = regexp.MustCompile(`^(:{3,})\s*(?:\{([^{}]*)\}|([A-Za-z][\w-]*)(?:\[([^\]]*)\])?(?:\s+(\S.*?))?)\s*:*\s*$`)

// fenceCloser matches a line of colons alone.
var fenceCloser = regexp.MustCompile(`^:{3,}\s*$`)

// admonitions are the kinds of note the tools style, by name.
var admonitions = map[string]string{
	"note": "Note", "tip": "Tip", "info": "Info", "warning": "Warning", "caution": "Caution",
	"danger": "Danger", "important": "Important", "success": "Success", "details": "Details",
}

// fencedDivParser reads fenced divs.
type fencedDivParser struct{}

// Trigger implements parser.BlockParser.
func (fencedDivParser) Trigger() []byte { return []byte{':'} }

// Open implements parser.BlockParser.
func (fencedDivParser) Open(_ ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 {
		return nil, parser.NoChildren
	}
	m := fenceOpener.FindSubmatch(bytes.TrimRight(line[pos:], "\r\n"))
	if m == nil {
		return nil, parser.NoChildren
	}
	d := &div{}
	var title string
	if m[2] != nil {
		l, ok := parseAttrList(m[2])
		if !ok {
			return nil, parser.NoChildren
		}
		for _, a := range l.attrs {
			switch a.name {
			case "class":
				d.classes = append(d.classes, a.value)
			case "id":
				d.id = a.value
			case "title":
				title = a.value
			}
		}
		// Pandoc's bare word in braces is a class too ("{note}").
		d.classes = append(d.classes, l.refs...)
	} else {
		d.classes = []string{string(m[3])}
		title = strings.TrimSpace(string(m[4]) + " " + string(m[5]))
	}
	for _, c := range d.classes {
		kind := strings.TrimPrefix(strings.ToLower(c), "callout-")
		if name, ok := admonitions[kind]; ok {
			d.classes = append([]string{"admonition", "admonition-" + kind}, d.classes...)
			d.title = name
			break
		}
	}
	if title != "" && d.title != "" {
		// Only an admonition shows a title; a div's is Pandoc's
		// attribute, which no page shows.
		d.title = title
	}
	reader.AdvanceToEOL()
	return d, parser.HasChildren
}

// Continue implements parser.BlockParser: a line of colons closes the
// innermost fenced div, as "@@" does Franklin's.
func (fencedDivParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	if !fenceCloser.Match(bytes.TrimSpace(line)) || holdsOpenRaw(node, reader.Source(), pc) {
		return parser.Continue | parser.HasChildren
	}
	reader.AdvanceToEOL()
	return parser.Close
}

// Close implements parser.BlockParser.
func (fencedDivParser) Close(ast.Node, text.Reader, parser.Context) {}

// CanInterruptParagraph implements parser.BlockParser.
func (fencedDivParser) CanInterruptParagraph() bool { return true }

// CanAcceptIndentedLine implements parser.BlockParser.
func (fencedDivParser) CanAcceptIndentedLine() bool { return false }
