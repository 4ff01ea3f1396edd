package content

import (
	"bytes"
	"strings"
	"time"

	"github.com/adrg/frontmatter"

	"lectern/internal/diag"
)

// split is a file cut into its front matter and its body.
type split struct {
	root   *node // nil when there is no front matter or it is broken
	broken bool  // the front matter exists but could not be read
	toml   bool  // the front matter is TOML between "+++" lines
	// tomlSrc and tomlLine are the text of TOML front matter that did
	// not parse and its first line, for a Franklin page to read again
	// as Julia (franklinFrontMatter).
	tomlSrc  []byte
	tomlLine int
	body     []byte
	bodyLine int
	diags    diag.List
}

// captured receives the raw front matter from adrg/frontmatter: the
// library finds the delimiters, and lectern decodes the text itself so that
// it keeps positions and chooses its own decoders.
type captured struct {
	format string
	data   []byte
}

func captureAs(format string) frontmatter.UnmarshalFunc {
	return func(data []byte, v any) error {
		c := v.(*captured)
		c.format, c.data = format, data
		return nil
	}
}

// delimited are the front matter formats found by their delimiter lines.
// JSON is handled apart (see jsonTree).
var delimited = []*frontmatter.Format{
	frontmatter.NewFormat("---", "---", captureAs("yaml")),
	frontmatter.NewFormat("+++", "+++", captureAs("toml")),
}

// splitFrontMatter finds and decodes the front matter at the start of text.
// A "---" line that is never closed is not front matter but a thematic
// break of the body, unless key lines follow it (see unclosed), as is a
// pair of "---" lines around text that is not YAML at all.
func splitFrontMatter(file string, text []byte, loc *time.Location) split {
	start, line := firstContentLine(text)
	if start < 0 {
		return split{body: text, bodyLine: 1}
	}
	if isJSONStart(text[start:]) {
		root, end, diags := jsonTree(file, text, start, frontMatter)
		if root == nil {
			return split{broken: true, body: text, bodyLine: 1, diags: diags}
		}
		if root.kind != mapNode {
			diags.Errorf(root.pos, "cannot parse front matter: it is %s, not an object", root.shape())
			root = nil
		}
		// The body starts on the line after the closing brace when the
		// rest of that line is blank; no blank line is needed.
		if nlAt := bytes.IndexByte(text[end:], '\n'); nlAt >= 0 && len(bytes.TrimSpace(text[end:end+nlAt])) == 0 {
			end += nlAt + 1
		} else if nlAt < 0 && len(bytes.TrimSpace(text[end:])) == 0 {
			end = len(text)
		}
		return split{root: root, broken: root == nil, body: text[end:], bodyLine: 1 + bytes.Count(text[:end], nl), diags: diags}
	}
	if s, ok := taggedFrontMatter(file, text, start, line, loc); ok {
		return s
	}
	if !isDelimiter(bytes.TrimSpace(firstLineOf(text[start:]))) {
		if s, ok := headless(file, text, start, line); ok {
			return s
		}
		if !isHTML(file) {
			if s, ok := nikolaMeta(file, text, start, line); ok {
				return s
			}
			if s, ok := titleBlock(file, text, start, line); ok {
				return s
			}
			if s, ok := metadataBlock(file, text, start, line); ok {
				return s
			}
		}
		return split{body: text, bodyLine: 1}
	}
	var c captured
	var consumed int
	end, dots := delimitedEnd(text, start)
	if dots >= 0 {
		// YAML's end of document closes it first (see delimitedEnd).
		_, from := lineAt(text, start)
		_, next := lineAt(text, dots)
		c, consumed = captured{format: "yaml", data: text[from:dots]}, next
	} else {
		// adrg copies everything it is given, body included, into buffers
		// of its own; given only the lines up to the closing delimiter, it
		// finds the same front matter and copies a tenth of the bytes.
		head := text[:end]
		rest, err := frontmatter.Parse(bytes.NewReader(head), &c, delimited...)
		if err != nil || c.format == "" {
			// Nothing closes the opening line.
			if s, ok := unclosed(file, text, start, line); ok {
				return s
			}
			return split{body: text, bodyLine: 1}
		}
		consumed = len(head) - len(rest)
	}
	// rest aliases a buffer of adrg's; slice the text instead so the body
	// shares the repaired file.
	s := split{body: text[consumed:], bodyLine: 1 + bytes.Count(text[:consumed], nl)}
	firstLine := line + 1
	switch c.format {
	case "yaml":
		s.root, s.diags = yamlFrontMatter(file, c.data, firstLine)
		if s.root == nil && !startsWithKey(c.data) {
			// "---", text, "---": two thematic breaks, not front matter.
			return split{body: text, bodyLine: 1}
		}
	case "toml":
		s.root, s.diags = tomlTree(file, c.data, firstLine, loc, frontMatter)
		s.toml = true
		if s.root == nil {
			s.tomlSrc, s.tomlLine = c.data, firstLine
		}
	}
	s.broken = s.root == nil
	return s
}

