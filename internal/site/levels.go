package site

import (
	"cmp"
	"slices"
	"strings"
)

// levelRanks orders the levels a schedule's filters offer in the order a
// reader climbs them, not the alphabet's: introductory ones first, then
// intermediate, advanced and expert. A level not named here comes after
// them, by name; a level for everyone (see IsAllLevels) comes last, after
// the levels it stands for.
var levelRanks = map[string]int{
	"beginner": 1, "beginners": 1, "introductory": 1, "intro": 1, "introduction": 1, "novice": 1, "basic": 1, "entry": 1, "easy": 1,
	"intermediate": 2, "medium": 2,
	"advanced": 3, "hard": 3,
	"expert": 4, "experts": 4, "deep-dive": 4,
}

// allLevels are the slugs of a level that means "for everyone".
var allLevels = []string{"all", "all-levels", "any", "any-level", "everyone", "everybody", "all-audiences"}

// IsAllLevels reports whether a level term means every level ("All",
// "All levels", "Everyone"): filters for a level keep its talks.
func IsAllLevels(t *Term) bool {
	return t != nil && slices.Contains(allLevels, levelKey(t))
}

// levelKey is a level's slug, or its name lowercased with spaces as
// hyphens when it has none.
func levelKey(t *Term) string {
	if t.Slug != "" {
		return strings.ToLower(t.Slug)
	}
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(t.Name)), " ", "-")
}

func levelRank(t *Term) int {
	if IsAllLevels(t) {
		return 100
	}
	if r, ok := levelRanks[levelKey(t)]; ok {
		return r
	}
	return 50
}

// sortLevels puts levels in their natural order (see levelRanks), ties
// by name then slug.
func sortLevels(levels []*Term) {
	slices.SortStableFunc(levels, func(a, b *Term) int {
		return cmp.Compare(levelRank(a), levelRank(b))
	})
}
