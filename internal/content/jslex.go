package content

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsTok is one token of a JavaScript data file, as far as lectern reads
// one: punctuation, a name, a number, a quoted text, or anything else
// (an operator, a regular expression's slash), which only code holds.
type jsTok struct {
	kind jsTokKind
	text string // a name's or number's text, a string's value, the punctuation
	off  int    // byte offset of the token in the file
	// nl marks a token that starts a line (a line break before it),
	// where a statement written without its semicolon ends.
	nl bool
}

type jsTokKind int

const (
	tokPunct jsTokKind = iota
	tokName
	tokNumber
	tokString
	// tokTemplate is a template literal with a substitution (`${x}`),
	// a value only running the code gives.
	tokTemplate
	tokOther
)

// jsLex splits src into tokens, comments and blanks left out. It never
// fails: what it cannot read (an unclosed string) is one tokOther token
// running to the end, so that no literal is read past it.
func jsLex(src string) []jsTok {
	var out []jsTok
	nl := true
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			nl = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case strings.HasPrefix(src[i:], "//"):
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				return out
			}
			i += j
			continue
		case strings.HasPrefix(src[i:], "/*"):
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				return out
			}
			if strings.Contains(src[i:i+2+j], "\n") {
				nl = true
			}
			i += j + 4
			continue
		}
		t := jsTok{off: i, nl: nl}
		nl = false
		switch {
		case c == '"' || c == '\'' || c == '`':
			text, end, ok := jsQuotedText(src, i)
			t.kind, t.text = tokString, text
			if !ok {
				t.kind = tokOther
				end = len(src)
			} else if c == '`' && strings.Contains(src[i:end], "${") {
				t.kind = tokTemplate
			}
			i = end
		case c == '=' && strings.HasPrefix(src[i:], "=>"):
			t.kind, t.text = tokPunct, "=>"
			i += 2
		case c == '.' && strings.HasPrefix(src[i:], "..."):
			t.kind, t.text = tokPunct, "..."
			i += 3
		case strings.IndexByte("{}[](),:;=.", c) >= 0:
			t.kind, t.text = tokPunct, string(c)
			i++
		case c >= '0' && c <= '9' || c == '-' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i + 1
			for j < len(src) && (isJSNameByte(src[j]) || src[j] == '.') {
				j++
			}
			t.kind, t.text = tokNumber, src[i:j]
			i = j
		case isJSNameByte(c) || c >= utf8.RuneSelf:
			j := i + 1
			for j < len(src) && (isJSNameByte(src[j]) || src[j] >= utf8.RuneSelf) {
				j++
			}
			t.kind, t.text = tokName, src[i:j]
			i = j
		default:
			t.kind, t.text = tokOther, string(c)
			i++
		}
		out = append(out, t)
	}
	return out
}

func isJSNameByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// jsQuotedText reads the string opening at src[i] (its quote ' " or `)
// and returns its value, its escapes read, and the offset just after
// its closing quote; ok is false when it is never closed, or a '…' or
// "…" string runs past its line.
func jsQuotedText(src string, i int) (text string, end int, ok bool) {
	q := src[i]
	var b strings.Builder
	for j := i + 1; j < len(src); j++ {
		c := src[j]
		switch {
		case c == q:
			return b.String(), j + 1, true
		case c == '\n' && q != '`':
			return "", 0, false
		case c == '\\' && j+1 < len(src):
			j++
			switch e := src[j]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case '\n':
				// a line continued: nothing
			case 'u':
				if j+4 < len(src) {
					if r, err := strconv.ParseUint(src[j+1:j+5], 16, 32); err == nil {
						b.WriteRune(rune(r))
						j += 4
						continue
					}
				}
				b.WriteByte(e)
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}
