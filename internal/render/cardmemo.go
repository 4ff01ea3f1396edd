package render

import (
	"hash/maphash"
)

// rowMemo remembers the tokens and checksum sums of rows an encoder
// coded, keyed by the row's pixels and the pixels of the row above
// (the only bytes a row's tokens read: see rowTokens). Cards of one
// site repeat whole lines of text at the same height, a kicker such as
// "TALK", a room, a time slot shared by parallel talks, a speaker of
// several talks, and each such row is then coded once rather than on
// every card. Rows are keyed by 128 bits of hash (two seeds), so that
// two different rows are not taken for one in any site's lifetime.
//
// It holds two generations of at most memoTokens tokens each: when the
// current one is full, the older is dropped, and a row found in the
// older is copied into the current one. A row that comes back within a
// few dozen cards stays; what is drawn once (most titles) goes.
type rowMemo struct {
	cur, old memoGen
}

// memoSeeds seed the rows' hashes: one pair for the process, so that a
// site's base (cardBase), shared by every encoder, is hashed once.
var memoSeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

// memoTokens bounds a generation: 4 bytes a token, so a face set's memo
// holds at most 2 MB of tokens.
const memoTokens = 1 << 18

// rowHash is a row's 128-bit hash.
type rowHash [2]uint64

// rowKey is a row's hash and the hash of the row above it (zero for
// the first row).
type rowKey struct{ above, row rowHash }

// memoRow is what a row was coded as: toks[start:end] of its
// generation's tokens and its Adler-32 sums.
type memoRow struct {
	start, end int
	s, t       uint64
}

// memoGen is one generation of the memo.
type memoGen struct {
	rows map[rowKey]memoRow
	toks []token
}

// hashRow returns row's hash.
func hashRow(row []byte) rowHash {
	return rowHash{maphash.Bytes(memoSeeds[0], row), maphash.Bytes(memoSeeds[1], row)}
}

// get returns the tokens and sums of the row keyed k, and whether it
// was found. The tokens are valid until the next put.
func (m *rowMemo) get(k rowKey) (toks []token, s, t uint64, ok bool) {
	if r, ok := m.cur.rows[k]; ok {
		return m.cur.toks[r.start:r.end], r.s, r.t, true
	}
	r, ok := m.old.rows[k]
	if !ok {
		return nil, 0, 0, false
	}
	m.put(k, m.old.toks[r.start:r.end], r.s, r.t)
	r = m.cur.rows[k]
	return m.cur.toks[r.start:r.end], r.s, r.t, true
}

// put remembers the row keyed k as coded by toks with sums s and t.
// The older generation's memory is reused for a new one. toks may be
// the older generation's own (see get): then they are copied to the
// start of the same memory, from a place at or after it, which append
// (like copy) does correctly.
func (m *rowMemo) put(k rowKey, toks []token, s, t uint64) {
	if len(toks) > memoTokens {
		return
	}
	if m.cur.rows == nil || len(m.cur.toks)+len(toks) > memoTokens {
		rows, arena := m.old.rows, m.old.toks[:0]
		if rows == nil {
			rows, arena = map[rowKey]memoRow{}, make([]token, 0, memoTokens)
		}
		clear(rows)
		m.old, m.cur = m.cur, memoGen{rows: rows, toks: arena}
	}
	start := len(m.cur.toks)
	m.cur.toks = append(m.cur.toks, toks...)
	m.cur.rows[k] = memoRow{start: start, end: len(m.cur.toks), s: s, t: t}
}
