package markdown

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Files written for Jekyll or Hugo carry template tags in their bodies:
// {% include x.html %}, {{ site.title }}, {{< youtube id >}}. Those with
// one meaning are resolved first (expand.go); lectern does not run the
// rest: it shows them exactly as written and warns once per file.

const tagMessage = "template tag %q " + tagAdvice

// tagAdvice ends the warning about a tag shown as written.
const tagAdvice = "is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML"

// maxTagQuote bounds how much of a long tag the warning quotes.
const maxTagQuote = 60

// tagLen returns the length of the template tag that s starts with, or 0.
// A tag opens with "{{" or "{%" and closes with "}}" or "%}" on the same
// line; an opener with no closer is ordinary text.
func tagLen(s []byte) int {
	if len(s) < 4 || s[0] != '{' {
		return 0
	}
	var closer []byte
	switch s[1] {
	case '{':
		closer = []byte("}}")
	case '%':
		closer = []byte("%}")
	default:
		return 0
	}
	rest := s[2:]
	if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	i := bytes.Index(rest, closer)
	if i < 0 {
		return 0
	}
	return 2 + i + len(closer)
}

// templateTagParser turns a template tag into one raw text node, so that
// emphasis, typographic quotes and raw HTML parsing never touch its
// inside: {{<youtube x>}} must not become an HTML element, nor
// {% include "a.html" %} gain curly quotes.
type templateTagParser struct{}

// Trigger implements parser.InlineParser.
func (templateTagParser) Trigger() []byte { return []byte{'{'} }

// Parse implements parser.InlineParser.
func (templateTagParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	n := tagLen(line)
	if n == 0 {
		return nil
	}
	block.Advance(n)
	return ast.NewRawTextSegment(text.NewSegment(seg.Start, seg.Start+n))
}

// span is a byte range [start, stop) of the source.
type span struct{ start, stop int }

// firstTag returns the offset and length of the first template tag in src
// that lies outside every code range, or -1. It scans the source rather
// than the tree because tags also hide in link destinations and raw HTML.
func firstTag(src []byte, code []span) (int, int) {
	slices.SortFunc(code, func(a, b span) int { return a.start - b.start })
	c := 0
	for off := 0; off < len(src); {
		i := bytes.IndexByte(src[off:], '{')
		if i < 0 {
			return -1, 0
		}
		off += i
		for c < len(code) && code[c].stop <= off {
			c++
		}
		if c < len(code) && code[c].start <= off {
			off = code[c].stop
			continue
		}
		if n := tagLen(src[off:]); n > 0 {
			return off, n
		}
		off++
	}
	return -1, 0
}

// quoteTag shortens a long tag at a rune boundary.
func quoteTag(tag []byte) string {
	if len(tag) <= maxTagQuote {
		return string(tag)
	}
	cut := maxTagQuote
	for cut > 0 && !utf8.RuneStart(tag[cut]) {
		cut--
	}
	return string(tag[:cut]) + "…"
}
