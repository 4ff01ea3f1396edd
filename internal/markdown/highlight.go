package markdown

import (
	"bytes"
	"sync"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"
)

// chromaOptions make chroma write CSS classes, not inline styles, so that
// one stylesheet (HighlightCSS) themes every page, light and dark.
var chromaOptions = []chromahtml.Option{chromahtml.WithClasses(true)}

// The two chroma styles of HighlightCSS.
const (
	lightStyle = "github"
	darkStyle  = "github-dark"
)

var highlightCSS = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	f := chromahtml.New(chromaOptions...)
	b.WriteString("/* Code highlighting: chroma style " + lightStyle + ", and " + darkStyle + " in dark mode. */\n")
	_ = f.WriteCSS(&b, styles.Get(lightStyle))
	b.WriteString("@media (prefers-color-scheme: dark) {\n")
	_ = f.WriteCSS(&b, styles.Get(darkStyle))
	b.WriteString("}\n")
	return b.Bytes()
})

// HighlightCSS returns the stylesheet for the CSS classes of highlighted
// code: chroma's "github" style, and "github-dark" inside
// @media (prefers-color-scheme: dark). A theme includes it once. Each call
// returns a new copy the caller may keep or change.
func HighlightCSS() []byte {
	return bytes.Clone(highlightCSS())
}
