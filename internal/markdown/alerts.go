package markdown

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// GitHub's alerts and Obsidian's callouts are quotes whose first line
// names a kind of note in brackets:
//
//	> [!WARNING]
//	> Mind the gap.
//
//	> [!tip] Try it tonight
//	> Set the measure first.
//
// Such a quote is an admonition, the box a fenced div of the kind makes
// (fenced.go), under the title written after the brackets, else the
// kind's name. Obsidian's folding mark (+ or -) after the brackets is
// read and dropped: the note is shown open.

// alertLine matches the first line of an alert: the kind in brackets,
// an optional folding mark, an optional title.
var alertLine = regexp.MustCompile(`^\[!([A-Za-z][A-Za-z-]*)\]([+-]?)(?:[ \t]+(.*?))?[ \t]*$`)

// alertKinds maps the kinds GitHub and Obsidian name to the admonitions
// lectern styles; a kind not here is a note under its own name.
var alertKinds = map[string]string{
	"note": "note", "tip": "tip", "hint": "tip", "important": "important", "info": "info",
	"warning": "warning", "attention": "warning", "caution": "caution",
	"danger": "danger", "error": "danger", "failure": "danger", "fail": "danger", "missing": "danger", "bug": "danger",
	"success": "success", "check": "success", "done": "success",
	"question": "info", "help": "info", "faq": "info", "todo": "info",
}

// alertTransformer turns alert quotes into admonitions.
type alertTransformer struct{}

// Transform implements parser.ASTTransformer.
func (alertTransformer) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("[!")) {
		return // most pages hold no alert: no walk of their tree
	}
	var quotes []*ast.Blockquote
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if q, ok := n.(*ast.Blockquote); ok && entering {
			quotes = append(quotes, q)
		}
		return ast.WalkContinue, nil
	})
	for _, q := range quotes {
		alert(q, src)
	}
}

// alert replaces quote q with an admonition when its first line names a
// kind of note.
func alert(q *ast.Blockquote, src []byte) {
	para, ok := q.FirstChild().(*ast.Paragraph)
	if !ok {
		return
	}
	// The first line's inline nodes, up to its line break.
	var line []ast.Node
	var b []byte
	for c := para.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			return // a link or emphasis in the first line: not an alert
		}
		line = append(line, c)
		b = append(b, t.Segment.Value(src)...)
		if t.SoftLineBreak() || t.HardLineBreak() {
			break
		}
	}
	m := alertLine.FindSubmatch(b)
	if m == nil {
		return
	}
	kind := strings.ToLower(string(m[1]))
	class, known := alertKinds[kind]
	if !known {
		class = "note"
	}
	title := strings.TrimSpace(string(m[3]))
	if title == "" {
		if name, ok := admonitions[kind]; ok {
			title = name
		} else {
			title = strings.ToUpper(kind[:1]) + strings.ReplaceAll(kind[1:], "-", " ")
		}
	}
	d := &div{classes: []string{"admonition", "admonition-" + class}, title: title}
	for _, n := range line {
		para.RemoveChild(para, n)
	}
	if para.ChildCount() == 0 {
		q.RemoveChild(q, para)
	}
	for c := q.FirstChild(); c != nil; {
		next := c.NextSibling()
		d.AppendChild(d, c)
		c = next
	}
	q.Parent().ReplaceChild(q.Parent(), q, d)
}
