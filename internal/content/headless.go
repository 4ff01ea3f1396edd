package content

import (
	"bytes"
	"fmt"
	"strings"

	"lectern/internal/diag"
)

// headless reads "headless" YAML front matter: key: value lines at the very
// start of the file, closed by a lone "---" line but never opened by one
// (a conference site's pages: "name: Ada Lovelace", "---", the bio). Markdown
// gives the same lines another meaning (a paragraph, or a setext heading,
// followed by a thematic break), so the rule is strict, to leave prose
// alone:
//
//   - the first line of the file that is not blank is a key line;
//   - every line up to the first lone "---" is a key line, or is indented
//     or a "- " list item (a value continued from the key above);
//   - no line in between is blank, so a paragraph followed by a break
//     several paragraphs later is never taken, but for blank lines just
//     before the closing "---";
//   - a key line starts at column 1 with a lowercase letter or "_",
//     followed by letters, digits, "_" or "-", then ":" and a space or the
//     end of the line ("Note: …", "Hello world: …" and "# Title" are prose);
//   - the lines decode as a YAML mapping without error.
//
// start is the offset of the first line that is not blank and line its
// 1-based number. ok is false when the file does not have this shape; the
// text is then read as it is.
func headless(file string, text []byte, start, line int) (s split, ok bool) {
	i := start
	first := true
	for i < len(text) {
		l, next := lineAt(text, i)
		switch {
		case string(bytes.TrimRight(l, " \t")) == "---" && !first:
			root, diags := yamlTree(file, text[start:i], line)
			if root == nil || root.kind != mapNode || diags.HasErrors() {
				return split{}, false
			}
			return split{root: root, body: text[next:], bodyLine: 1 + bytes.Count(text[:next], nl), diags: diags}, true
		case isBlank(l):
			// Blank lines may stand before the closing line only.
			if first || !closesAfterBlanks(text[next:]) {
				return split{}, false
			}
		case isKeyLine(l):
		case first:
			return split{}, false
		case continuesValue(l):
		default:
			return split{}, false
		}
		first = false
		i = next
	}
	return split{}, false
}

// isKeyLine reports whether l is a plausible top-level YAML key line of
// front matter: "key:" or "key: value" with a lowercase identifier key.
func isKeyLine(l []byte) bool {
	if len(l) == 0 || !(l[0] >= 'a' && l[0] <= 'z' || l[0] == '_') {
		return false
	}
	for j := 1; j < len(l); j++ {
		c := l[j]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '-':
		case c == ':':
			return j+1 == len(l) || l[j+1] == ' ' || l[j+1] == '\t'
		default:
			return false
		}
	}
	return false
}

// continuesValue reports whether l, a line that is not blank, goes on
// with the value of the key line above it: it is indented, or a "- "
// list item.
func continuesValue(l []byte) bool {
	return l[0] == ' ' || l[0] == '\t' || bytes.HasPrefix(l, []byte("- "))
}

// closesAfterBlanks reports whether text, after any blank lines, goes on
// with a lone "---" line.
func closesAfterBlanks(text []byte) bool {
	for len(text) > 0 {
		l := firstLineOf(text)
		switch {
		case string(bytes.TrimRight(l, " \t")) == "---":
			return true
		case !isBlank(l):
			return false
		}
		text = text[min(len(l)+1, len(text)):]
	}
	return false
}

// unclosed reads YAML front matter whose opening "---" line, at
// text[start:] (line line), is never closed: key lines right after it,
// by the rule of headless, up to the first blank line or the end of the
// file, where at least one key is a field lectern knows ("title",
// "date"…). The author forgot the closing line; without this the fields
// would be shown as a paragraph of the body. A lone "---" followed by
// prose, a blank line or a heading stays a thematic break (as in
// markdown notes that open with one). ok is false when the text does not
// have this shape.
func unclosed(file string, text []byte, start, line int) (s split, ok bool) {
	open := firstLineOf(text[start:])
	if string(bytes.TrimSpace(open)) != "---" || start+len(open) >= len(text) {
		return split{}, false
	}
	from := start + len(open) + 1
	i, last := from, line
	for i < len(text) {
		l, next := lineAt(text, i)
		if isBlank(l) {
			break
		}
		if !isKeyLine(l) && (i == from || !continuesValue(l)) {
			return split{}, false
		}
		last++
		i = next
	}
	if i == from {
		return split{}, false
	}
	root, diags := yamlTree(file, text[from:i], line+1)
	if root == nil || root.kind != mapNode || diags.HasErrors() || !anyKnownKey(root) {
		return split{}, false
	}
	lines := fmt.Sprintf("lines %d–%d are", line+1, last)
	if last == line+1 {
		lines = fmt.Sprintf("line %d is", last)
	}
	diags.Warnf(diag.Pos{File: file, Line: line, Col: 1},
		"the front matter opened here is never closed; %s read as front matter; add a line \"---\" after line %d", lines, last)
	_, body := lineAt(text, i) // the blank line ends the front matter
	return split{root: root, body: text[body:], bodyLine: 1 + bytes.Count(text[:body], nl), diags: diags}, true
}

// anyKnownKey reports whether a mapping sets one of the fields
// documents record (knownFields).
func anyKnownKey(m *node) bool {
	for _, e := range m.keys {
		if _, ok := knownField(strings.ToLower(e.key)); ok {
			return true
		}
	}
	return false
}
