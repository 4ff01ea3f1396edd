package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// A line "<!--more-->" in a body marks where its teaser ends: Hugo takes
// what is above it as the page's summary, and Jekyll, Eleventy and
// Hexo sites set their excerpt separator to it ("<!-- more -->" in
// Hexo's spelling, "<!-- excerpt -->" in Eleventy's guides,
// "<!-- truncate -->" in Docusaurus). The description lists and feeds
// show is then that teaser rather than the first paragraph.

// isMoreMarker reports whether n is an HTML block holding only the
// comment "more", "excerpt" or "truncate", in any case and spacing.
func isMoreMarker(n *ast.HTMLBlock, src []byte) bool {
	var b []byte
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b = append(b, seg.Value(src)...)
	}
	if n.HasClosure() {
		b = append(b, n.ClosureLine.Value(src)...)
	}
	c, ok := bytes.CutPrefix(bytes.TrimSpace(b), []byte("<!--"))
	if !ok {
		return false
	}
	c, ok = bytes.CutSuffix(c, []byte("-->"))
	if !ok {
		return false
	}
	c = bytes.TrimSpace(c)
	return bytes.EqualFold(c, []byte("more")) || bytes.EqualFold(c, []byte("excerpt")) || bytes.EqualFold(c, []byte("truncate"))
}

// teaser returns the plain text of the top-level blocks before marker,
// each paragraph and heading once, code left out, white space collapsed
// and cut as an excerpt; "" when nothing but code stands above it.
func teaser(marker ast.Node, src []byte) string {
	var buf []byte
	for c := marker.Parent().FirstChild(); c != nil && c != marker; c = c.NextSibling() {
		_ = ast.Walk(c, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n.(type) {
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				if entering {
					buf = append(appendPlain(buf, n, src), ' ')
				}
				return ast.WalkSkipChildren, nil
			case *ast.FencedCodeBlock, *ast.CodeBlock:
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	if s := collapse(buf); s != "" {
		return excerpt(s)
	}
	return ""
}
