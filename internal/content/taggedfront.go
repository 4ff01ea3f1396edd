package content

import (
	"bytes"
	"strings"
	"time"

	"lectern/internal/diag"
)

// frontLanguages are the languages a front matter block may name after
// its opening "---" ("---json", "---yaml"), as gray-matter reads them, and
// so Eleventy and Astro sites write them: the block is in that language,
// closed by a lone "---" line. "js" and "javascript" are code, which
// lectern does not run.
var frontLanguages = map[string]string{
	"yaml": "yaml", "yml": "yaml", "json": "json", "toml": "toml",
	"js": "js", "javascript": "js",
}

// frontLanguage returns the language a front matter opening line names
// ("---json" is json), "" for any other line, a bare "---" included.
func frontLanguage(line []byte) string {
	rest, ok := bytes.CutPrefix(bytes.TrimSpace(line), []byte("---"))
	if !ok {
		return ""
	}
	return frontLanguages[strings.ToLower(string(bytes.TrimSpace(rest)))]
}

// taggedFrontMatter reads front matter whose opening line, at text[start:]
// on line line, names its language ("---json"). It reports false when the
// line names none, or when no lone "---" line closes the block: the text
// is then read as it would be without it.
func taggedFrontMatter(file string, text []byte, start, line int, loc *time.Location) (split, bool) {
	first, from := lineAt(text, start)
	lang := frontLanguage(first)
	if lang == "" {
		return split{}, false
	}
	closing, after := -1, 0
	for i := from; i < len(text); {
		l, next := lineAt(text, i)
		if string(bytes.TrimSpace(l)) == "---" {
			closing, after = i, next
			break
		}
		i = next
	}
	if closing < 0 {
		return split{}, false
	}
	s := split{body: text[after:], bodyLine: 1 + bytes.Count(text[:after], nl)}
	data := text[from:closing]
	switch lang {
	case "yaml":
		s.root, s.diags = yamlFrontMatter(file, data, line+1)
	case "toml":
		s.root, s.diags = tomlTree(file, data, line+1, loc, frontMatter)
		s.toml = true
	case "json":
		root, end, diags := jsonTree(file, text[:closing], from, frontMatter)
		s.diags = diags
		switch {
		case root == nil:
		case root.kind != mapNode:
			s.diags.Errorf(root.pos, "cannot parse front matter: it is %s, not an object", root.shape())
		case len(bytes.TrimSpace(text[end:closing])) > 0:
			at := end + len(text[end:closing]) - len(bytes.TrimLeft(text[end:closing], " \t\r\n"))
			s.diags.Errorf(diag.Pos{File: file, Line: 1 + bytes.Count(text[:at], nl), Col: at - bytes.LastIndexByte(text[:at], '\n')}, "cannot parse front matter: more text after the JSON object, before the closing ---; a front matter block holds one object")
		default:
			s.root = root
		}
	case "js":
		// Code a JavaScript tool runs to make the values: none can be
		// read without running it, and the page keeps its body.
		s.diags.Warnf(diag.Pos{File: file, Line: line, Col: 1}, "front matter in JavaScript (%s) cannot be read, as lectern runs no code: the page has none of its values; write them as ---yaml or ---json", bytes.TrimSpace(first))
		s.root = &node{kind: mapNode}
		return s, true
	}
	s.broken = s.root == nil
	return s, true
}
