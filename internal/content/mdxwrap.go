package content

import (
	"bytes"
	"regexp"
	"strings"
)

// MDX pages wrap prose in components that only frame it: a presenter's
// bio in <Presenter name="…">, a note in Starlight's <Aside>, a card's
// text in <Card title="…">, a tab's in <TabItem label="…">. The frame
// needs JavaScript, the prose does not, so such an element's children
// are kept as markdown and the element's heading attribute, if any, is
// shown above them as a minor heading (a level-4 one: it needs no blank
// line after it, which the element's one line has no room for, and it
// stays below the sections the page's own text makes). Leaving the element out, as other
// components are, would drop the prose the author wrote.

// jsxHeading is the attribute a wrapper shows as its heading, with a
// literal value: name="Ada", title='Venue', label={"npm"}.
var jsxHeading = regexp.MustCompile(`\b(?:title|name|label|heading)=(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\})`)

// jsxWrapper reports whether the element that lines[i] opens at column
// at and lines[end] closes wraps prose that can be kept: its opening tag
// ends its last line, its closing tag stands alone on line end, and its
// children, outside the elements nested in them and code fences, hold
// text and no {…} expression (which needs JavaScript to show anything).
// open is the opening tag's last line and heading the markdown line
// shown in the opening tag's place ("" when the element has no heading
// attribute).
func jsxWrapper(lines [][]byte, i, at, end int, name string) (open int, heading string, ok bool) {
	if end == i || !bytes.Equal(bytes.TrimSpace(lines[end]), []byte("</"+name+">")) {
		return 0, "", false
	}
	// The opening tag's last line: the first whose ">" is outside quotes
	// and braces, ending the line.
	open, next, selfClosing := openingTagEnd(lines, i, at+1)
	if open >= end || selfClosing || len(bytes.TrimSpace(lines[open][next:])) != 0 {
		return 0, "", false
	}
	text := false
	var code fences
	for l := open + 1; l < end; l++ {
		s := lines[l]
		if code.skip(s) {
			text = true
			continue
		}
		_, a := indentation(s)
		if _, e, ok := jsxElement(lines, l, a); ok {
			text, l = true, e
			continue
		}
		if bytes.ContainsAny(s, "{}") {
			return 0, "", false
		}
		if len(bytes.TrimSpace(s)) > 0 {
			text = true
		}
	}
	if !text {
		return 0, "", false
	}
	tag := bytes.Join(lines[i:open+1], nl)
	if m := jsxHeading.FindSubmatch(tag); m != nil {
		if h := strings.TrimSpace(string(bytes.Join(m[1:], nil))); h != "" {
			heading = "#### " + escapeHeading(h)
		}
	}
	return open, heading, true
}

// childIndent returns the indentation, in bytes, that the non-blank
// lines from, to (exclusive) share: MDX has no indented code blocks, so
// children indented under their element are prose, and markdown would
// read four spaces as code.
func childIndent(lines [][]byte, from, to int) int {
	n := -1
	for l := from; l < to; l++ {
		s := lines[l]
		if len(bytes.TrimSpace(s)) == 0 {
			continue
		}
		_, at := indentation(s)
		if bytes.ContainsRune(s[:at], '\t') {
			at = 0 // tabs and spaces mixed: leave the line alone
		}
		if n < 0 || at < n {
			n = at
		}
	}
	return max(n, 0)
}

// escapeHeading escapes what markdown would read as markup in the text
// of a heading, a closing run of "#" included.
func escapeHeading(s string) string {
	s = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, "`", "\\`").Replace(s)
	if strings.HasSuffix(s, "#") {
		s = s[:len(s)-1] + `\#`
	}
	return s
}
