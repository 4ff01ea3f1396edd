package sitegen

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// accents folds the accented letters of the vocabularies, so that file
// names and handles are ASCII.
var accents = strings.NewReplacer("á", "a", "é", "e", "ë", "e", "í", "i", "ó", "o", "ö", "o", "ü", "u", "ú", "u", "ñ", "n", "ç", "c", "ø", "o", "å", "a", "ä", "a", "ó", "o")

func fold(s string) string { return accents.Replace(s) }

// slugify makes a lowercase, hyphenated ASCII slug of s.
func slugify(s string) string {
	s = strings.ToLower(fold(s))
	b := make([]byte, 0, len(s))
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			b = append(b, c)
			dash = false
		} else if c != '\'' {
			dash = true
		}
	}
	return string(b)
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}

// sentence appends one sentence of 8 to 20 words.
func sentence(b []byte, r *rand.Rand) []byte {
	n := 8 + r.IntN(13)
	for k := range n {
		w := words[r.IntN(len(words))]
		if k == 0 {
			w = capitalize(w)
		} else {
			b = append(b, ' ')
		}
		b = append(b, w...)
		if k > 0 && k < n-1 && r.IntN(12) == 0 {
			b = append(b, ',')
		}
	}
	return append(b, '.')
}

// sentences returns n sentences as one paragraph of plain text.
func sentences(r *rand.Rand, n int) string {
	var b []byte
	for k := range n {
		if k > 0 {
			b = append(b, ' ')
		}
		b = sentence(b, r)
	}
	return string(b)
}

// paragraph appends a markdown paragraph with some inline markup.
func paragraph(b []byte, r *rand.Rand) []byte {
	for k := range 3 + r.IntN(4) {
		if k > 0 {
			b = append(b, ' ')
		}
		switch r.IntN(10) {
		case 0:
			b = append(b, "**"...)
			b = append(b, capitalize(words[r.IntN(40)])...)
			b = append(b, " matters.** "...)
		case 1:
			b = append(b, "We called it `"...)
			b = append(b, words[r.IntN(40)]...)
			b = append(b, "_"...)
			b = append(b, words[r.IntN(40)]...)
			b = append(b, "` for a while. "...)
		case 2:
			b = append(b, "See [the write-up]("...)
			b = link(b, r)
			b = append(b, ") for the *whole* story. "...)
		}
		b = sentence(b, r)
	}
	return append(b, "\n\n"...)
}

// link appends the URL of an external page; a small pool of addresses is
// shared between pages, as recommendations are on real sites.
func link(b []byte, r *rand.Rand) []byte {
	b = append(b, linkHosts[r.IntN(len(linkHosts))]...)
	return appendInt(b, r.IntN(500))
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// body returns a markdown body of about size bytes: paragraphs, lists, a
// heading or two, a quote, and with code a fenced code block.
func body(r *rand.Rand, size int, code bool) []byte {
	b := make([]byte, 0, size+1024)
	b = paragraph(b, r)
	headings := 0
	for len(b) < size {
		switch k := r.IntN(20); {
		case k < 11:
			b = paragraph(b, r)
		case k < 14:
			for range 3 + r.IntN(4) {
				b = append(b, "- "...)
				b = sentence(b, r)
				b = append(b, '\n')
			}
			b = append(b, '\n')
		case k < 16 && headings < 2:
			headings++
			b = append(b, "## "...)
			b = append(b, capitalize(words[r.IntN(40)])...)
			b = append(b, " and "...)
			b = append(b, words[r.IntN(40)]...)
			b = append(b, "s\n\n"...)
		case k < 17:
			b = append(b, "> "...)
			b = sentence(b, r)
			b = append(b, "\n\n"...)
		case k < 19 && code:
			code = false
			c := codeSamples[r.IntN(len(codeSamples))]
			b = append(b, "```"...)
			b = append(b, c.lang...)
			b = append(b, '\n')
			b = append(b, c.code...)
			b = append(b, "\n```\n\n"...)
		default:
			b = append(b, "1. "...)
			b = sentence(b, r)
			b = append(b, "\n2. "...)
			b = sentence(b, r)
			b = append(b, "\n\n"...)
		}
	}
	return b
}

// readingList appends a list of links with notes, as a note lists what a
// talk recommended.
func readingList(b []byte, r *rand.Rand) []byte {
	b = append(b, "They recommended some reading:\n\n"...)
	for range 3 + r.IntN(4) {
		b = append(b, "- ["...)
		b = append(b, capitalize(words[r.IntN(40)])...)
		b = append(b, " of the "...)
		b = append(b, words[r.IntN(40)]...)
		b = append(b, "]("...)
		b = link(b, r)
		b = append(b, ") — "...)
		b = append(b, words[40+r.IntN(10)]...)
		b = append(b, ' ')
		b = append(b, words[r.IntN(40)]...)
		b = append(b, " worth reading twice\n"...)
	}
	return append(b, '\n')
}
