package content

import "testing"

// TestTierRank: the known tiers first in their order, whatever word
// follows them ("Diamond Sponsors"), then others, then the tiers that
// thank, then none.
func TestTierRank(t *testing.T) {
	order := []string{"Diamond Sponsors", "platinum", "Gold partners", "Silver tier", "bronze", "Media", "Community", "Supporters", ""}
	for i := 1; i < len(order); i++ {
		if TierRank(order[i-1]) >= TierRank(order[i]) {
			t.Errorf("%q (%d) does not rank before %q (%d)", order[i-1], TierRank(order[i-1]), order[i], TierRank(order[i]))
		}
	}
	if TierRank("Diamond Sponsors") != TierRank("diamond") {
		t.Error("a tier named with the word Sponsors ranks apart from its name")
	}
}
