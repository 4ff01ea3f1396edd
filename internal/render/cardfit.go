package render

import (
	"strings"
	"unicode/utf8"
)

// fit breaks s into at most n lines no wider than width, at spaces where
// it can, and ends the last with an ellipsis when s does not fit. It
// returns at least one line.
func fit(c *cachedFace, s string, width, n int) []string {
	words := strings.Fields(s)
	var lines []string
	line := ""
	for i := 0; i < len(words); i++ {
		w := words[i]
		try := w
		if line != "" {
			try = line + " " + w
		}
		if c.width(try) <= width {
			line = try
			continue
		}
		if line == "" {
			// A word wider than the card is cut where it must be.
			cut := cutTo(c, w, width)
			lines = append(lines, cut)
			words[i] = w[len(cut):]
			i--
		} else {
			lines = append(lines, line)
			line = ""
			i--
		}
		if len(lines) == n {
			rest := strings.Join(words[i+1:], " ")
			lines[n-1] = ellipsis(c, lines[n-1]+" "+rest, width)
			return lines
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// cutTo returns the longest prefix of w, at least one rune, that fits.
func cutTo(c *cachedFace, w string, width int) string {
	end := 0
	for i := range w {
		if i > 0 && c.width(w[:i]) > width {
			break
		}
		end = i
	}
	if c.width(w) <= width {
		return w
	}
	if end == 0 {
		_, size := utf8.DecodeRuneInString(w)
		return w[:size]
	}
	return w[:end]
}

// ellipsis shortens s, at a space where it can, until s and "…" fit.
func ellipsis(c *cachedFace, s string, width int) string {
	s = strings.TrimSpace(s)
	if c.width(s) <= width {
		return s
	}
	for s != "" {
		_, size := utf8.DecodeLastRuneInString(s)
		s = strings.TrimRight(s[:len(s)-size], " ,;:")
		if c.width(s+"…") <= width {
			if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
				s = strings.TrimRight(s[:i], " ,;:")
			}
			return s + "…"
		}
	}
	return "…"
}
