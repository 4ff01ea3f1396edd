package content

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"lectern/internal/diag"
)

// maxMojibakePasses bounds the repair of text that was mis-decoded more
// than once (each round of UTF-8 → Windows-1252 → UTF-8 needs one pass).
const maxMojibakePasses = 3

// repairMojibake undoes UTF-8 text that was read as Windows-1252 and saved
// again as UTF-8, so that "â€“" becomes "–" and "Ã©" becomes "é". Only a
// run of characters whose Windows-1252 bytes form one valid multi-byte
// UTF-8 sequence is replaced, so correct text ("Ã" alone, a real "é") is
// left alone. It reports one warning at the first repair, with an example
// and a count.
func repairMojibake(file string, src []byte) ([]byte, *diag.Diag) {
	out, spans := mojibakePass(src)
	if len(spans) == 0 {
		return src, nil
	}
	for range maxMojibakePasses - 1 {
		next, more := mojibakePass(out)
		if len(more) == 0 {
			break
		}
		out = next
	}
	// Adjacent repairs are one place in the text: a character encoded
	// twice is repaired in pieces by the first pass.
	places := 0
	for i := range spans {
		if i == 0 || spans[i].start != spans[i-1].end {
			places++
		}
	}
	first := spans[0]
	end := first.end
	for _, s := range spans[1:] {
		if s.start != end {
			break
		}
		end = s.end
	}
	bad := src[first.start:end]
	good := bad
	for range maxMojibakePasses {
		next, more := mojibakePass(good)
		if len(more) == 0 {
			break
		}
		good = next
	}
	line, col := lineCol(src, first.start)
	where := ""
	if places > 1 {
		where = fmt.Sprintf(" and %d more places", places-1)
	}
	d := diag.Warnf(diag.Pos{File: file, Line: line, Col: col},
		"repaired mojibake %q → %q%s (UTF-8 text that was once read as Windows-1252); write the intended characters in the file to silence this",
		bad, good, where)
	return out, &d
}

type span struct{ start, end int }

// mojibakePass replaces each mojibake sequence of src once and returns
// the byte spans of src it replaced.
func mojibakePass(src []byte) ([]byte, []span) {
	var out []byte
	var spans []span
	copied := 0
	var seq [4]byte
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r < 0xC2 || r > 0xF4 {
			i += size
			continue
		}
		n := 2
		switch {
		case r >= 0xF0:
			n = 4
		case r >= 0xE0:
			n = 3
		}
		seq[0] = byte(r)
		j := i + size
		ok := true
		for k := 1; k < n; k++ {
			c, csize := utf8.DecodeRune(src[j:])
			b, isByte := windows1252Byte(c)
			if csize == 0 || !isByte || b < 0x80 || b > 0xBF {
				ok = false
				break
			}
			seq[k] = b
			j += csize
		}
		if ok {
			if dr, dsize := utf8.DecodeRune(seq[:n]); dr != utf8.RuneError && dsize == n {
				if out == nil {
					out = make([]byte, 0, len(src))
				}
				out = append(out, src[copied:i]...)
				out = append(out, seq[:n]...)
				spans = append(spans, span{i, j})
				copied = j
				i = j
				continue
			}
		}
		i += size
	}
	if out == nil {
		return src, nil
	}
	return append(out, src[copied:]...), spans
}

// windows1252Byte returns the byte that Windows-1252 encodes r as. The C1
// controls U+0080–U+009F map to themselves: that is how Windows decodes
// the five bytes Windows-1252 leaves undefined (and how Latin-1 decodes all
// of them), so "Ã\u0081" is still recognised as "Á".
func windows1252Byte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}
