package render

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestKeySetAnswersAsAMap adds keys of every kind, few and many of one
// kind, and asks the set about keys in it and out of it, against a map.
func TestKeySetAnswersAsAMap(t *testing.T) {
	kinds := []func(string) Key{filePageKey, fileEntryKey, PersonKey, EventKey, ReadingKey,
		func(n string) Key { return TermKey("tags", n) }, func(n string) Key { return placeKey(n) }}
	named := []Key{ChromeKey, SiteKey, UpdatedKey}
	for _, size := range []int{0, 1, fewNames, fewNames + 1, 50} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(size), 7))
			var set KeySet
			want := map[Key]bool{}
			var asked []Key
			for i := range size {
				// Names of one length, so that the set has to compare
				// them, not only their lengths.
				k := kinds[rng.IntN(2)](fmt.Sprintf("content/talks/%03d.md", i))
				if i%5 == 4 {
					k = kinds[rng.IntN(len(kinds))](fmt.Sprintf("n%d", i))
				}
				if i == 3 {
					k = named[rng.IntN(len(named))]
				}
				set.Add(k)
				set.Add(k) // twice is once
				want[k] = true
				asked = append(asked, k)
			}
			for i := range 2 * size {
				for _, make := range kinds {
					asked = append(asked, make(fmt.Sprintf("content/talks/%03d.md", i)))
				}
			}
			asked = append(asked, named...)
			if set.Len() != len(want) {
				t.Errorf("Len = %d, want %d", set.Len(), len(want))
			}
			for _, k := range asked {
				if got := set.Has(k); got != want[k] {
					t.Errorf("Has(%s) = %v, want %v", k, got, want[k])
				}
				if got := set.HasAny([]Key{ChromeKey, k}); got != (want[k] || want[ChromeKey]) {
					t.Errorf("HasAny(chrome, %s) = %v", k, got)
				}
			}
			if set.HasAny(nil) {
				t.Error("HasAny(nil) = true")
			}
		})
	}
}

// filePageKey and fileEntryKey are PageKey and EntryKey of the page that
// is the whole of file (Doc.Line 0), for tests that name pages by file.
func filePageKey(file string) Key  { return Key{pageKind, file} }
func fileEntryKey(file string) Key { return Key{entryKind, file} }
