package markdown

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
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

// franklinMessage is the warning about a Franklin function call
// ({{talks highlights}}) shown as written.
const franklinMessage = "template tag %q is shown as written: lectern does not run the site's Julia functions (%s in utils.jl); replace it with markdown or HTML"

// tagWarning is the warning about tag, the first of the file's tags
// shown as written, and more others: one warning per file, which
// counts the rest so the author knows there is more to replace. On a
// Franklin site a {{name args}} tag is a call of hfun_name and is
// named so.
func (r *Renderer) tagWarning(tag []byte, more int) string {
	msg := fmt.Sprintf(tagMessage, quoteTag(tag))
	if fn := franklinCall(tag); r.franklin && fn != "" {
		msg = fmt.Sprintf(franklinMessage, quoteTag(tag), "hfun_"+fn)
	}
	switch {
	case more == 1:
		msg += " (and 1 more tag in this file)"
	case more > 1:
		msg += fmt.Sprintf(" (and %d more tags in this file)", more)
	}
	return msg
}

// franklinCall returns the function name of a Franklin call tag
// ({{person "Ada"}} calls person), or "" for another tag.
func franklinCall(tag []byte) string {
	s, ok := bytes.CutPrefix(tag, []byte("{{"))
	if !ok {
		return ""
	}
	f := strings.Fields(string(bytes.TrimSuffix(s, []byte("}}"))))
	if len(f) == 0 {
		return ""
	}
	for i, c := range f[0] {
		if !(c == '_' || unicode.IsLetter(c) || i > 0 && unicode.IsDigit(c)) {
			return ""
		}
	}
	return f[0]
}

// isTagWarning reports whether msg is the warning about a tag shown as
// written (tagWarning's).
func isTagWarning(msg string) bool {
	return strings.HasPrefix(msg, "template tag ") &&
		(strings.Contains(msg, tagAdvice) || strings.Contains(msg, "lectern does not run the site's Julia functions"))
}

// maxTagQuote bounds how much of a long tag the warning quotes.
const maxTagQuote = 60

// tagLen returns the length of the template tag that s starts with, or 0.
// A tag opens with "{{" or "{%" and closes with "}}" or "%}" on the same
// line; an opener with no closer is ordinary text. A Hugo shortcode may
// span lines (see shortcodeLen).
func tagLen(s []byte) int {
	if n := lineTagLen(s); n > 0 {
		return n
	}
	return shortcodeLen(s)
}

// lineTagLen is tagLen for a tag on one line.
func lineTagLen(s []byte) int {
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

// shortcodeLen returns the length of the Hugo shortcode call that s
// starts with when it spans lines, as Hugo allows ({{< book⏎
// title="x"⏎ >}}), or 0. It closes at the first ">}}" after "{{<" (or
// "%}}" after "{{%"); so that an opener never closed does not swallow
// the page, the call must close before a blank line and before another
// "{{", else the opener is ordinary text.
func shortcodeLen(s []byte) int {
	if len(s) < 6 || s[0] != '{' || s[1] != '{' || s[2] != '<' && s[2] != '%' {
		return 0
	}
	closer := []byte(">}}")
	if s[2] == '%' {
		closer = []byte("%}}")
	}
	end := len(s)
	for start := 0; ; {
		nl := bytes.IndexByte(s[start:], '\n')
		if nl < 0 {
			break
		}
		start += nl + 1
		stop := len(s)
		if j := bytes.IndexByte(s[start:], '\n'); j >= 0 {
			stop = start + j
		}
		if len(bytes.Trim(s[start:stop], " \t\r")) == 0 {
			end = start
			break
		}
		if bytes.Contains(s[start:stop], closer) {
			end = stop
			break
		}
	}
	if i := bytes.Index(s[3:end], []byte("{{")); i >= 0 {
		end = 3 + i
	}
	i := bytes.Index(s[3:end], closer)
	if i < 0 {
		return 0
	}
	return 3 + i + len(closer)
}

// spansLines reports whether the tag src[off:off+n] spans lines.
func spansLines(src []byte, off, n int) bool {
	return bytes.IndexByte(src[off:off+n], '\n') >= 0
}

// joinLines returns tag with its line breaks made spaces, as long as it
// was: the markdown then reads a call that spans lines as the one tag
// it is (a line ">}}" is not a block quote), and every offset stays
// that of the source, so positions are the file's.
func joinLines(tag []byte) []byte {
	out := bytes.Clone(tag)
	for i, c := range out {
		if c == '\n' || c == '\r' {
			out[i] = ' '
		}
	}
	return out
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
		if n := tagLen(src[off:]); n > 0 && !(spansLines(src, off, n) && crosses(code[c:], off+n)) {
			return off, n
		}
		off++
	}
	return -1, 0
}

// countTags returns how many template tags src holds after offset from
// outside every code range.
func countTags(src []byte, code []span, from int) int {
	n := 0
	for from < len(src) {
		off, l := firstTag(src[from:], shifted(code, from))
		if off < 0 {
			break
		}
		n++
		from += off + l
	}
	return n
}

// onlyTags reports whether src holds nothing but white space and
// template tags outside every code range (see firstTag).
func onlyTags(src []byte, code []span) bool {
	for from := 0; ; {
		off, n := firstTag(src[from:], shifted(code, from))
		if off < 0 {
			return len(bytes.TrimSpace(src[from:])) == 0
		}
		if len(bytes.TrimSpace(src[from:from+off])) > 0 {
			return false
		}
		from += off + n
	}
}

// shifted returns the spans of code past offset from, counted from it.
func shifted(code []span, from int) []span {
	var out []span
	for _, c := range code {
		if c.stop > from {
			out = append(out, span{max(c.start-from, 0), c.stop - from})
		}
	}
	return out
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
