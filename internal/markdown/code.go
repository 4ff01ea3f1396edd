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
			// run it. The page's defaults (Execute) were applied by
			// hideCells before rendering.
			lang = cell
			var shown bool
			skip, shown = cellShown(n, src, Execute{})
			if !shown {
				return ast.WalkContinue, nil
			}
		}
	}
	if lang == nil {
		lang = classLanguage(node)
	}
	if n, ok := node.(*ast.CodeBlock); ok && lang == nil {
		if l, ok := languageLine(n, src); ok {
			lang, skip = l, 1
		}
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

// languageLine reads the language that Python-Markdown's CodeHilite
// (Pelican's, MkDocs') takes from an indented code block's first line,
// ":::sql" or "#!python", and leaves out of the code. Only a name
// chroma knows counts: "#!/bin/sh" or ":::" before prose are code.
func languageLine(n *ast.CodeBlock, src []byte) ([]byte, bool) {
	if n.Lines().Len() < 2 {
		return nil, false
	}
	first := n.Lines().At(0)
	line := bytes.TrimSpace(first.Value(src))
	name, ok := bytes.CutPrefix(line, []byte(":::"))
	if !ok {
		name, ok = bytes.CutPrefix(line, []byte("#!"))
	}
	if !ok || len(name) == 0 || bytes.ContainsAny(name, " \t/:") || lexerRegistry().Get(string(name)) == nil {
		return nil, false
	}
	return name, true
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
// value" lines that open it (Quarto's), which are not code, and its
// "echo" and "include", each -1 for false, 1 for true and 0 when the
// cell does not say, from those lines or from R Markdown's info string
// ("{r, echo=FALSE}").
func cellOptions(n *ast.FencedCodeBlock, src []byte) (skip int, echo, include int) {
	seg := n.Info.Segment
	info := bytes.ToLower(bytes.ReplaceAll(seg.Value(src), []byte(" "), nil))
	echo, include = infoOption(info, "echo"), infoOption(info, "include")
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
		switch string(bytes.TrimSpace(k)) {
		case "echo":
			echo = yamlBool(bytes.TrimSpace(v))
		case "include":
			include = yamlBool(bytes.TrimSpace(v))
		}
	}
	return skip, echo, include
}

// infoOption reads knitr's "key=TRUE" or "key=FALSE" from a cell's info
// string, lower case without spaces: -1, 1, or 0 when it is not there.
func infoOption(info []byte, key string) int {
	switch {
	case bytes.Contains(info, []byte(key+"=false")):
		return -1
	case bytes.Contains(info, []byte(key+"=true")):
		return 1
	}
	return 0
}

// yamlBool reads a cell option's value: -1 for false, 1 for true, 0 for
// anything else (echo: fenced), which leaves the default.
func yamlBool(v []byte) int {
	switch string(bytes.ToLower(v)) {
	case "false", "no":
		return -1
	case "true", "yes":
		return 1
	}
	return 0
}

// cellShown returns the lines of option that open an executable cell
// and whether its code is shown: not when its "include" or "echo" is
// false, the cell's own option deciding, else the page's (def).
func cellShown(n *ast.FencedCodeBlock, src []byte, def Execute) (skip int, shown bool) {
	skip, echo, include := cellOptions(n, src)
	if include == 0 && def.NoInclude {
		include = -1
	}
	if echo == 0 && def.NoEcho {
		echo = -1
	}
	return skip, include >= 0 && echo >= 0
}

// hideCells removes from doc the executable cells that def hides and
// their own options do not show: a page whose defaults hide nothing is
// left as it is, and renderCode decides on each cell's own options.
func hideCells(doc ast.Node, src []byte, def Execute) {
	if def == (Execute{}) {
		return
	}
	var hidden []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if c, ok := n.(*ast.FencedCodeBlock); ok {
			if _, ok := cellLanguage(c, src); ok && !isRawFence(c, src) {
				if _, shown := cellShown(c, src, def); !shown {
					hidden = append(hidden, c)
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, n := range hidden {
		n.Parent().RemoveChild(n.Parent(), n)
	}
}
