package site

import (
	"strings"
	"unicode"

	"lectern/internal/content"
)

// breakWords are the words of a programme entry that is not a session:
// a break, a meal, the doors opening, the social evening.
var breakWords = map[string]bool{
	"break": true, "breaks": true, "coffee": true, "tea": true, "lunch": true,
	"breakfast": true, "dinner": true, "snack": true, "snacks": true,
	"registration": true, "doors": true, "social": true, "networking": true,
	"reception": true, "meal": true, "catering": true, "pause": true,
}

// fillerWords may stand beside break words in a title ("Doors open",
// "Coffee break (day 1)", "Registration and breakfast") without making it
// a session's title.
var fillerWords = map[string]bool{
	"and": true, "open": true, "opens": true, "day": true, "morning": true,
	"afternoon": true, "evening": true, "event": true, "time": true, "with": true,
	// Numbers written in words count as digits do ("Break one").
	"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

// IsBreak reports whether a talk is a break in the programme (coffee,
// lunch, registration, doors, the social evening) rather than a session
// someone gives. It is the one rule every stage asks:
//
//   - a talk with a format is a break when every word of the format is a
//     break word or a filler ("Break", "Coffee break", "Lunch",
//     "Registration", "Social"); any other format ("Talk", "Keynote") is
//     a session whatever its title says;
//   - a talk without a format is a break when it has no speakers and its
//     title is made of break words and fillers only, with at least one
//     break word ("Lunch", "Doors open", "Coffee break (day 2)").
func IsBreak(p *Page) bool {
	if p.Doc.Kind != content.KindTalk {
		return false
	}
	if p.Doc.Format != "" {
		return breakPhrase(p.Doc.Format)
	}
	return len(p.Doc.Speakers) == 0 && breakPhrase(p.Doc.Title)
}

// breakPhrase reports whether s is made of break words and fillers (and
// digits), with at least one break word. Words are runs of letters and
// digits, compared in lower case. Every build asks it of every talk a few
// times (its page, its schedule's rooms and sessions), and most titles
// fail at their first word: it looks at one word at a time and lowers
// it into a small buffer, making no string.
func breakPhrase(s string) bool {
	found := false
	var buf [32]byte
	for {
		i := strings.IndexFunc(s, isWordRune)
		if i < 0 {
			return found
		}
		s = s[i:]
		end := strings.IndexFunc(s, notWordRune)
		if end < 0 {
			end = len(s)
		}
		word := s[:end]
		s = s[end:]
		lower := lowerASCII(buf[:0], word)
		if lower == nil {
			lower = []byte(strings.ToLower(word))
		}
		switch {
		case breakWords[string(lower)]:
			found = true
		case fillerWords[string(lower)] || strings.TrimFunc(word, unicode.IsDigit) == "":
		default:
			return false
		}
	}
}

func isWordRune(r rune) bool  { return unicode.IsLetter(r) || unicode.IsDigit(r) }
func notWordRune(r rune) bool { return !isWordRune(r) }

// lowerASCII appends the lower case of word, written in ASCII, to buf;
// nil when word is not ASCII.
func lowerASCII(buf []byte, word string) []byte {
	for i := range len(word) {
		c := word[i]
		switch {
		case c >= 0x80:
			return nil
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// pageless reports whether p gets no page of its own: one whose
// permalink is false, or a break, unless its author asked for one with
// "page: true".
func pageless(p *Page) bool {
	return p.Doc.NoPage || IsBreak(p) && !truth(p.Doc.Params["page"])
}

// Listed reports whether lists of pages (the talks index, its count)
// show p: a page of its own, or an entry without one that is read at an
// address outside the site (content.Document.External), which lists link
// to. A break without a page only shows on the schedule. Hidden pages are
// the caller's to leave out.
func (p *Page) Listed() bool {
	return !p.Pageless || p.Doc.Extras().External != ""
}

// truth reports whether a front matter value says yes: true, or the text
// "true" or "yes" in any case.
func truth(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case string:
		s := strings.ToLower(strings.TrimSpace(v))
		return s == "true" || s == "yes"
	}
	return false
}
