package exports

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// accents maps TeX's accent commands to the combining marks they put on
// the next letter: \"o is ö, \c{c} is ç.
var accents = map[string]rune{
	"`": '\u0300', "'": '\u0301', "^": '\u0302', "~": '\u0303', "=": '\u0304', "u": '\u0306',
	".": '\u0307', `"`: '\u0308', "r": '\u030A', "H": '\u030B', "v": '\u030C', "d": '\u0323',
	"c": '\u0327', "k": '\u0328', "b": '\u0331',
}

// symbols are the commands that stand for a character.
var symbols = map[string]string{
	"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
	"l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "S": "§", "P": "¶", "copyright": "©", "ldots": "…", "dots": "…",
	"textbackslash": `\`, "textasciicircum": "^", "textasciitilde": "~", "textendash": "–", "textemdash": "—",
	"textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
	"textregistered": "®", "texttrademark": "™", "euro": "€", "pounds": "£", "textunderscore": "_",
	"TeX": "TeX", "LaTeX": "LaTeX", "BibTeX": "BibTeX", "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", "\\": " ", ",": " ", "@": "", "-": "",
}

// texText turns a BibTeX value into plain text: accents and symbols become
// their Unicode characters, formatting commands (\emph{…}, \textbf{…})
// leave their text, braces go, "--" and "---" are dashes, "~" is a space,
// and runs of blanks are one space.
func texText(s string) string {
	var b strings.Builder
	texInto(&b, s, 0)
	return strings.Join(strings.Fields(norm.NFC.String(b.String())), " ")
}

// maxTexDepth bounds the nesting of commands in arguments followed.
const maxTexDepth = 32

func texInto(b *strings.Builder, s string, depth int) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i = texCommand(b, s, i+1, depth)
		case c == '{' || c == '}' || c == '$' || c == '\\':
			i++
		case c == '~':
			b.WriteByte(' ')
			i++
		case strings.HasPrefix(s[i:], "---"):
			b.WriteString("—")
			i += 3
		case strings.HasPrefix(s[i:], "--"):
			b.WriteString("–")
			i += 2
		case strings.HasPrefix(s[i:], "``"):
			b.WriteString("“")
			i += 2
		case strings.HasPrefix(s[i:], "''"):
			b.WriteString("”")
			i += 2
		default:
			b.WriteByte(c)
			i++
		}
	}
}

// texCommand writes the command starting at s[i] (just after its
// backslash) and returns the index after it.
func texCommand(b *strings.Builder, s string, i, depth int) int {
	name, j := commandName(s, i)
	if mark, ok := accents[name]; ok {
		arg, k := argument(s, j, isLetters(name))
		base := texPlain(arg, depth)
		if base == "ı" || base == "ȷ" { // \'{\i} is í
			base = map[string]string{"ı": "i", "ȷ": "j"}[base]
		}
		r, size := utf8.DecodeRuneInString(base)
		if size == 0 {
			return k
		}
		b.WriteRune(r)
		b.WriteRune(mark)
		b.WriteString(base[size:])
		return k
	}
	if sym, ok := symbols[name]; ok {
		if isLetters(name) {
			j = skipEmptyGroup(s, skipBlank(s, j))
		}
		b.WriteString(sym)
		return j
	}
	switch name {
	case "url":
		arg, k := argument(s, j, true)
		b.WriteString(texURL(arg))
		return k
	case "href":
		_, k := argument(s, j, true)
		arg, k := argument(s, k, true)
		b.WriteString(texPlain(arg, depth))
		return k
	}
	// Any other command (\emph, \textbf, \mbox…) is dropped; what follows
	// it, its argument, is text.
	if isLetters(name) {
		return skipBlank(s, j)
	}
	return j
}

// texPlain decodes an argument, stopping at a depth no real file reaches.
func texPlain(s string, depth int) string {
	if depth >= maxTexDepth {
		return ""
	}
	var b strings.Builder
	texInto(&b, s, depth+1)
	return b.String()
}

// commandName reads a command's name: a run of letters, or one other
// character.
func commandName(s string, i int) (string, int) {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	if j == i {
		_, size := utf8.DecodeRuneInString(s[i:])
		j = i + size
	}
	return s[i:j], j
}

// argument reads a command's argument at s[i]: a braced group, or else
// one character (a command such as \i counts as one); letter commands skip
// blanks before it.
func argument(s string, i int, letters bool) (string, int) {
	if letters {
		i = skipBlank(s, i)
	}
	if i >= len(s) {
		return "", i
	}
	if s[i] == '{' {
		depth := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '\\':
				j++
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 {
					return s[i+1 : j], j + 1
				}
			}
		}
		return s[i+1:], len(s)
	}
	if s[i] == '\\' && i+1 < len(s) {
		_, j := commandName(s, i+1)
		return s[i:j], j
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i : i+size], i + size
}

func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

func skipEmptyGroup(s string, i int) int {
	if strings.HasPrefix(s[i:], "{}") {
		return i + 2
	}
	return i
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isLetters(s string) bool { return s != "" && isLetter(s[0]) }

// texURL reads a URL as url fields and \url write it: verbatim, but for
// the escapes of \% \# \& \_ and \~ and surrounding braces and blanks.
func texURL(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "{}"))
	return urlUnescaper.Replace(s)
}

var urlUnescaper = strings.NewReplacer(`\%`, "%", `\#`, "#", `\&`, "&", `\_`, "_", `\~`, "~")