// delimitedEnd returns the end of the line that closes front matter
// opened by the delimiter line at text[start:], following adrg's rule: the
// first later line equal to the delimiter once trimmed of white space. It
// returns the end of the opening line when that is no delimiter, and
// len(text) when nothing closes it. For YAML's "---" it also returns
// dots, the offset of the first "..." line before the closing one (YAML's
// end of document, which Jekyll and Pandoc accept as the close), or -1:
// one pass over the lines serves both.
func delimitedEnd(text []byte, start int) (end, dots int) {
	first, i := lineAt(text, start)
	open := bytes.TrimSpace(first)
	if i == len(text) || !isDelimiter(open) {
		return i, -1
	}
	dots = -1
	for i < len(text) {
		l, next := lineAt(text, i)
		switch t := bytes.TrimSpace(l); {
		case bytes.Equal(t, open):
			return next, dots
		case dots < 0 && string(open) == "---" && string(t) == "...":
			dots = i
		}
		i = next
	}
	return len(text), dots
}

// lineAt returns the line of text starting at offset i, without its
// newline, and the offset of the line after it (len(text) at the end).
// The front matter readers walk lines with it rather than splitting the
// file, which may be long, into a slice of lines.
func lineAt(text []byte, i int) (line []byte, next int) {
	if n := bytes.IndexByte(text[i:], '\n'); n >= 0 {
		return text[i : i+n], i + n + 1
	}
	return text[i:], len(text)
}

// firstLineOf returns the first line of text without its newline.
func firstLineOf(text []byte) []byte {
	if n := bytes.IndexByte(text, '\n'); n >= 0 {
		return text[:n]
	}
	return text
}

// isDelimiter reports whether line opens one of the delimited formats.
func isDelimiter(line []byte) bool {
	for _, f := range delimited {
		if string(line) == f.Start {
			return true
		}
	}
	return false
}

// firstContentLine returns the offset and 1-based line of the first line
// of text that is not blank, or -1.
func firstContentLine(text []byte) (offset, line int) {
	line = 1
	for offset < len(text) {
		l, next := lineAt(text, offset)
		if len(bytes.TrimSpace(l)) > 0 {
			return offset, line
		}
		offset = next
		line++
	}
	return -1, 0
}

// startsWithKey reports whether the first line of data that is not blank
// or a comment looks like a YAML "key:" line, that is, whether the author
// meant it as front matter.
func startsWithKey(data []byte) bool {
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		// A list item is front matter gone wrong rather than prose.
		l = strings.TrimPrefix(l, "- ")
		key, _, ok := strings.Cut(l, ":")
		if !ok {
			return false
		}
		key = strings.Trim(key, `"'`)
		for _, r := range key {
			if r != '_' && r != '-' && r != '.' && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
				return false
			}
		}
		return key != ""
	}
	return false
}
