package markdown

import (
	"bytes"
	"regexp"
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

// tokenRule finds the token classes a chroma stylesheet styles.
var tokenRule = regexp.MustCompile(`(?m)\.chroma \.([a-zA-Z0-9_-]+) \{`)

var highlightCSS = sync.OnceValue(func() []byte {
	f := chromahtml.New(chromaOptions...)
	var light, dark bytes.Buffer
	_ = f.WriteCSS(&light, styles.Get(lightStyle))
	_ = f.WriteCSS(&dark, styles.Get(darkStyle))

	var b bytes.Buffer
	b.WriteString("/* Code highlighting: chroma style " + lightStyle + ", and " + darkStyle + " in dark mode. */\n")
	b.Write(light.Bytes())
	b.WriteString("@media (prefers-color-scheme: dark) {\n")
	// A style writes rules only for the tokens it colours differently from
	// plain text, so the light style's rules for tokens the dark style
	// leaves plain would still apply: dark punctuation on a dark
	// background. Reset them first; the dark rules that follow, equally
	// specific, win over the reset.
	b.WriteString(".chroma :is(")
	for i, m := range tokenRule.FindAllSubmatch(light.Bytes(), -1) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('.')
		b.Write(m[1])
	}
	b.WriteString(") { color: inherit; background-color: transparent; font-weight: inherit; font-style: inherit; text-decoration: inherit }\n")
	b.Write(dark.Bytes())
	b.WriteString("}\n")
	return b.Bytes()
})

// HighlightCSS returns the stylesheet for the CSS classes of highlighted
// code: chroma's "github" style, and "github-dark" inside
// @media (prefers-color-scheme: dark), where every token the light style
// colours is reset before the dark rules apply. A theme includes it once.
// Each call returns a new copy the caller may keep or change.
func HighlightCSS() []byte {
	return bytes.Clone(highlightCSS())
}
