package content

import (
	"bytes"

	"lectern/internal/diag"
)

// nikolaMeta reads the fields Nikola writes at the top of a post, one
// ".. key: value" line each, in an HTML comment in a markdown file, so
// that other tools show nothing of them, or bare, up to a blank line:
//
//	<!--
//	.. title: Tiny parsers
//	.. slug: tiny-parsers
//	.. date: 2018-06-01 18:30:00 UTC+01:00
//	.. tags: parsing, talks
//	-->
//
// Values are text, as Nikola reads them; a key is any word before the
// colon. start is the offset of the first line that is not blank and
// line its number; ok is false when the file does not open so, or the
// comment holds a line of another shape (it is then the author's).
func nikolaMeta(file string, text []byte, start, line int) (s split, ok bool) {
	i, n := start, line
	l, next := lineAt(text, i)
	comment := bytes.Equal(bytes.TrimSpace(l), []byte("<!--"))
	if comment {
		i, n = next, n+1
	}
	root := &node{kind: mapNode, pos: diag.Pos{File: file, Line: n, Col: 1}}
	for i < len(text) {
		l, next = lineAt(text, i)
		t := bytes.TrimSpace(l)
		if comment && bytes.Equal(t, []byte("-->")) {
			i, n = next, n+1
			break
		}
		if len(t) == 0 {
			if comment {
				i, n = next, n+1
				continue
			}
			break
		}
		rest, isMeta := bytes.CutPrefix(t, []byte(".. "))
		if !isMeta {
			return split{}, false
		}
		key, value, isKey := metadataLine(rest)
		if !isKey {
			return split{}, false
		}
		if root.get(key) == nil {
			col := len(l) - len(bytes.TrimLeft(l, " \t")) + len(".. ") + len(key) + 2
			v := &node{kind: scalarNode, tag: tagString, text: value, pos: diag.Pos{File: file, Line: n, Col: col}}
			if value == "" {
				v.tag = tagNull
			}
			root.keys = append(root.keys, entry{key: key, pos: diag.Pos{File: file, Line: n, Col: 1}, val: v})
		}
		i, n = next, n+1
		if i >= len(text) && comment {
			return split{}, false // never closed
		}
	}
	if len(root.keys) == 0 || root.get("title") == nil && root.get("slug") == nil {
		return split{}, false
	}
	return split{root: root, body: text[i:], bodyLine: n}, true
}
