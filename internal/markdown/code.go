package markdown

import (
	"bytes"
	"strings"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// codeRenderer writes fenced code blocks, highlighted by chroma with CSS
// classes when the info string names a language chroma knows, and as
// plain <pre><code class="language-…"> otherwise, as goldmark would.
//
// One chroma formatter serves every block and goroutine: a formatter
// works out its style's class table on first use and keeps it, so a
// formatter per block (as goldmark-highlighting makes) pays for that
// table, a quarter of the highlighting, on every block.
type codeRenderer struct {
	// highlight turns chroma on; rawHTML writes raw HTML blocks (see
	// rawInfo), which are fenced but are no code.
	highlight, rawHTML bool
}

// codeFormatter and codeStyle are shared by all blocks. The style only
// decides which tokens get a class; the colours come from HighlightCSS.
var (
	codeFormatter = chromahtml.New(chromaOptions...)
	codeStyle     = styles.Get(lightStyle)
)

// RegisterFuncs implements renderer.NodeRenderer.
func (cr codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, cr.renderCode)
	reg.Register(ast.KindCodeBlock, cr.renderCode)
}

func (cr codeRenderer) renderCode(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	var lang []byte
	if n, ok := node.(*ast.FencedCodeBlock); ok {
		if isRawFence(n, src) {
			writeRawFence(w, src, n, cr.rawHTML)
			return ast.WalkContinue, nil
		}
		lang = n.Language(src)
	}
	if lang == nil {
		lang = classLanguage(node)
	}
	n := node
	if lang != nil && cr.highlight {
		if lexer := lexerRegistry().Get(string(lang)); lexer != nil {
			var code strings.Builder
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				code.Write(seg.Value(src))
			}
			if it, err := chroma.Coalesce(lexer).Tokenise(nil, code.String()); err == nil {
				return ast.WalkContinue, codeFormatter.Format(w, codeStyle, it)
			}
		}
	}
	writePlainCode(w, src, n, lang)
	return ast.WalkContinue, nil
}

// writePlainCode writes n without highlighting, its language, if any, as
// a class.
func writePlainCode(w util.BufWriter, src []byte, n ast.Node, lang []byte) {
	w.WriteString("<pre><code")
	if lang != nil {
		w.WriteString(` class="language-`)
		html.DefaultWriter.Write(w, lang)
		w.WriteByte('"')
	}
	w.WriteByte('>')
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		html.DefaultWriter.RawWrite(w, seg.Value(src))
	}
	w.WriteString("</code></pre>\n")
}

// classLanguage is the language a block's attribute list names with a
// class "language-x", as kramdown writes it after a block with no info
// string ("{: .language-python}"), or nil.
func classLanguage(n ast.Node) []byte {
	v, ok := n.AttributeString("class")
	if !ok {
		return nil
	}
	b, _ := v.([]byte)
	for _, c := range bytes.Fields(b) {
		if lang, ok := bytes.CutPrefix(c, []byte("language-")); ok && len(lang) > 0 {
			return lang
		}
	}
	return nil
}
