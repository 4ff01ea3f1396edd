package content

import (
	"strings"
	"unicode"
)

// breakWords name a pause in a programme, or a room open for attendees
// meanwhile; breakFillers may stand beside
// them ("Continental breakfast", "Coffee & registration", "Doors open").
var (
	breakWords = map[string]bool{
		"break": true, "lunch": true, "breakfast": true, "brunch": true, "dinner": true,
		"coffee": true, "tea": true, "registration": true, "doors": true, "check-in": true,
		"snacks": true, "refreshments": true, "changeover": true,
		// A room open all day for attendees' needs is an entry of the
		// programme too, not a talk: "Quiet room", "Lactation room".
		"room": true,
	}
	breakFillers = map[string]bool{
		"morning": true, "afternoon": true, "early": true, "late": true, "continental": true,
		"light": true, "and": true, "the": true, "open": true, "opens": true, "badge": true,
		"pickup": true, "pick-up": true, "short": true,
		"quiet": true, "lactation": true, "nursing": true, "prayer": true, "green": true,
		"speaker": true, "speakers": true, "wellness": true, "family": true,
		// A programme numbers its breaks in words as in digits
		// ("Break one", "Coffee break two"), which split words away.
		"one": true, "two": true, "three": true, "four": true, "five": true,
		"six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	}
)

// isBreakName reports whether s, a schedule item's title or format, names
// a pause rather than a talk: only words of breakWords and breakFillers,
// at least one of breakWords ("Break", "Early lunch", "Morning tea",
// "Registration & breakfast"). Programme items of that name without a
// speaker are breaks whatever their category says, as conference sites
// file them with the talks (docs/corpora.md).
func isBreakName(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	found := false
	for _, w := range words {
		switch {
		case breakWords[w]:
			found = true
		case !breakFillers[w]:
			return false
		}
	}
	return found
}
