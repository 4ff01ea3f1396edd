package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// A heading's id and class, and the table of contents of "{:toc}" (see
// attrs.go), are settled by inspect once every heading has its id.

// headingID is the id a heading asked for ("{#id}"), or one made from
// its text, unique within the page.
func headingID(n *ast.Heading, ids idSet, text []byte) string {
	if v, ok := n.AttributeString("id"); ok {
		if id, ok := v.([]byte); ok && len(id) > 0 {
			ids[string(id)] = true
			return string(id)
		}
	}
	return ids.unique(slug(text))
}

func hasClass(n ast.Node, class string) bool {
	v, ok := n.AttributeString("class")
	if !ok {
		return false
	}
	b, _ := v.([]byte)
	for _, c := range strings.Fields(string(b)) {
		if c == class {
			return true
		}
	}
	return false
}

// isTOC reports a list "{:toc}" emptied by attrTransformer.
func isTOC(n *ast.List) bool {
	if n.HasChildren() {
		return false
	}
	v, _ := n.AttributeString("id")
	b, _ := v.([]byte)
	return string(b) == tocID
}

// fillTOC makes l the page's table of contents: a link to every heading
// but those of class "no_toc", nested by level as kramdown nests them.
func fillTOC(l *ast.List, hs []Heading, skip []int) {
	type open struct {
		level int
		item  ast.Node // nil for l itself
	}
	stack := []open{{0, nil}}
	for i, h := range hs {
		if len(skip) > 0 && skip[0] == i {
			skip = skip[1:]
			continue
		}
		for len(stack) > 1 && stack[len(stack)-1].level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		list := l
		if top := stack[len(stack)-1].item; top != nil {
			sub, ok := top.LastChild().(*ast.List)
			if !ok {
				sub = ast.NewList('-')
				sub.IsTight = true
				top.AppendChild(top, sub)
			}
			list = sub
		}
		link := ast.NewLink()
		link.Destination = []byte("#" + h.ID)
		link.AppendChild(link, ast.NewString([]byte(h.Text)))
		tb := ast.NewTextBlock()
		tb.AppendChild(tb, link)
		item := ast.NewListItem(2)
		item.AppendChild(item, tb)
		list.AppendChild(list, item)
		stack = append(stack, open{h.Level, item})
	}
}

// tocMarkers are the lines other tools replace with the page's table of
// contents, compared without case: Python-Markdown's and Typora's [TOC],
// GitLab's [[_TOC_]], markdown-it's [[toc]], Franklin's \toc and LaTeX's
// \tableofcontents. Hugo's {{< toc >}} and jekyll-toc's {% toc %}
// become [TOC] when tags are expanded (expand.go).
var tocMarkers = []string{"[toc]", "[[toc]]", "[[_toc_]]", `\toc`, `\tableofcontents`}

// mayHoldTOC reports what may be a marker of tocMarkers, "[toc", "[[_toc",
// "\\toc" in any case, so that a page holding none ("protocol",
// "stock") is not walked. A scan for two bytes: a regular expression
// cost a tenth of converting a page.
func mayHoldTOC(src []byte) bool {
	for i := 0; i < len(src); i++ {
		j := bytes.IndexAny(src[i:], `[\`)
		if j < 0 {
			return false
		}
		i += j
		c := src[i]
		rest := src[i+1:]
		if c == '[' {
			rest = bytes.TrimLeft(rest, "[_")
		}
		if len(rest) >= 3 && bytes.EqualFold(rest[:3], []byte("toc")) {
			return true
		}
		if c == '\\' && len(rest) >= 15 && bytes.EqualFold(rest[:15], []byte("tableofcontents")) {
			return true
		}
	}
	return false
}

// tocTransformer turns a paragraph that is only a marker of tocMarkers
// into a table of contents, as "{:toc}" makes one (inspect fills it).
type tocTransformer struct{}

// Transform implements parser.ASTTransformer.
func (tocTransformer) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	if !mayHoldTOC(src) {
		return // most pages hold no marker: no walk of their tree
	}
	var marks []*ast.Paragraph
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		p, ok := n.(*ast.Paragraph)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		if ls := p.Lines(); ls.Len() == 1 && isTOCMarker(src[ls.At(0).Start:ls.At(0).Stop]) {
			marks = append(marks, p)
		}
		return ast.WalkSkipChildren, nil
	})
	for _, p := range marks {
		l := ast.NewList('-')
		l.IsTight = true
		l.SetAttributeString("id", []byte(tocID))
		p.Parent().ReplaceChild(p.Parent(), p, l)
	}
}

func isTOCMarker(line []byte) bool {
	line = bytes.TrimSpace(line)
	for _, m := range tocMarkers {
		if bytes.EqualFold(line, []byte(m)) {
			return true
		}
	}
	return false
}

// toc turns Hugo's {{< toc >}} and jekyll-toc's {% toc %}, alone on
// their line, into the marker tocTransformer makes a table of contents
// of.
func (e *expander) toc(off, n int) int {
	if _, _, ok := isBlockTag(e.src, off, n); ok && !inSpans(e.rawHTML, off) {
		e.replace(off, off+n, "[TOC]")
	}
	return off + n
}
