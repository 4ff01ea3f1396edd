package diag

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape returns s with every character that a terminal could act on
// written as a visible escape: C0 controls (tab and newline included) and
// DEL as \x1b, C1 controls as \u009b, the bidirectional overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) as \u202e, and each byte that is
// not UTF-8 as \xff. Everything else, backslashes included, is kept as it
// is, so that ordinary messages read unchanged.
//
// File names and titles come from the site's author, and a name holding
// "\x1b[2J" would otherwise clear the screen of whoever builds the site,
// or a U+202E reverse the rest of the line it is printed on.
func Escape(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unsafe(r, size) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s // the common case: nothing to escape, nothing allocated
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case !unsafe(r, size):
			b.WriteString(s[i : i+size])
		case r == utf8.RuneError || r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += size
	}
	return b.String()
}

// unsafe reports whether the rune r, size bytes long in the text, must be
// escaped.
func unsafe(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1: // a byte that is not UTF-8
		return true
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
