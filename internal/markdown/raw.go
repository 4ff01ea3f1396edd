package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// rawInfo is the info string of a fenced block whose lines are raw HTML
// rather than code, as in Pandoc's raw attribute:
//
//	~~~{=html}
//	<table>…</table>
//	~~~
//
// The content stage writes it for Franklin's "~~~ … ~~~" blocks; authors
// may write it too. Unlike an HTML block, such a block may hold blank
// lines and indented lines without turning them into paragraphs and code.
var rawInfo = []byte("{=html}")

// isRawFence reports whether n is a raw HTML block (see rawInfo).
func isRawFence(n *ast.FencedCodeBlock, src []byte) bool {
	return n.Info != nil && bytes.Equal(bytes.TrimSpace(n.Info.Segment.Value(src)), rawInfo)
}

// writeRawFence writes the lines of a raw HTML block as written when the
// policy keeps raw HTML (the sanitizer, if any, then cleans the page as it
// does every raw HTML), and nothing when it omits it.
func writeRawFence(w util.BufWriter, src []byte, n *ast.FencedCodeBlock, keep bool) {
	if !keep {
		return
	}
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		html.DefaultWriter.SecureWrite(w, seg.Value(src))
	}
}
