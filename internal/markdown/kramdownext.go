package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// kramdown's extensions, read on a Jekyll site (Options.Kramdown):
//
//	{::comment} … {:/comment}      nothing: the author's note to self
//	{::nomarkdown} … {:/nomarkdown}  what is between, as raw HTML
//	{::options key="value" /}      nothing: settings of kramdown's parser
//	*[HTML]: Hyper Text Markup Language   nothing: an abbreviation, whose
//	                               title kramdown shows on hover; the
//	                               word stays plain text here
//
// "{:/}" closes either, as in kramdown. Each may stand on lines of its
// own or within a line. An extension kramdown has and lectern does not
// read, or one not closed, is left as written.

// KindDropped is the kind of a kramdown comment or options tag, which
// shows nothing.
var KindDropped = ast.NewNodeKind("KramdownDropped")

// dropped is a block or an inline that shows nothing.
type dropped struct{ ast.BaseBlock }

func (n *dropped) Kind() ast.NodeKind         { return KindDropped }
func (n *dropped) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// kramdownExt reads an extension that starts a block.
type kramdownExt struct{}

// extOpenKey keeps in the parser context the name of the extension
// block open over several lines, "" when the one open was read whole
// (goldmark asks a block opened on a line whether the next continues it).
var extOpenKey = parser.NewContextKey()

// extTag reads "{::name …}" or "{::name … /}" at the start of s: the
// extension's name, the tag's length and whether it closes itself; ok
// is false for a name lectern does not read.
func extTag(s []byte) (name string, n int, self, ok bool) {
	if !bytes.HasPrefix(s, []byte("{::")) {
		return "", 0, false, false
	}
	end := bytes.IndexByte(s, '}')
	if end < 0 {
		return "", 0, false, false
	}
	inner := bytes.TrimSpace(s[3:end])
	self = bytes.HasSuffix(inner, []byte("/"))
	inner = bytes.TrimSpace(bytes.TrimSuffix(inner, []byte("/")))
	word := inner
	if i := bytes.IndexAny(inner, " \t"); i >= 0 {
		word = inner[:i]
	}
	switch name = string(word); name {
	case "comment", "nomarkdown":
		return name, end + 1, self, true
	case "options":
		return name, end + 1, self, self
	}
	return "", 0, false, false
}

// extClose finds the end of an extension named name in s: where its
// closing tag, "{:/name}" or "{:/}", starts and its length.
func extClose(s []byte, name string) (at, n int) {
	long := []byte("{:/" + name + "}")
	i, j := bytes.Index(s, long), bytes.Index(s, []byte("{:/}"))
	switch {
	case i >= 0 && (j < 0 || i < j):
		return i, len(long)
	case j >= 0:
		return j, 4
	}
	return -1, 0
}

func (kramdownExt) Trigger() []byte { return []byte{'{', '*'} }

// isAbbrDef reports a line defining an abbreviation, "*[HTML]: Hyper
// Text Markup Language".
func isAbbrDef(line []byte) bool {
	if !bytes.HasPrefix(line, []byte("*[")) {
		return false
	}
	end := bytes.Index(line, []byte("]:"))
	return end > 2 && bytes.IndexAny(line[2:end], "[]") < 0
}

func (kramdownExt) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || pos > 3 {
		return nil, parser.NoChildren
	}
	if isAbbrDef(line[pos:]) {
		reader.AdvanceToEOL()
		pc.Set(extOpenKey, "")
		return &dropped{}, parser.NoChildren
	}
	name, n, self, ok := extTag(line[pos:])
	if !ok {
		return nil, parser.NoChildren
	}
	rest := line[pos+n:]
	if self {
		if len(bytes.TrimSpace(rest)) > 0 {
			return nil, parser.NoChildren // text after it: an inline tag
		}
		reader.AdvanceToEOL()
		pc.Set(extOpenKey, "")
		return &dropped{}, parser.NoChildren
	}
	var node ast.Node = &dropped{}
	if name == "nomarkdown" {
		node = ast.NewHTMLBlock(ast.HTMLBlockType7)
	}
	start := seg.Start + pos + n
	if at, m := extClose(rest, name); at >= 0 {
		if len(bytes.TrimSpace(rest[at+m:])) > 0 {
			return nil, parser.NoChildren // text after it: an inline tag
		}
		appendLine(node, text.NewSegment(start, start+at))
		reader.AdvanceToEOL()
		pc.Set(extOpenKey, "")
		return node, parser.NoChildren
	}
	if !closes(reader, name) {
		return nil, parser.NoChildren
	}
	if len(bytes.TrimSpace(rest)) > 0 {
		appendLine(node, text.NewSegment(start, seg.Stop))
	}
	pc.Set(extOpenKey, name)
	reader.AdvanceToEOL()
	return node, parser.NoChildren
}

// closes reports whether a closing tag of name follows in the rest of
// the document, so that an unclosed tag is left as written rather than
// taking the page with it.
func closes(reader text.Reader, name string) bool {
	_, seg := reader.Position()
	rest := reader.Source()[seg.Start:]
	at, _ := extClose(rest, name)
	return at >= 0
}

func appendLine(node ast.Node, seg text.Segment) {
	if b, ok := node.(*ast.HTMLBlock); ok && seg.Stop > seg.Start {
		b.Lines().Append(seg)
	}
}

func (kramdownExt) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	name, _ := pc.Get(extOpenKey).(string)
	if name == "" {
		return parser.Close // a tag of one line, read whole by Open
	}
	line, seg := reader.PeekLine()
	if at, m := extClose(line, name); at >= 0 {
		appendLine(node, text.NewSegment(seg.Start, seg.Start+at))
		// What follows the closing tag on its line is the page's text
		// again, read as the blocks that open there.
		if len(bytes.TrimSpace(line[at+m:])) > 0 {
			reader.Advance(at + m)
		} else {
			reader.AdvanceToEOL()
		}
		return parser.Close
	}
	appendLine(node, seg)
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

func (kramdownExt) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	pc.Set(extOpenKey, nil)
}

func (kramdownExt) CanInterruptParagraph() bool { return true }
func (kramdownExt) CanAcceptIndentedLine() bool { return false }

// kramdownExtInline reads an extension within a line.
type kramdownExtInline struct{}

func (kramdownExtInline) Trigger() []byte { return []byte{'{'} }

func (kramdownExtInline) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	name, n, self, ok := extTag(line)
	if !ok {
		return nil
	}
	if self {
		block.Advance(n)
		return ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start))
	}
	at, m := extClose(line[n:], name)
	if at < 0 {
		return nil
	}
	block.Advance(n + at + m)
	if name == "comment" {
		return ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start))
	}
	raw := ast.NewRawHTML()
	raw.Segments.Append(text.NewSegment(seg.Start+n, seg.Start+n+at))
	return raw
}

// droppedRenderer writes nothing for a dropped extension.
type droppedRenderer struct{}

// RegisterFuncs implements renderer.NodeRendererFuncRegisterer.
func (droppedRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindDropped, func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkSkipChildren, nil
	})
}
