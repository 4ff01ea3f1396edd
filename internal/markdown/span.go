package markdown

import (
	"html"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Pandoc's bracketed spans, which Quarto and R Markdown pages use for
// colour, icons and asides:
//
//	# [TALKS]{.third-color}      [Read more]{#more .aside lang=fr}      []{.fa .fa-twitter}
//
// are a <span> with the attributes in braces around the text in
// brackets, whose markdown is read as any other. They are read where the
// markdown is Pandoc's (Options.Pandoc, and .qmd, .Rmd, .Rmarkdown,
// .pandoc and .pdc files); elsewhere the text stays as written, as
// CommonMark shows it. The brackets and the braces must be on one line.
// "[text](url)", "[text][ref]" and "[text]" are links as before: only a
// "]" directly followed by a valid attribute list closes a span.

// KindSpan is the kind of bracketed span nodes.
var KindSpan = ast.NewNodeKind("PandocSpan")

// bracketSpan is a bracketed span; its children are the text in brackets.
type bracketSpan struct {
	ast.BaseInline
	attrs []attr
}

func (n *bracketSpan) Kind() ast.NodeKind         { return KindSpan }
func (n *bracketSpan) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// spanOpen stands for a "[" that opens a span until its "]" is read; its
// Segment is the "[", made text should the "]" never come.
type spanOpen struct {
	ast.BaseInline
	Segment text.Segment
	// close is the source offset of the "]" that ends the span.
	close int
	attrs []attr
	// width is the length of "]{…}".
	width int
}

var kindSpanOpen = ast.NewNodeKind("PandocSpanOpen")

func (n *spanOpen) Kind() ast.NodeKind         { return kindSpanOpen }
func (n *spanOpen) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// spansOpen holds, in the parser context, the spans opened and not yet
// closed in the block being read.
var spansOpen = parser.NewContextKey()

// spanParser reads bracketed spans. keep is set when raw HTML is kept:
// only then may a span carry a style, as for attribute lists (attrs.go).
type spanParser struct{ keep bool }

// Trigger implements parser.InlineParser.
func (spanParser) Trigger() []byte { return []byte{'[', ']'} }

// Parse implements parser.InlineParser.
func (p spanParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	open, _ := pc.Get(spansOpen).([]*spanOpen)
	if line[0] == ']' {
		for i := len(open) - 1; i >= 0; i-- {
			o := open[i]
			if o.close != seg.Start || o.Parent() != parent {
				continue
			}
			pc.Set(spansOpen, append(open[:i:i], open[i+1:]...))
			// Emphasis inside the brackets is resolved inside, as in a
			// link's text. An emphasis opened before the "[" and closed
			// inside takes the "[" in: it is text then.
			parser.ProcessDelimiters(o, pc)
			if o.Parent() != parent {
				ast.MergeOrReplaceTextSegment(o.Parent(), o, o.Segment)
				return nil
			}
			s := &bracketSpan{attrs: o.attrs}
			for c := o.NextSibling(); c != nil; {
				next := c.NextSibling()
				parent.RemoveChild(parent, c)
				s.AppendChild(s, c)
				c = next
			}
			parent.RemoveChild(parent, o)
			block.Advance(o.width)
			return s
		}
		return nil
	}
	end, attrs, width := spanEnd(line, p.keep)
	if end < 0 {
		return nil
	}
	block.Advance(1)
	o := &spanOpen{close: seg.Start + end, attrs: attrs, width: width}
	o.Segment = seg.WithStop(seg.Start + 1)
	pc.Set(spansOpen, append(open, o))
	return o
}

// CloseBlock implements parser.CloseBlocker: a "[" whose "]" was not
// reached where it was looked for (raw HTML or a link took it) is text.
func (spanParser) CloseBlock(_ ast.Node, _ text.Reader, pc parser.Context) {
	open, _ := pc.Get(spansOpen).([]*spanOpen)
	for _, o := range open {
		if p := o.Parent(); p != nil {
			ast.MergeOrReplaceTextSegment(p, o, o.Segment)
		}
	}
	pc.Set(spansOpen, nil)
}

// spanEnd finds the "]" matching the "[" that starts line and the
// attribute list right after it. It returns the "]"'s index, the span's
// attributes and the length of "]{…}", or -1 when line starts no span.
// Code spans and backslash escapes are skipped, brackets nest.
func spanEnd(line []byte, keep bool) (int, []attr, int) {
	if len(line) > 1 && line[1] == '^' {
		return -1, nil, 0 // a footnote reference
	}
	depth := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '`':
			n := 1
			for i+n < len(line) && line[i+n] == '`' {
				n++
			}
			ticks := strings.Repeat("`", n)
			if j := strings.Index(string(line[i+n:]), ticks); j >= 0 {
				i += n + j + n - 1
			} else {
				i += n - 1
			}
		case '[':
			depth++
		case ']':
			depth--
			if depth > 0 {
				continue
			}
			rest := line[i+1:]
			if len(rest) < 3 || rest[0] != '{' || rest[1] == ':' {
				return -1, nil, 0
			}
			b := closingBrace(rest)
			if b < 0 {
				return -1, nil, 0
			}
			l, ok := parseAttrList(rest[1:b])
			if !ok || l.def != "" {
				return -1, nil, 0
			}
			return i, spanAttrs(l, keep), b + 2
		case '\n':
			return -1, nil, 0
		}
	}
	return -1, nil, 0
}

// spanAttrs are the attributes a span is written with, as Pandoc writes
// them in HTML: classes (a bare word is one too) joined, a key that is
// no attribute of a span made data-key. Nothing that runs or loads
// anything passes: no event handler, no javascript:, vbscript: or data:
// value, and a style only where raw HTML is kept.
func spanAttrs(l *attrList, keep bool) []attr {
	var out []attr
	var classes []string
	for _, a := range l.attrs {
		name, v := a.name, a.value
		switch {
		case name == "class":
			classes = append(classes, v)
			continue
		case name == "id", name == "title", name == "lang", name == "dir", name == "role",
			strings.HasPrefix(name, "aria-"), strings.HasPrefix(name, "data-"):
		case name == "style":
			if !keep {
				continue
			}
		case strings.HasPrefix(name, "on"), strings.Contains(name, ":"):
			continue
		default:
			name = "data-" + name
		}
		if scriptURL(v) {
			continue
		}
		out = append(out, attr{name, v})
	}
	classes = append(classes, l.refs...)
	if len(classes) > 0 {
		out = append(out, attr{"class", strings.Join(classes, " ")})
	}
	return out
}

// scriptURL reports whether v is a URL of a scheme that runs code or
// holds a document: javascript:, vbscript: or data:.
func scriptURL(v string) bool {
	v = strings.ToLower(strings.Join(strings.Fields(v), ""))
	return strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:")
}

// spanRenderer writes bracketed spans.
type spanRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (spanRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindSpan, renderSpan)
}

func renderSpan(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</span>")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<span")
	for _, a := range node.(*bracketSpan).attrs {
		_, _ = w.WriteString(" " + a.name + `="` + html.EscapeString(a.value) + `"`)
	}
	_, _ = w.WriteString(">")
	return ast.WalkContinue, nil
}

// isPandocFile reports whether file is written in Pandoc's markdown
// whatever the site: Quarto's, R Markdown's or Pandoc's own extensions.
func isPandocFile(file string) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".qmd", ".rmd", ".rmarkdown", ".pandoc", ".pdc":
		return true
	}
	return false
}
