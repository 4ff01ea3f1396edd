package markdown

import (
	"bytes"
	"strings"
)

// tagForm is the syntax a template tag is written in.
type tagForm int

const (
	// liquidTag is {% name args %}.
	liquidTag tagForm = iota
	// liquidOutput is {{ expression | filter: arg }}.
	liquidOutput
	// shortcode is Hugo's {{< name args >}} or {{% name args %}}.
	shortcode
)

// tag is one template tag taken apart. Only what lectern can give a
// meaning is read from it; the rest keeps the tag as written.
type tag struct {
	form tagForm
	// name is the tag's first word: "post_url", "youtube", "/highlight".
	// For liquidOutput it is empty.
	name string
	// args are the words after the name, quotes removed; key="value"
	// pairs are in named instead.
	args  []string
	named map[string]string
	// expr and filters are the parts of a liquidOutput tag:
	// {{ expr | filters[0] | filters[1] }}, each filter as written.
	expr    string
	filters []string
	// commented is set for Hugo's {{</* x */>}}, which shows the
	// shortcode {{< x >}} as text.
	commented bool
}

// parseTag reads a tag that tagLen found. ok is false for a tag whose
// words cannot be read (an unclosed quote).
func parseTag(raw []byte) (tag, bool) {
	s := string(raw)
	var t tag
	switch {
	case len(s) < 4:
		return t, false
	case len(s) >= 6 && strings.HasPrefix(s, "{{<") && strings.HasSuffix(s, ">}}"):
		t.form, s = shortcode, s[3:len(s)-3]
	case len(s) >= 6 && strings.HasPrefix(s, "{{%") && strings.HasSuffix(s, "%}}"):
		t.form, s = shortcode, s[3:len(s)-3]
	case strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}"):
		t.form, s = liquidOutput, s[2:len(s)-2]
	case strings.HasPrefix(s, "{%") && strings.HasSuffix(s, "%}"):
		t.form, s = liquidTag, s[2:len(s)-2]
	default:
		return t, false
	}
	if t.form != shortcode {
		// Liquid's whitespace control: {%- x -%} trims around the tag
		// in Liquid's output, which markdown does anyway.
		s = strings.TrimSuffix(strings.TrimPrefix(s, "-"), "-")
	}
	s = strings.TrimSpace(s)
	if t.form == shortcode && strings.HasSuffix(s, "/") && !strings.HasSuffix(s, "*/") {
		// Hugo's self-closing call, {{< qr text="…" />}}: the slash
		// closes the tag and is not an argument.
		s = strings.TrimSpace(s[:len(s)-1])
	}
	if t.form == shortcode && strings.HasPrefix(s, "/*") && strings.HasSuffix(s, "*/") && len(s) >= 4 {
		t.commented, t.name = true, strings.TrimSpace(s[2:len(s)-2])
		return t, true
	}
	if t.form == liquidOutput {
		parts, ok := splitPipes(s)
		if !ok || len(parts) == 0 {
			return t, false
		}
		t.expr = strings.TrimSpace(parts[0])
		for _, f := range parts[1:] {
			t.filters = append(t.filters, strings.TrimSpace(f))
		}
		return t, true
	}
	words, ok := splitWords(s)
	if !ok || len(words) == 0 {
		return t, false
	}
	t.name = words[0]
	for _, w := range words[1:] {
		if k, v, ok := strings.Cut(w, "="); ok && k != "" && !strings.ContainsAny(k, `"'`+"`") {
			if t.named == nil {
				t.named = map[string]string{}
			}
			t.named[k] = unquote(v)
			continue
		}
		t.args = append(t.args, unquote(w))
	}
	return t, true
}

// splitPipes splits a Liquid expression at the pipes outside quotes.
func splitPipes(s string) ([]string, bool) {
	var parts []string
	start, quote := 0, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '|':
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	if quote != 0 {
		return nil, false
	}
	return append(parts, s[start:]), true
}

// splitWords splits at white space (line breaks too: a shortcode call may
// span lines) outside quotes; a quote may open in
// the middle of a word (key="a b").
func splitWords(s string) ([]string, bool) {
	var words []string
	var cur strings.Builder
	quote, in := byte(0), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			cur.WriteByte(c)
			if c == quote {
				quote = 0
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			if c == '"' || c == '\'' || c == '`' {
				quote = c
			}
			cur.WriteByte(c)
			in = true
		}
	}
	if quote != 0 {
		return nil, false
	}
	if in {
		words = append(words, cur.String())
	}
	return words, true
}

// unquote removes one pair of matching quotes around s.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'' || s[0] == '`') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// isBlockTag reports whether the tag at src[off:off+n] is alone on its
// line, but for spaces and tabs, as block tags ({% highlight %}) are.
// It returns the offsets of that line's start and of its end (past the
// newline, if any).
func isBlockTag(src []byte, off, n int) (lineStart, lineEnd int, ok bool) {
	lineStart = bytes.LastIndexByte(src[:off], '\n') + 1
	if len(bytes.Trim(src[lineStart:off], " \t")) != 0 {
		return 0, 0, false
	}
	lineEnd = len(src)
	if i := bytes.IndexByte(src[off+n:], '\n'); i >= 0 {
		lineEnd = off + n + i + 1
	}
	if len(bytes.TrimRight(src[off+n:lineEnd], " \t\r\n")) != 0 {
		return 0, 0, false
	}
	return lineStart, lineEnd, true
}

// findTag returns the offset and length of the first tag of form named
// name in src at or after from, or -1.
func findTag(src []byte, from int, form tagForm, name string) (int, int) {
	for off := from; off < len(src); {
		i := bytes.IndexByte(src[off:], '{')
		if i < 0 {
			return -1, 0
		}
		off += i
		if n := tagLen(src[off:]); n > 0 {
			if t, ok := parseTag(src[off : off+n]); ok && t.form == form && closingName(t) == name {
				return off, n
			}
		}
		off++
	}
	return -1, 0
}

// findClose is findTag for the Liquid tag closing a block that may hold
// blocks of its own kind, as comments do.
func findClose(src []byte, from int, open, close string) (int, int) {
	depth := 0
	for off := from; off < len(src); {
		i := bytes.IndexByte(src[off:], '{')
		if i < 0 {
			return -1, 0
		}
		off += i
		if n := tagLen(src[off:]); n > 0 {
			if t, ok := parseTag(src[off : off+n]); ok && t.form == liquidTag {
				switch t.name {
				case open:
					depth++
				case close:
					if depth == 0 {
						return off, n
					}
					depth--
				}
			}
			off += n
			continue
		}
		off++
	}
	return -1, 0
}

// closingName is the tag's name, with Hugo's "{{< / highlight >}}"
// spelled as "/highlight".
func closingName(t tag) string {
	if t.name == "/" && len(t.args) > 0 {
		return "/" + t.args[0]
	}
	return t.name
}
