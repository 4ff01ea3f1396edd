package content

import (
	"bytes"
	"regexp"
	"strings"

	"lectern/internal/diag"
)

// yamlFrontMatter decodes the YAML front matter between delimiter lines.
// Front matter that YAML refuses is mended line by line where the
// author's meaning is plain, as the people who write it by hand mean it
// and as it would otherwise cost the page (mendYAML); each mended line
// is a warning saying how to write it. Front matter that still fails is
// the error YAML gives for what is left once mended.
func yamlFrontMatter(file string, data []byte, firstLine int) (*node, diag.List) {
	root, diags := yamlTree(file, data, firstLine)
	if root != nil || !diags.HasErrors() {
		return root, diags
	}
	mended, notes := mendYAML(data)
	if len(notes) == 0 {
		return root, diags
	}
	again, d := yamlTree(file, mended, firstLine)
	if again == nil || d.HasErrors() {
		// What is left once mended is what stops the page; the lines
		// mended are told once it is fixed. But a line that still fails
		// once its tabs are read as spaces was likely never meant to be
		// indented: YAML's own error there names the tab.
		for _, n := range notes {
			if n.tab && len(d) > 0 && d[0].Pos.Line == firstLine+n.line {
				return nil, diags
			}
		}
		return nil, d
	}
	for _, n := range notes {
		d.Warnf(diag.Pos{File: file, Line: firstLine + n.line, Col: n.col}, "%s", n.msg)
	}
	return again, d
}

// mend is one line mendYAML rewrote: its 0-based line in the text, the
// 1-based column of what changed, and what the author should write.
type mend struct {
	line, col int
	msg       string
	// tab reports a line whose indentation held a tab.
	tab bool
}

// mendYAML rewrites the lines of YAML front matter that YAML refuses
// but whose meaning is plain, keeping every line where it is so that
// positions hold:
//
//   - indentation written with tabs, which YAML forbids, is read as two
//     spaces a tab (speakers:, then a tab and "- Ada");
//   - a plain value holding ": " (title: Django: The Good Parts) or
//     starting with "@" or "`", which YAML reserves (twitter: @ada), is
//     the text it shows;
//   - a quoted value holding its own quote mark unescaped (title: 'It's
//     here', title: "Say "hi"") is the text between the outer marks.
//   - a markdown link (by: [Ada](https://x.org/@ada)), which YAML
//     starts reading as a list, is the text of the link, as a whole
//     plain value that opens with one or as a value inside a flow
//     collection ({by: [Ada](https://x.org)}).
//
// Lines inside a block scalar (after "|" or ">") are text and are left
// alone. notes is empty when no line needed mending.
func mendYAML(data []byte) (mended []byte, notes []mend) {
	lines := bytes.Split(data, nl)
	block := -1 // indentation of the key whose block scalar is open
	for i, l := range lines {
		indent := len(l) - len(bytes.TrimLeft(l, " \t"))
		if block >= 0 {
			if isBlank(l) || indent > block {
				continue
			}
			block = -1
		}
		if tabs := bytes.IndexByte(l[:indent], '\t'); tabs >= 0 {
			l = append(bytes.ReplaceAll(l[:indent:indent], []byte("\t"), []byte("  ")), l[indent:]...)
			notes = append(notes, mend{i, tabs + 1, "this line is indented with a tab, which YAML does not allow; it is read as two spaces a tab; indent with spaces", true})
			indent = len(l) - len(bytes.TrimLeft(l, " "))
		}
		lines[i] = l
		key, value, at := keyValue(string(l))
		if key == "" {
			continue
		}
		if strings.HasPrefix(value, "|") || strings.HasPrefix(value, ">") {
			block = indent
			continue
		}
		if text, ok := mendValue(value); ok {
			q := quote(text)
			lines[i] = append(l[:at:at], q...)
			notes = append(notes, mend{i, at + 1, "YAML cannot read this value as written; it is read as the text " + q + "; write it in quotes like that (" + key + ": " + q + ")", false})
		} else if v, ok := mendLinks(value); ok {
			lines[i] = append(l[:at:at], v...)
			notes = append(notes, mend{i, at + 1, "YAML reads a markdown link's [text] as a list and cannot read this value; the link is read as text; write it in quotes (" + key + ": " + v + ")", false})
		}
	}
	if len(notes) == 0 {
		return data, nil
	}
	return bytes.Join(lines, nl), notes
}

