package render

import (
	"slices"
	"testing"
)

// TestRowMemo fills the memo past a generation, so that a row is found
// in the older generation and copied while a new one begins, from the
// memory that new one reuses.
func TestRowMemo(t *testing.T) {
	var m rowMemo
	key := func(i int) rowKey { return rowKey{row: rowHash{uint64(i), 1}} }
	want := func(i int) []token { return []token{token(i), token(i + 1), matchFlag | token(i)} }
	const per = 3
	n := memoTokens / per // rows in a generation
	// Fill three generations: the first is dropped, the second old.
	for i := range 3 * n {
		m.put(key(i), want(i), uint64(i), uint64(2*i))
	}
	if _, _, _, ok := m.get(key(0)); ok {
		t.Error("a row of a dropped generation was found")
	}
	// Rows of the older generation, taken until the current one
	// fills and is followed by a new one, which reuses the older's
	// memory while copying from it.
	for i := n; i < 3*n; i += 7 {
		toks, s, tt, ok := m.get(key(i))
		if !ok {
			continue // dropped when the current generation filled
		}
		if !slices.Equal(toks, want(i)) || s != uint64(i) || tt != uint64(2*i) {
			t.Fatalf("row %d: got %v %d %d, want %v %d %d", i, toks, s, tt, want(i), i, 2*i)
		}
	}
	// The last rows put are still there, whatever came between.
	for i := 3*n - 10; i < 3*n; i++ {
		toks, _, _, ok := m.get(key(i))
		if !ok || !slices.Equal(toks, want(i)) {
			t.Fatalf("row %d: got %v %v, want %v", i, toks, ok, want(i))
		}
	}
}
