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
// digits), with at least one break word.
func breakPhrase(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	found := false
	for _, w := range words {
		switch {
		case breakWords[w]:
			found = true
		case fillerWords[w] || strings.TrimFunc(w, unicode.IsDigit) == "":
		default:
			return false
		}
	}
	return found
}

// pageless reports whether p gets no page of its own: one whose
// permalink is false, or a break, unless its author asked for one with
// "page: true".
func pageless(p *Page) bool {
	return p.Doc.NoPage || IsBreak(p) && !truth(p.Doc.Params["page"])
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
