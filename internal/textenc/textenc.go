// Package textenc reads text files saved in an encoding other than UTF-8
// that says which it is: UTF-16, which Windows editors save as
// "Unicode" (Notepad) or by default (Windows PowerShell's ">"), always
// with a byte-order mark. Pages, config files and data files are read
// through it alike, so that one file saved so never costs a build.
package textenc

import (
	"bytes"

	"golang.org/x/text/encoding/unicode"

	"lectern/internal/diag"
)

// UTF16 returns src decoded to UTF-8, without its byte-order mark, and
// the name of its encoding ("UTF-16 (little-endian)") when src opens
// with a UTF-16 byte-order mark; src itself and "" otherwise, or when
// it cannot be decoded.
func UTF16(src []byte) ([]byte, string) {
	var e unicode.Endianness
	var name string
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		e, name = unicode.LittleEndian, "UTF-16 (little-endian)"
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		e, name = unicode.BigEndian, "UTF-16 (big-endian)"
	default:
		return src, ""
	}
	out, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return src, ""
	}
	return out, name
}

// Decode is UTF16 for the file named file, with the warning its readers
// give when it was UTF-16, at its first line: one message, whatever
// the file.
func Decode(file string, src []byte) ([]byte, diag.List) {
	out, name := UTF16(src)
	var d diag.List
	if name != "" {
		d.Warnf(diag.Pos{File: file, Line: 1, Col: 1}, "the file is %s; read it as such; save the file as UTF-8 to silence this", name)
	}
	return out, d
}

// binaryWindow is how much of a file Binary reads, as git and diff read
// the start of a file to tell text from data.
const binaryWindow = 8 << 10

// Binary reports whether src is no text in any encoding: a compressed
// file, a picture or a program saved under a page's extension. Such a
// file opens with no UTF-16 byte-order mark (UTF16 reads those), holds a
// NUL in its first 8 KB, and more than one byte in a hundred of them,
// eight at the least, are control characters no text holds (all below 0x20 but tab, newline,
// vertical tab, form feed, carriage return and escape). Text in an
// 8-bit encoding or in GBK has none of those, and a stray NUL in a page
// is one byte: neither is binary, and each gets the message of what is
// wrong with it. first is the offset of the first such byte.
func Binary(src []byte) (first int, ok bool) {
	if _, name := UTF16(src); name != "" {
		return 0, false
	}
	head := src[:min(len(src), binaryWindow)]
	if bytes.IndexByte(head, 0) < 0 {
		return 0, false
	}
	first, n := -1, 0
	for i, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	return first, n >= 8 && n*100 > len(head)
}
