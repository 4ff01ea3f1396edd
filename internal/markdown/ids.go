package markdown

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// slug returns a heading id for plain text much as GitHub makes them, so
// that links written against a repository's rendering keep working:
// letters, marks and digits of every script are kept and lower-cased,
// spaces become hyphens, hyphens and underscores stay, everything else is
// dropped, and hyphens at either end are trimmed. "Grüße & Ключ" is
// "grüße--ключ".
func slug(text []byte) string {
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case r == '-' || r == '_':
			b = append(b, byte(r))
		case unicode.IsSpace(r):
			b = append(b, '-')
		}
	}
	return string(trimHyphens(b))
}

func trimHyphens(b []byte) []byte {
	for len(b) > 0 && b[0] == '-' {
		b = b[1:]
	}
	for len(b) > 0 && b[len(b)-1] == '-' {
		b = b[:len(b)-1]
	}
	return b
}

// idSet hands out ids unique within one document.
type idSet map[string]bool

// unique returns id, or id-1, id-2… when id is taken; an empty id (a
// heading of punctuation only) becomes "section".
func (s idSet) unique(id string) string {
	if id == "" {
		id = "section"
	}
	if !s[id] {
		s[id] = true
		return id
	}
	for i := 1; ; i++ {
		c := id + "-" + strconv.Itoa(i)
		if !s[c] {
			s[c] = true
			return c
		}
	}
}
