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
	skip := 0
	if n, ok := node.(*ast.FencedCodeBlock); ok {
		if isRawFence(n, src) {
			writeRawFence(w, src, n, cr.rawHTML)
			return ast.WalkContinue, nil
		}
		lang = n.Language(src)
		if cell, ok := cellLanguage(n, src); ok {
			// An executable cell of Quarto or R Markdown: its code,
			// shown unless its options say not to; lectern does not
			// run it.
			lang = cell
			var echo bool
			skip, echo = cellOptions(n, src)
			if !echo {
				return ast.WalkContinue, nil
			}
		}
	}
	if lang == nil {
		lang = classLanguage(node)
	}
	n := node
	if lang != nil && cr.highlight {
		if lexer := lexerRegistry().Get(string(lang)); lexer != nil {
			var code strings.Builder
			lines := n.Lines()
			for i := skip; i < lines.Len(); i++ {
				seg := lines.At(i)
				code.Write(seg.Value(src))
			}
			if it, err := chroma.Coalesce(lexer).Tokenise(nil, code.String()); err == nil {
				return ast.WalkContinue, codeFormatter.Format(w, codeStyle, it)
			}
		}
	}
	writePlainCode(w, src, n, lang, skip)
	return ast.WalkContinue, nil
}

// writePlainCode writes n without highlighting, its language, if any, as
// a class.
func writePlainCode(w util.BufWriter, src []byte, n ast.Node, lang []byte, skip int) {
	w.WriteString("<pre><code")
	if lang != nil {
		w.WriteString(` class="language-`)
		html.DefaultWriter.Write(w, lang)
		w.WriteByte('"')
	}
	w.WriteByte('>')
	lines := n.Lines()
	for i := skip; i < lines.Len(); i++ {
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

// cellLanguage reads the info string of an executable cell of Quarto or
// R Markdown, "{python}" or "{r, echo=FALSE}": its language, lower case.
func cellLanguage(n *ast.FencedCodeBlock, src []byte) ([]byte, bool) {
	if n.Info == nil {
		return nil, false
	}
	seg := n.Info.Segment
	info := bytes.TrimSpace(seg.Value(src))
	if len(info) < 3 || info[0] != '{' || info[len(info)-1] != '}' || info[1] == '=' || info[1] == '.' {
		// {=html} is a raw block, {.python} Pandoc's class.
		return nil, false
	}
	inner := bytes.TrimSpace(info[1 : len(info)-1])
	end := bytes.IndexAny(inner, " ,")
	if end < 0 {
		end = len(inner)
	}
	lang := bytes.ToLower(inner[:end])
	if codeLang(string(lang)) == "" {
		return nil, false
	}
	return lang, true
}

// cellOptions reads the options of an executable cell: the "#| key:
// value" lines that open it (Quarto's), which are not code, and whether
// its code is shown: not when "#| echo: false", or R Markdown's
// "echo=FALSE" in the info string, says so.
func cellOptions(n *ast.FencedCodeBlock, src []byte) (skip int, echo bool) {
	echo = true
	seg := n.Info.Segment
	info := bytes.ToLower(seg.Value(src))
	if bytes.Contains(bytes.ReplaceAll(info, []byte(" "), nil), []byte("echo=false")) {
		echo = false
	}
	lines := n.Lines()
	for ; skip < lines.Len(); skip++ {
		line := lines.At(skip)
		l := bytes.TrimSpace(line.Value(src))
		opt, ok := bytes.CutPrefix(l, []byte("#|"))
		if !ok {
			opt, ok = bytes.CutPrefix(l, []byte("//|"))
		}
		if !ok {
			break
		}
		k, v, _ := bytes.Cut(opt, []byte(":"))
		if string(bytes.TrimSpace(k)) == "echo" && string(bytes.TrimSpace(v)) == "false" {
			echo = false
		}
	}
	return skip, echo
}
