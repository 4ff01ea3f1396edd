package markdown

import (
	"bytes"
	"html"
	"unicode"
	"unicode/utf8"

	emojiast "github.com/yuin/goldmark-emoji/ast"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// appendPlain appends the text a reader sees in n's inline content: link
// and emphasis text without markup, image alt text, code span text, and
// neither raw HTML nor footnote markers. Line breaks become spaces.
func appendPlain(b []byte, n ast.Node, src []byte) []byte {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b = appendInline(b, c, src)
	}
	return b
}

// appendInline appends the plain text of one inline node.
func appendInline(b []byte, n ast.Node, src []byte) []byte {
	switch n := n.(type) {
	case *ast.Text:
		return appendText(b, n, src)
	case *ast.String:
		return appendString(b, n)
	case *ast.CodeSpan:
		for t := n.FirstChild(); t != nil; t = t.NextSibling() {
			if t, ok := t.(*ast.Text); ok {
				b = append(b, t.Value(src)...)
			}
		}
		return b
	case *ast.AutoLink:
		return append(b, n.Label(src)...)
	case *emojiast.Emoji:
		return append(b, string(n.Value.Unicode)...)
	case *ast.RawHTML, *east.FootnoteLink, *east.TaskCheckBox:
		return b
	}
	return appendPlain(b, n, src)
}

// appendText appends a text node as it renders: backslash escapes and
// entity references resolved.
func appendText(b []byte, t *ast.Text, src []byte) []byte {
	v := t.Value(src)
	if !t.IsRaw() {
		v = unescape(v)
	}
	b = append(b, v...)
	if t.SoftLineBreak() || t.HardLineBreak() {
		b = append(b, ' ')
	}
	return b
}

// unescape resolves backslash escapes and entity references, as goldmark
// does when it writes text.
func unescape(v []byte) []byte {
	if !bytes.ContainsAny(v, `\&`) {
		return v
	}
	return util.UnescapePunctuations(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
}

// appendString appends a string node; code strings hold HTML.
func appendString(b []byte, s *ast.String) []byte {
	if s.IsCode() && bytes.IndexByte(s.Value, '&') >= 0 {
		return append(b, html.UnescapeString(string(s.Value))...)
	}
	return append(b, s.Value...)
}

// collapse returns b with runs of white space, non-breaking spaces
// included, made one space, and no space at either end.
func collapse(b []byte) string {
	out := make([]byte, 0, len(b))
	space := false
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			space = len(out) > 0
		} else {
			if space {
				out = append(out, ' ')
				space = false
			}
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return string(out)
}

// maxExcerpt is the most runes an excerpt holds, ellipsis included: about
// what search engines show of a meta description.
const maxExcerpt = 200

// excerpt shortens collapsed plain text to maxExcerpt runes, cutting at a
// word boundary and marking the cut with an ellipsis.
func excerpt(s string) string {
	if utf8.RuneCountInString(s) <= maxExcerpt {
		return s
	}
	// Byte offset of the rune that would be the last to fit.
	limit, runes := 0, 0
	for i := range s {
		if runes == maxExcerpt-1 {
			limit = i
			break
		}
		runes++
	}
	cut := limit
	if s[limit] != ' ' {
		if sp := lastSpace(s[:limit]); sp > 0 {
			cut = sp
		}
	}
	head := s[:cut]
	for len(head) > 0 {
		r, n := utf8.DecodeLastRuneInString(head)
		if r != ' ' && r != ',' && r != ';' && r != ':' && r != '-' && r != '–' && r != '—' {
			break
		}
		head = head[:len(head)-n]
	}
	return head + "…"
}

func lastSpace(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}

// wordCounter counts words for reading time across the text nodes of a
// document. A word is a run of characters without white space holding at
// least one letter or digit; each Han, Hiragana or Katakana character counts
// as a word of its own, since those scripts do not separate words.
type wordCounter struct {
	n      int
	inWord bool
}

func (w *wordCounter) add(b []byte) {
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		i += n
		switch {
		case r < utf8.RuneSelf && (r == ' ' || r == '\t' || r == '\n'):
			w.inWord = false
		case r < utf8.RuneSelf:
			if !w.inWord && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
				w.n++
				w.inWord = true
			}
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			w.n++
			w.inWord = false
		case unicode.IsSpace(r):
			w.inWord = false
		case !w.inWord && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			w.n++
			w.inWord = true
		}
	}
}

// brk ends the current word: a line or block boundary.
func (w *wordCounter) brk() { w.inWord = false }
