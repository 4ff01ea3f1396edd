package markdown

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// nodeRenderer overrides goldmark's rendering of the nodes whose HTML
// lectern shapes itself: raw HTML (by policy), headings (anchor link) and
// tables (scroll wrapper), task boxes (an accessible name). It holds no state, so one value serves every
// goroutine.
type nodeRenderer struct {
	// rawHTML writes raw HTML as written; false drops it without a trace.
	rawHTML bool
}

// RegisterFuncs implements renderer.NodeRenderer.
func (nr nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, nr.htmlBlock)
	reg.Register(ast.KindRawHTML, nr.rawInline)
	reg.Register(ast.KindHeading, renderHeading)
	reg.Register(east.KindTable, renderTable)
	reg.Register(east.KindTaskCheckBox, renderTaskCheckBox)
}

// renderTaskCheckBox writes the box of a task list item ("- [x] Done")
// as a disabled checkbox with an accessible name, which goldmark's lacks:
// a form control without one is read as an unnamed checkbox.
func renderTaskCheckBox(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	if node.(*east.TaskCheckBox).IsChecked {
		_, _ = w.WriteString(`<input checked="" disabled="" type="checkbox" aria-label="Done"> `)
	} else {
		_, _ = w.WriteString(`<input disabled="" type="checkbox" aria-label="Not done"> `)
	}
	return ast.WalkContinue, nil
}

func (nr nodeRenderer) htmlBlock(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !nr.rawHTML {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*ast.HTMLBlock)
	if entering {
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			html.DefaultWriter.SecureWrite(w, seg.Value(src))
		}
	} else if n.HasClosure() {
		html.DefaultWriter.SecureWrite(w, n.ClosureLine.Value(src))
	}
	return ast.WalkContinue, nil
}

func (nr nodeRenderer) rawInline(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering || !nr.rawHTML {
		return ast.WalkSkipChildren, nil
	}
	segs := node.(*ast.RawHTML).Segments
	for i := range segs.Len() {
		seg := segs.At(i)
		html.DefaultWriter.SecureWrite(w, seg.Value(src))
	}
	return ast.WalkSkipChildren, nil
}

// renderHeading writes a heading with, when it has an id, an anchor link
// after its text. The link's visible text is "#"; its accessible name says
// which section it links to, so a list of links read aloud makes sense.
func renderHeading(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	level := "0123456"[n.Level]
	if entering {
		_, _ = w.WriteString("<h")
		_ = w.WriteByte(level)
		if n.Attributes() != nil {
			html.RenderAttributes(w, n, html.HeadingAttributeFilter)
		}
		_ = w.WriteByte('>')
		return ast.WalkContinue, nil
	}
	if id, ok := n.AttributeString("id"); ok {
		if id, ok := id.([]byte); ok {
			_, _ = w.WriteString(` <a class="anchor" href="#`)
			_, _ = w.Write(util.EscapeHTML(id))
			_, _ = w.WriteString(`" aria-label="Link to section: `)
			_, _ = w.Write(util.EscapeHTML([]byte(collapse(appendPlain(nil, n, src)))))
			_, _ = w.WriteString(`">#</a>`)
		}
	}
	_, _ = w.WriteString("</h")
	_ = w.WriteByte(level)
	_, _ = w.WriteString(">\n")
	return ast.WalkContinue, nil
}

// renderTable wraps tables in a div that a theme can let scroll sideways,
// so that wide tables do not widen the whole page on phones.
func renderTable(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<div class=\"table-wrap\">\n<table")
		if n.Attributes() != nil {
			html.RenderAttributes(w, n, html.GlobalAttributeFilter)
		}
		_, _ = w.WriteString(">\n")
	} else {
		_, _ = w.WriteString("</table>\n</div>\n")
	}
	return ast.WalkContinue, nil
}
