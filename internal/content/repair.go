package content

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"lectern/internal/diag"
	"lectern/internal/textenc"
)

// repair returns src made into clean UTF-8 markdown with LF line endings,
// and a diagnostic for each kind of repair it made. It never modifies src.
// Every repair keeps the number of lines, so positions found later in the
// repaired text are lines of the file as the author sees it.
func repair(file string, src []byte) ([]byte, diag.List) {
	text, diags := repairText(file, src)
	text, d := repairBullets(file, text)
	if d != nil {
		diags.Add(*d)
	}
	return text, diags
}

// repairText is repair without the bullets of prose, for data files:
// there "•" at the start of a line is text, while "-" would begin a list.
func repairText(file string, src []byte) ([]byte, diag.List) {
	text, diags := textenc.Decode(file, src)
	skipped := 0
	if bytes.HasPrefix(text, utf8BOM) {
		// A byte-order mark says nothing in UTF-8; editors hide it, so it is
		// dropped silently.
		text = text[len(utf8BOM):]
		skipped = len(utf8BOM)
	}
	if !utf8.Valid(text) {
		// Checked before line endings change so that the offset reported
		// is the file's.
		var d diag.Diag
		text, d = repairEncoding(file, text, skipped)
		diags.Add(d)
	}
	if bytes.IndexByte(text, '\r') >= 0 {
		text = normalizeNewlines(text)
	}
	if bytes.IndexByte(text, 0xC3) >= 0 {
		// Every mojibake sequence starts with a character from U+00C2 to
		// U+00F4, all encoded with the lead byte 0xC3: a cheap test that
		// lets clean files skip the scan.
		var d *diag.Diag
		text, d = repairMojibake(file, text)
		if d != nil {
			diags.Add(*d)
		}
	}
	return text, diags
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// normalizeNewlines turns CRLF and lone CR (old Mac files) into LF. A lone
// CR is a line break to editors too, so line numbers stay the same.
func normalizeNewlines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return out
}

// repairEncoding handles text that is not valid UTF-8. A file with no
// valid multi-byte sequence at all and only bytes that Windows-1252
// defines was saved in that encoding and is decoded from it, with a
// warning. Anything else is damaged: the invalid bytes become U+FFFD so the
// rest of the file can still be read, and the first one is reported as an
// error. skipped is the number of bytes cut from the start of the file
// (a byte-order mark), so that the offset reported is the file's.
func repairEncoding(file string, src []byte, skipped int) ([]byte, diag.Diag) {
	if isWindows1252(src) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(src)
		if err == nil {
			first := firstNonASCII(src)
			line, col := lineCol(src, first)
			return out, diag.Warnf(diag.Pos{File: file, Line: line, Col: col},
				"the file is not UTF-8; read it as Windows-1252; save the file as UTF-8 to silence this")
		}
	}
	bad, count := -1, 0
	out := make([]byte, 0, len(src)+16)
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			if bad < 0 {
				bad = i
			}
			count++
			out = append(out, "\uFFFD"...)
			i++
			continue
		}
		out = append(out, src[i:i+size]...)
		i += size
	}
	line, col := lineCol(src, bad)
	more := ""
	if count > 1 {
		more = fmt.Sprintf(" (and %d more invalid bytes)", count-1)
	}
	return out, diag.Errorf(diag.Pos{File: file, Line: line, Col: col},
		"invalid UTF-8: byte 0x%02X at offset %d cannot be read as text%s; save the file as UTF-8",
		src[bad], bad+skipped, more)
}

// isWindows1252 reports whether src holds no valid multi-byte UTF-8
// sequence and only bytes that Windows-1252 defines.
func isWindows1252(src []byte) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if _, size := utf8.DecodeRune(src[i:]); size > 1 {
			return false
		}
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return false
		}
		i++
	}
	return true
}

func firstNonASCII(src []byte) int {
	for i, c := range src {
		if c >= utf8.RuneSelf {
			return i
		}
	}
	return 0
}

// lineCol returns the 1-based line and byte column of offset in src.
func lineCol(src []byte, offset int) (line, col int) {
	if offset > len(src) {
		offset = len(src)
	}
	if offset < 0 {
		offset = 0
	}
	line = 1 + bytes.Count(src[:offset], nl)
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	return line, offset - start + 1
}

var nl = []byte{'\n'}
