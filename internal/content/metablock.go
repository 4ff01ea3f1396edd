package content

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"

	"lectern/internal/diag"
)

// Two older ways to write a page's fields at the top of a markdown file,
// without delimiter lines, which note-taking tools and Pandoc still
// write. Both are read as front matter whose values are text (a
// metadata value in YAML's quotes is the text between them).

// titleBlock reads Pandoc's title block: up to three lines starting with
// "%" at the top of the file, the title, the authors (separated by ";")
// and the date, in that order; a line that is "%" alone leaves its field
// out, and a line starting with a blank continues the field above:
//
//	% Reliable systems
//	% Ada Lovelace; Bob Smith
//	% March 3, 2021
//
// start is the offset of the first line that is not blank and line its
// number; ok is false when the file does not open so.
func titleBlock(file string, text []byte, start, line int) (s split, ok bool) {
	names := []string{"title", "author", "date"}
	root := &node{kind: mapNode, pos: diag.Pos{File: file, Line: line, Col: 1}}
	var parts []string // the current field's lines
	var at diag.Pos
	field := -1
	flush := func() {
		if field < 0 || field >= len(names) || len(parts) == 0 {
			return
		}
		v := &node{kind: scalarNode, tag: tagString, pos: at, text: strings.Join(parts, " ")}
		if names[field] == "author" {
			v = authorList(strings.Join(parts, ";"), at)
		}
		root.keys = append(root.keys, entry{key: names[field], pos: at, val: v})
	}
	i, n := start, line
	for i < len(text) {
		l, next := lineAt(text, i)
		switch {
		case len(l) > 0 && l[0] == '%':
			flush()
			field++
			if field >= len(names) || len(l) > 1 && l[1] != ' ' && l[1] != '\t' {
				return split{}, false
			}
			v := bytes.TrimSpace(l[1:])
			parts, at = nil, diag.Pos{File: file, Line: n, Col: len(l) - len(bytes.TrimLeft(l[1:], " \t")) + 1}
			if len(v) > 0 {
				parts = append(parts, string(v))
			}
		case field >= 0 && len(l) > 0 && (l[0] == ' ' || l[0] == '\t') && !isBlank(l):
			parts = append(parts, string(bytes.TrimSpace(l)))
		default:
			if field < 0 {
				return split{}, false
			}
			flush()
			return split{root: root, body: text[i:], bodyLine: n}, true
		}
		i, n = next, n+1
	}
	if field < 0 {
		return split{}, false
	}
	flush()
	return split{root: root, body: text[len(text):], bodyLine: n}, true
}

// authorList is the authors of a title block, separated by ";", as a
// list of names.
func authorList(names string, at diag.Pos) *node {
	list := &node{kind: listNode, pos: at}
	for _, a := range strings.Split(names, ";") {
		if a = strings.TrimSpace(a); a != "" {
			list.items = append(list.items, &node{kind: scalarNode, tag: tagString, pos: at, text: a})
		}
	}
	return list
}

// metadataBlock reads MultiMarkdown's metadata: "Key: value" lines at
// the top of the file, up to the first blank line, a line starting with
// a blank continuing the value above. Keys are any words (case and
// spaces aside: "Start Date" is start_date). Prose can open the same
// way ("Note: …"), so the block is metadata only when every one of its
// lines is a key line or a continuation, and it sets the title or two
// fields lectern knows:
//
//	Title: Reliable systems
//	Author: Ada Lovelace
//	Date: 2021-03-03
//
// start is the offset of the first line that is not blank and line its
// number; ok is false when the file does not open so.
func metadataBlock(file string, text []byte, start, line int) (s split, ok bool) {
	root := &node{kind: mapNode, pos: diag.Pos{File: file, Line: line, Col: 1}}
	known, title := 0, false
	var last *node
	i, n := start, line
	for i < len(text) {
		l, next := lineAt(text, i)
		if isBlank(l) {
			break
		}
		if last != nil && (l[0] == ' ' || l[0] == '\t') {
			last.text += " " + string(bytes.TrimSpace(l))
			i, n = next, n+1
			continue
		}
		key, value, ok := metadataLine(l)
		if !ok {
			return split{}, false
		}
		last = &node{kind: scalarNode, tag: tagString, text: value,
			pos: diag.Pos{File: file, Line: n, Col: len(l) - len(bytes.TrimLeft(l[len(key)+1:], " \t")) + 1}}
		if value == "" {
			last.tag = tagNull
		}
		if root.get(key) == nil {
			root.keys = append(root.keys, entry{key: key, pos: diag.Pos{File: file, Line: n, Col: 1}, val: last})
			if _, ok := knownField(key); ok {
				known++
			}
			title = title || key == "title"
		}
		i, n = next, n+1
	}
	if !title && known < 2 {
		return split{}, false
	}
	for _, e := range root.keys {
		e.val.text = unquotedYAML(e.val.text)
	}
	_, body := lineAt(text, i) // the blank line ends the metadata
	return split{root: root, body: text[body:], bodyLine: 1 + bytes.Count(text[:body], nl)}, true
}

// metadataLine splits a MultiMarkdown "Key: value" line into its key,
// lowercased with blanks made "_", and its value; ok is false for any
// other line. A key is a letter, then letters, digits, blanks, "_" or
// "-", at most 30 bytes, with no blank before the colon.
func metadataLine(l []byte) (key, value string, ok bool) {
	colon := bytes.IndexByte(l, ':')
	if colon <= 0 || colon > 30 || !isLetter(l[0]) || l[colon-1] == ' ' {
		return "", "", false
	}
	if colon+1 < len(l) && l[colon+1] != ' ' && l[colon+1] != '\t' {
		return "", "", false // "http://…", "10:30"
	}
	for _, c := range l[:colon] {
		if !isLetter(c) && !(c >= '0' && c <= '9') && c != ' ' && c != '_' && c != '-' {
			return "", "", false
		}
	}
	key = strings.ReplaceAll(strings.ToLower(string(l[:colon])), " ", "_")
	return key, string(bytes.TrimSpace(l[colon+1:])), true
}

// unquotedYAML is a metadata value written in YAML's quotes ('…' or
// "…") read as YAML reads it: Flask-FlatPages reads the same header
// lines with a YAML parser, so title: "Django: The Good Parts" is the
// text between the quotes, with YAML's escapes. Any other value, or one
// that YAML does not read as one quoted string ("a" and "b"), is the
// text as written.
func unquotedYAML(v string) string {
	if len(v) < 2 || (v[0] != '"' && v[0] != '\'') || v[len(v)-1] != v[0] {
		return v
	}
	if !oneQuoted(v) {
		return v
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(v), &n); err != nil || len(n.Content) != 1 {
		return v
	}
	if s := n.Content[0]; s.Kind == yaml.ScalarNode && s.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return s.Value
	}
	return v
}

// oneQuoted reports whether v, opening and closing with the same quote
// mark, is one quoted string: no mark inside closes it early. yaml.v3
// reads "Ada" and "Bob" as "Ada" and drops the rest.
func oneQuoted(v string) bool {
	inner := v[1 : len(v)-1]
	if v[0] == '\'' {
		return !strings.Contains(strings.ReplaceAll(inner, "''", ""), "'")
	}
	for i := 0; i < len(inner); i++ {
		switch inner[i] {
		case '\\':
			i++
		case '"':
			return false
		}
	}
	return true
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
