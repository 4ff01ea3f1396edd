package markdown

import (
	"bytes"
	"regexp"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Obsidian, and Quartz after it, size a picture by a number after a bar
// in its text: ![cover|150](x.png) is 150 pixels wide, ![cover|150x200]
// 150 by 200, and the text is what comes before the bar. Without this
// the bar and number would be the picture's alternative text.

// imageSize matches the size at the end of a picture's text.
var imageSize = regexp.MustCompile(`\|[ \t]*([0-9]{1,5})(?:[ \t]*x[ \t]*([0-9]{1,5}))?[ \t]*$`)

// imageSizeTransformer sets the width and height of pictures sized so.
type imageSizeTransformer struct{}

// Transform implements parser.ASTTransformer.
func (imageSizeTransformer) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("|")) {
		return // most pages size no picture: no walk of their tree
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			sizeImage(img, src)
		}
		return ast.WalkContinue, nil
	})
}

// sizeImage reads the size at the end of img's text, when its text ends
// in a plain text node holding it, and takes it off the text.
func sizeImage(img *ast.Image, src []byte) {
	t, ok := img.LastChild().(*ast.Text)
	if !ok {
		return
	}
	v := t.Segment.Value(src)
	m := imageSize.FindSubmatchIndex(v)
	if m == nil {
		return
	}
	setSize(img, string(v[m[2]:m[3]]), "")
	if m[4] >= 0 {
		setSize(img, "", string(v[m[4]:m[5]]))
	}
	end := len(bytes.TrimRight(v[:m[0]], " \t"))
	t.Segment = t.Segment.WithStop(t.Segment.Start + end)
	if t.Segment.Len() == 0 && img.ChildCount() > 1 {
		img.RemoveChild(img, t)
	}
}

// setSize sets a picture's width and height, each when given.
func setSize(img *ast.Image, width, height string) {
	if width != "" {
		img.SetAttributeString("width", []byte(width))
	}
	if height != "" {
		img.SetAttributeString("height", []byte(height))
	}
}

// wikiSize is the size a wiki link's label gives a picture
// (![[a.png|300]], ![[a.png|300x200]]).
var wikiSize = regexp.MustCompile(`^\s*([0-9]{1,5})(?:\s*x\s*([0-9]{1,5}))?\s*$`)