// keyValue splits a "key: value" line, or a list item "- key: value",
// into its key and its value without surrounding blanks, and returns
// the offset of the value in l; key is "" for any other line, or when
// the value is empty.
func keyValue(l string) (key, value string, at int) {
	rest := strings.TrimLeft(l, " ")
	if r, ok := strings.CutPrefix(rest, "- "); ok {
		rest = strings.TrimLeft(r, " ")
	}
	colon := strings.Index(rest, ": ")
	if colon <= 0 || !isKeyLine([]byte(strings.ToLower(rest[:1])+rest[1:colon+1])) {
		return "", "", 0
	}
	v := strings.TrimLeft(rest[colon+2:], " \t")
	at = len(l) - len(v)
	v = strings.TrimRight(v, " \t")
	if v == "" {
		return "", "", 0
	}
	return rest[:colon], v, at
}

// mendValue returns the text a value YAML refuses was meant to hold,
// by the rules of mendYAML; ok is false for a value YAML reads, or one
// whose meaning is not plain.
func mendValue(v string) (text string, ok bool) {
	switch q := v[0]; {
	case q == '\'' || q == '"':
		if len(v) < 2 || v[len(v)-1] != q {
			return "", false
		}
		inner := v[1 : len(v)-1]
		if q == '\'' {
			if !strings.Contains(strings.ReplaceAll(inner, "''", ""), "'") {
				return "", false
			}
			return strings.ReplaceAll(inner, "''", "'"), true
		}
		// A backslash may escape the marks inside: not plain.
		if !strings.Contains(inner, `"`) || strings.Contains(inner, `\`) {
			return "", false
		}
		return inner, true
	case q == '@' || q == '`':
		return uncommented(v), true
	case strings.ContainsRune("[{&*!|>%#", rune(q)):
		return "", false
	}
	if strings.Contains(v, ": ") {
		return uncommented(v), true
	}
	return "", false
}

// uncommented is a plain value without the comment YAML would have cut
// from its end (" # …").
func uncommented(v string) string {
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimRight(v[:i], " \t")
	}
	return v
}

// quote writes s as a double-quoted YAML scalar.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// mdValueLink matches a markdown link as authors write it in a value:
// "[text](address)", the address without blanks.
var mdValueLink = regexp.MustCompile(`\[[^\[\]\n]*\]\([^()\s]*\)`)

// mendLinks returns value with its markdown links written as quoted
// text: the whole value when it opens with a link, else each link that
// stands as a value of a flow collection, after "[", "{", "," or ":"
// and before ",", "]", "}" or the end. ok is false when value holds no
// link, or a link elsewhere, whose meaning is not plain.
func mendLinks(value string) (mended string, ok bool) {
	found := mdValueLink.FindAllStringIndex(value, -1)
	if len(found) == 0 {
		return "", false
	}
	if found[0][0] == 0 {
		return quote(uncommented(value)), true
	}
	if value[0] != '[' && value[0] != '{' {
		return "", false
	}
	var b strings.Builder
	last := 0
	for _, m := range found {
		before := strings.TrimRight(value[:m[0]], " ")
		after := strings.TrimLeft(value[m[1]:], " ")
		if before == "" || !strings.ContainsRune("[{,:", rune(before[len(before)-1])) ||
			after != "" && !strings.ContainsRune(",]}", rune(after[0])) {
			return "", false
		}
		b.WriteString(value[last:m[0]])
		b.WriteString(quote(value[m[0]:m[1]]))
		last = m[1]
	}
	b.WriteString(value[last:])
	return b.String(), true
}
