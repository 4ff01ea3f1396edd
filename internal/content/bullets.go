package content

import (
	"bytes"
	"unicode/utf8"

	"lectern/internal/diag"
)

// isBullet reports whether r is a typographic bullet that word processors
// and web pages put where markdown writes "- ".
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '‣', '⁃':
		return true
	}
	return false
}

// openBullet is a bullet item that later lines may nest under.
type openBullet struct {
	indent    int // columns of indentation as written
	newIndent int // columns of indentation as rewritten
}

// repairBullets turns lines that start (after indentation) with a
// typographic bullet into markdown list items. Indentation as written is
// only a hint of nesting, and copied as is it would often make code blocks
// (four spaces after a blank line), so levels are rebuilt: a bullet
// indented more than an open one nests under it, at two columns past its
// parent's marker, and the indented lines that follow a bullet are moved to
// the column of its text so they stay paragraphs of that item.
func repairBullets(file string, src []byte) ([]byte, *diag.Diag) {
	if bytes.IndexByte(src, 0xE2) < 0 {
		// All five bullets are encoded with the lead byte 0xE2.
		return src, nil
	}
	var (
		out       []byte
		stack     []openBullet
		count     int
		firstLine int
		firstCol  int
		example   rune
		fence     []byte
	)
	lineNo := 0
	for start := 0; start < len(src); {
		lineNo++
		end := bytes.IndexByte(src[start:], '\n')
		next := len(src)
		if end < 0 {
			end = len(src)
		} else {
			end += start
			next = end + 1
		}
		line := src[start:end]
		nl := src[end:next]
		start = next

		width, textAt := indentation(line)
		text := line[textAt:]
		if fence != nil {
			if width < 4 && closesFence(text, fence) {
				fence = nil
			}
			out = appendLine(out, line, nl)
			continue
		}
		if width < 4 && (bytes.HasPrefix(text, []byte("```")) || bytes.HasPrefix(text, []byte("~~~"))) {
			fence = fenceOf(text)
			stack = stack[:0]
			out = appendLine(out, line, nl)
			continue
		}
		r, size := utf8.DecodeRune(text)
		if isBullet(r) && size < len(text) && (text[size] == ' ' || text[size] == '\t') {
			for len(stack) > 0 && stack[len(stack)-1].indent >= width {
				stack = stack[:len(stack)-1]
			}
			newIndent := 0
			if len(stack) > 0 {
				newIndent = stack[len(stack)-1].newIndent + 2
			}
			stack = append(stack, openBullet{indent: width, newIndent: newIndent})
			if count == 0 {
				firstLine, firstCol, example = lineNo, textAt+1, r
			}
			count++
			out = appendSpaces(out, newIndent)
			out = append(out, "- "...)
			out = append(out, bytes.TrimLeft(text[size:], " \t")...)
			out = append(out, nl...)
			continue
		}
		switch {
		case len(text) == 0 || len(stack) == 0:
			out = appendLine(out, line, nl)
		case width == 0:
			stack = stack[:0]
			out = appendLine(out, line, nl)
		default:
			for len(stack) > 0 && stack[len(stack)-1].indent >= width {
				stack = stack[:len(stack)-1]
			}
			if len(stack) == 0 {
				out = appendLine(out, line, nl)
				continue
			}
			out = appendSpaces(out, stack[len(stack)-1].newIndent+2)
			out = append(out, text...)
			out = append(out, nl...)
		}
	}
	if count == 0 {
		return src, nil
	}
	plural := "bullet"
	if count > 1 {
		plural = "bullets"
	}
	d := diag.Warnf(diag.Pos{File: file, Line: firstLine, Col: firstCol},
		"turned %d typographic %s (%q) into markdown list items; start list items with \"- \" to silence this",
		count, plural, string(example))
	return out, &d
}

// indentation returns the width in columns of line's leading blanks (a
// tab advances to the next multiple of four, as in CommonMark) and the
// byte index of its first other character.
func indentation(line []byte) (width, at int) {
	for at < len(line) {
		switch line[at] {
		case ' ':
			width++
		case '\t':
			width += 4 - width%4
		default:
			return width, at
		}
		at++
	}
	return width, at
}

// fenceOf returns the opening run of backticks or tildes of a code fence.
func fenceOf(text []byte) []byte {
	n := 0
	for n < len(text) && text[n] == text[0] {
		n++
	}
	return text[:n]
}

// closesFence reports whether text closes a code block opened with fence:
// a run of the same character at least as long, then only blanks.
func closesFence(text, fence []byte) bool {
	run := fenceOf(text)
	return len(run) > 0 && len(run) >= len(fence) && run[0] == fence[0] &&
		len(bytes.TrimSpace(text[len(run):])) == 0
}

func appendLine(out, line, nl []byte) []byte {
	out = append(out, line...)
	return append(out, nl...)
}

func appendSpaces(out []byte, n int) []byte {
	for range n {
		out = append(out, ' ')
	}
	return out
}
