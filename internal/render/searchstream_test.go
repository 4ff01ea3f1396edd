package render

import (
	"bytes"
	"runtime"
	"testing"
	"weak"

	"lectern/themes"
)

// TestBuildSearchIndexHoldsNoEntry checks that a build writes each entry
// of the search index as it is made: when an entry is encoded, those
// before it are garbage. The preview's index keeps every entry for the
// next build; a build's kept them all until the last was made, about
// twice the index at once. The index is byte for byte the reference's.
func TestBuildSearchIndexHoldsNoEntry(t *testing.T) {
	s := fixture()
	r := mustNew(t, themes.Default())
	var earlier []weak.Pointer[searchEntry]
	most := 0
	searchEncoded = func(e *searchEntry) {
		runtime.GC()
		held := 0
		for _, w := range earlier {
			if w.Value() != nil {
				held++
			}
		}
		most = max(most, held)
		earlier = append(earlier, weak.Make(e))
	}
	defer func() { searchEncoded = nil }()
	got := searchJSON(t, r, s)
	if len(earlier) < 3 {
		t.Fatalf("%d entries encoded: the test shows nothing", len(earlier))
	}
	if most > 1 {
		t.Errorf("%d of the entries encoded before one were still held when it was made, want at most 1", most)
	}
	if want := referenceIndex(s); !bytes.Equal(got, want) {
		t.Errorf("the build's index\n%s\nwant\n%s", got, want)
	}
}
