package content

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"lectern/internal/diag"
)

// Slugify returns s as a URL part: lower case, words joined by single
// hyphens, no hyphen at either end. Latin letters lose their accents
// ("José Müller" → "jose-muller", "Développement" → "developpement"), and
// letters that do not decompose are spelled out (ß → ss, æ → ae, ø → o,
// ł → l, đ → d); letters of other scripts are kept ("日本語"). Apostrophes
// inside words are dropped ("Amazon's" → "amazons"); every other run of
// spaces, punctuation and symbols becomes one hyphen. Names that differ only
// in case, spacing or accents therefore share a slug. A slug is at most
// maxSlug bytes long (see clipSlug).
func Slugify(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false // a separator waits to be written before the next word
	prevLatin := false
	ascii := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'':
				continue
			default:
				pending = b.Len() > 0
				prevLatin = false
				continue
			}
			writeSep(&b, &pending)
			b.WriteByte(c)
			prevLatin = true
		case r == '’' || r == 'ʼ':
			continue
		case unicode.Is(unicode.Mn, r):
			// A combining accent after a Latin letter is dropped; in
			// other scripts marks are part of the letter (Devanagari
			// vowel signs, the dakuten of Japanese kana).
			if !prevLatin && !pending && b.Len() > 0 {
				b.WriteRune(r)
				ascii = false
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			r = unicode.ToLower(r)
			writeSep(&b, &pending)
			if folded, ok := foldLatin(r); ok {
				b.WriteString(folded)
				prevLatin = true
				continue
			}
			b.WriteRune(r)
			ascii = false
			prevLatin = false
		default:
			pending = b.Len() > 0
			prevLatin = false
		}
	}
	out := b.String()
	if !ascii {
		out = norm.NFC.String(out)
	}
	return clipSlug(out)
}

// maxSlug is the most bytes of a slug. A slug is a file or folder name
// of the output, which file systems hold to 255 bytes; a tag written as
// a sentence, or 90 letters of a script written in three bytes each,
// would make an output that cannot be written, and fail the build.
const maxSlug = 120

// clipSlug cuts a slug longer than maxSlug at its last hyphen within the
// limit, or at a letter's boundary when no hyphen is in its second half.
// Two names alike in their first 120 bytes share a slug, as names that
// differ only in case do: the model tells them apart as it does those.
func clipSlug(s string) string {
	if len(s) <= maxSlug {
		return s
	}
	cut := maxSlug
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if h := strings.LastIndexByte(s[:cut+1], '-'); h > maxSlug/2 {
		cut = h
	}
	return strings.TrimRight(s[:cut], "-")
}

func writeSep(b *strings.Builder, pending *bool) {
	if *pending {
		b.WriteByte('-')
		*pending = false
	}
}

// spelled are Latin letters that Unicode does not decompose into a base
// letter and an accent.
var spelled = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d",
	'ð': "d", 'þ': "th", 'ħ': "h", 'ı': "i", 'ŀ': "l", 'ŋ': "n", 'ſ': "s",
	'ĸ': "k", 'ŧ': "t", 'ƒ': "f",
}

// foldLatin returns the ASCII spelling of a lower-case Latin letter with
// accents, or false when r is not one.
func foldLatin(r rune) (string, bool) {
	if s, ok := spelled[r]; ok {
		return s, true
	}
	if !unicode.Is(unicode.Latin, r) {
		return "", false
	}
	var out []byte
	for _, d := range norm.NFD.String(string(r)) {
		if d < utf8.RuneSelf {
			out = append(out, byte(d))
		} else if !unicode.Is(unicode.Mn, d) {
			return "", false
		}
	}
	if len(out) == 0 {
		return "", false
	}
	return string(out), true
}

// defaultSlug is the slug of a page that sets none: its file name without
// extension and date prefix, made a slug; for index.md and _index.md, the
// name of their folder.
func defaultSlug(path string) string {
	return Slugify(defaultSlugSource(path))
}

// FileSlug is the slug a file at path gives a page that sets none: its
// file name without extension and date prefix, made a slug; for
// index.md and _index.md, the name of their folder. A talk naming a
// person's page by its path names it by this slug.
func FileSlug(path string) string { return defaultSlug(path) }

// maxFallbackSlug is the longest slug, in bytes, made from a title when
// the file name gives none: long enough to read, far below what file
// systems allow in one name.
const maxFallbackSlug = 80

// fallbackSlug gives a page whose file name (and slug field) has no
// letters or digits a slug of its own, with a warning: lectern chose the
// name, so it decides rather than fail. The slug is made from the title,
// else from a hash of the file's path, so it stays the same from one
// build to the next.
func fallbackSlug(doc *Document) {
	if doc.Slug != "" {
		return
	}
	s, from := truncateSlug(Slugify(doc.Title), maxFallbackSlug), "its title"
	if s == "" {
		s, from = HashSlug("page", doc.Path), "a hash of its path"
	}
	doc.Slug = s
	doc.Diags.Warnf(diag.Pos{File: doc.File, Line: 1, Col: 1}, "the file name %q has no letters or digits to make a URL of; using the slug %q, made from %s: rename the file or set \"slug:\" to choose another", baseName(doc.Path), s, from)
}

// HashSlug returns prefix, a hyphen and eight hexadecimal digits of the
// SHA-256 of s: a slug for something whose name has no letters or digits,
// the same for the same s in every build.
func HashSlug(prefix, s string) string {
	h := sha256.Sum256([]byte(s))
	return prefix + "-" + hex.EncodeToString(h[:4])
}

// truncateSlug cuts the slug s to at most n bytes, at a hyphen when
// there is one, never inside a UTF-8 sequence.
func truncateSlug(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	s = s[:cut]
	if i := strings.LastIndexByte(s, '-'); i > n/2 {
		s = s[:i]
	}
	return strings.TrimRight(s, "-")
}

// TermSlug is the slug of a tag, track, format or level named name: its
// Slugify, the symbols that make a language's name spelled out where
// they follow a letter or digit ("C#" is c-sharp, "C++" c-plus-plus,
// "F#" f-sharp), so that C, C# and C++ are three terms, not one.
func TermSlug(name string) string {
	if !strings.ContainsAny(name, "#+") {
		return Slugify(name)
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range name {
		spelled := ""
		switch {
		case r == '#' && (unicode.IsLetter(prev) || unicode.IsDigit(prev)):
			spelled = " sharp "
		case r == '+' && (unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '+'):
			spelled = " plus "
		}
		if spelled != "" {
			b.WriteString(spelled)
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return Slugify(b.String())
}
