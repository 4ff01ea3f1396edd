package site

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// TestBreakPhraseAsWhenLowered compares breakPhrase with the rule as it
// reads, the whole title lowered and split into words, on titles made of
// break words, fillers, digits, other words, punctuation, upper case and
// letters that change length when lowered.
func TestBreakPhraseAsWhenLowered(t *testing.T) {
	want := func(s string) bool {
		found := false
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
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
	parts := []string{"Coffee", "break", "LUNCH", "Doors", "open", "and", "day", "2", "١٢", "talk", "Go",
		" ", " ", "-", "(", ")", "·", "İ", "ß", "Ünïcode", "\xff", "Registration", "x", "BreakFast", "TEA"}
	cases := []string{"", "Lunch", "Doors open", "Coffee break (day 2)", "Keynote", "lunch talk", "  ", "2", "İlunch", "break\xffx"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		if got := breakPhrase(c); got != want(c) {
			t.Errorf("breakPhrase(%q) = %v, want %v", c, got, want(c))
		}
	}
}
