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
