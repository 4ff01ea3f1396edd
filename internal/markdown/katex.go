package markdown

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
)

// katex resolves the katex shortcode, which Hugo themes write in two
// ways. Blowfish and Congo have a page write {{< katex >}} once, with
// no closing tag, only to load KaTeX there: it stands for nothing, and
// is dropped (its line too when it has one of its own), as lectern's
// pages typeset math anyway. The Book theme's {{< katex >}} … {{<
// /katex >}} wraps TeX: it becomes the math it holds, in the delimiters
// the math parser reads, so it is typeset like $…$: inline math in a
// sentence, display math with display=true, and a display block when
// both tags stand on lines of their own, as a formula set apart is.
func (e *expander) katex(off, n int, t tag) int {
	end := -1
	if !slices.Contains(t.args, "/") {
		end = shortcodeCloser(e.src, off+n, "katex")
	}
	if end < 0 {
		start, stop := off, off+n
		if ls, le, ok := isBlockTag(e.src, off, n); ok {
			start, stop = ls, le
		}
		e.replace(start, stop, "")
		return stop
	}
	m := tagLen(e.src[end:])
	_, _, ownLine := isBlockTag(e.src, off, n)
	_, _, closeLine := isBlockTag(e.src, end, m)
	if ownLine && closeLine {
		e.replace(off, off+n, `\[`)
		e.literal(off+n, end)
		e.replace(end, end+m, `\]`)
		return end + m
	}
	inner := e.src[off+n : end]
	tex := bytes.TrimSpace(inner)
	if len(tex) == 0 || bytes.Contains(tex, []byte("\n\n")) {
		// Math across paragraphs is no math; left as written.
		return off + n
	}
	open, close := `\(`, `\)`
	if d, _ := strconv.ParseBool(strings.TrimSpace(t.named["display"])); d {
		open, close = `\[`, `\]`
	}
	// The blanks inside the tags go, as "\( V \)" would read oddly.
	from := off + n + len(inner) - len(bytes.TrimLeft(inner, " \t\r\n"))
	to := from + len(tex)
	e.replace(off, from, open)
	e.literal(from, to)
	e.replace(to, end+m, close)
	return end + m
}
