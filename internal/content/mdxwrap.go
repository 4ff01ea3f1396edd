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
// read four spaces, or a tab, as code. The indentation shared is the
// blanks all lines start with, byte for byte: tabs, as Starlight's
// starter indents its cards, are shared as spaces are.
func childIndent(lines [][]byte, from, to int) int {
	var common []byte
	first := true
	for l := from; l < to; l++ {
		s := lines[l]
		if len(bytes.TrimSpace(s)) == 0 {
			continue
		}
		_, at := indentation(s)
		lead := s[:at]
		if first {
			common, first = lead, false
			continue
		}
		n := 0
		for n < len(common) && n < len(lead) && common[n] == lead[n] {
			n++
		}
		common = common[:n]
	}
	return len(common)
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

// jsxOneLine returns the markdown standing for an element that frames
// text on the one line it is written on (<Card title="Fast">Builds in
// seconds.</Card>, <Aside>Bring a laptop.</Aside>), its opening tag
// starting at column at of line: the text, after the element's heading
// attribute in bold when it has one ("**Fast**: Builds in seconds."),
// ended by a hard line break, so that a run of such elements (the cards
// of a <CardGrid>) shows one a line rather than one run-on paragraph; a
// break ending a paragraph shows nothing. ok is false when the text
// holds a {…} expression or another component, which need JavaScript,
// when anything follows the closing tag, and for a link's element (an
// href, url or link attribute), whose text alone would be a button
// leading nowhere: jsxLink makes it a link when it can.
func jsxOneLine(line []byte, at int, name string) (md []byte, ok bool) {
	open, next, selfClosing := openingTagEnd([][]byte{line}, 0, at+1)
	if open != 0 || selfClosing {
		return nil, false
	}
	rest := bytes.TrimRight(line[next:], " \t\r")
	closing := []byte("</" + name + ">")
	if !bytes.HasSuffix(rest, closing) {
		return nil, false
	}
	text := bytes.TrimSpace(rest[:len(rest)-len(closing)])
	if len(text) == 0 || bytes.ContainsAny(text, "{}") || jsxInside(text) || jsxLinkAttr.Match(line[at:next]) {
		return nil, false
	}
	if m := jsxHeading.FindSubmatch(line[at:next]); m != nil {
		if h := strings.TrimSpace(string(bytes.Join(m[1:], nil))); h != "" {
			sep := ": "
			if strings.ContainsAny(h[len(h)-1:], ".:!?") {
				sep = " "
			}
			text = append([]byte("**"+escapeHeading(h)+"**"+sep), text...)
		}
	}
	return append(text, "  "...), true
}

// jsxLinkAttr is an attribute giving an element an address.
var jsxLinkAttr = regexp.MustCompile(`\s(?:href|url|link|to)=`)

// jsxInside reports whether text holds a component's tag, opening or
// closing.
func jsxInside(text []byte) bool {
	for i := bytes.IndexByte(text, '<'); i >= 0; {
		s := text[i:]
		if jsxOpen(s) || (len(s) > 2 && s[1] == '/' && s[2] >= 'A' && s[2] <= 'Z') {
			return true
		}
		n := bytes.IndexByte(text[i+1:], '<')
		if n < 0 {
			break
		}
		i += 1 + n
	}
	return false
}
