package site

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSortFoldedAsLoweredComparison sorts names that tie in lower case,
// differ only in case, and hold letters whose lower case is longer,
// and compares with a stable sort whose comparison lowers both names.
func TestSortFoldedAsLoweredComparison(t *testing.T) {
	type named struct{ name, slug string }
	words := []string{"ada", "Ada", "ADA", "Émile", "émile", "İz", "iz", "Zoë", "zoe", "b", "B", "", "\xffx"}
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 50 {
		var xs []named
		for i := range rng.IntN(40) {
			xs = append(xs, named{words[rng.IntN(len(words))] + words[rng.IntN(len(words))], fmt.Sprint(rng.IntN(5), i%3)})
		}
		want := slices.Clone(xs)
		slices.SortStableFunc(want, func(a, b named) int {
			if c := strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)); c != 0 {
				return c
			}
			return strings.Compare(a.slug, b.slug)
		})
		sortFolded(xs, func(x named) string { return x.name }, func(a, b named) int { return strings.Compare(a.slug, b.slug) })
		if !slices.Equal(xs, want) {
			t.Fatalf("round %d:\n got %q\nwant %q", round, xs, want)
		}
	}
}
