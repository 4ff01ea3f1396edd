package render

import (
	"math/bits"
	"slices"
)

// This file writes a DEFLATE stream (RFC 1951) from tokens a caller has
// already chosen: one block with Huffman codes made for its tokens. The
// card's PNG encoder (cardpng.go) finds its matches itself, from what it
// knows of a card's rows, and needs no more of a compressor than this.

// token is a literal byte, or a match of length 3–258 at distance
// 1–32768 back: the top bit set, length-3 in bits 16–23, distance-1 in
// bits 0–14.
type token uint32

const matchFlag = 1 << 31

// Limits of the format.
const (
	maxMatch    = 258
	minMatch    = 3
	maxDistance = 32768
	endOfBlock  = 256
)

// lengthBase and lengthExtra are the first length of each length code
// 257–285 and its count of extra bits; distBase and distExtra the same
// for distance codes 0–29.
var (
	lengthBase  = [29]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]int{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// lengthCode[l-3] and distCode[d-1] are the codes of a length and a
// distance, looked up rather than searched for every token.
var lengthCode, distCode = func() (l [maxMatch - minMatch + 1]uint8, d [maxDistance]uint8) {
	for c := range lengthBase {
		for n := lengthBase[c]; n < lengthBase[c]+1<<lengthExtra[c] && n <= maxMatch; n++ {
			l[n-minMatch] = uint8(c)
		}
	}
	l[maxMatch-minMatch] = 28 // 258 has a code of its own, not 284 with all extra bits set
	for c := range distBase {
		for n := distBase[c]; n < distBase[c]+1<<distExtra[c] && n <= maxDistance; n++ {
			d[n-1] = uint8(c)
		}
	}
	return l, d
}()

// bitWriter packs codes least significant bit first, as DEFLATE wants.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

// write appends the low n bits of v, n ≤ 32.
func (w *bitWriter) write(v uint32, n uint) {
	w.acc |= uint64(v) << w.nacc
	w.nacc += n
	if w.nacc >= 32 {
		w.out = append(w.out, byte(w.acc), byte(w.acc>>8), byte(w.acc>>16), byte(w.acc>>24))
		w.acc >>= 32
		w.nacc -= 32
	}
}

// flush writes the bits left, padding the last byte with zeros.
func (w *bitWriter) flush() {
	for w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nacc = uint(max(0, int(w.nacc)-8))
	}
	w.acc, w.nacc = 0, 0
}

// huffman is a canonical Huffman code: each symbol's length and its
// code, bit-reversed to be written least significant bit first.
type huffman struct {
	lens  []uint8
	codes []uint16
	// Working memory of build, kept from one code to the next: a card
	// makes three codes, and allocating these each time was a third of
	// making them.
	f     []int
	nodes []huffNode
	depth []int
}

// huffNode is a node of a Huffman tree being built: a leaf of symbol
// -1-left when left (and right) < 0.
type huffNode struct{ freq, left, right int }

// build makes a code for freq whose longest code is at most maxBits.
// It always codes at least two symbols, so that the code is complete,
// which every inflater accepts.
func (h *huffman) build(freq []int, maxBits int) {
	n := len(freq)
	h.lens = slices.Grow(h.lens[:0], n)[:n]
	h.codes = slices.Grow(h.codes[:0], n)[:n]
	h.f = append(h.f[:0], freq...)
	f := h.f
	used := 0
	for _, v := range f {
		if v > 0 {
			used++
		}
	}
	for i := 0; used < 2; i++ {
		if f[i] == 0 {
			f[i] = 1
			used++
		}
	}
	for !h.codeLengths(f, maxBits) {
		// Flatter frequencies make a shallower tree; halving keeps
		// the order of the symbols, so the code stays nearly as good.
		for i := range f {
			if f[i] > 0 {
				f[i] = max(1, f[i]/2)
			}
		}
	}
	var count [16]uint16
	for _, l := range h.lens {
		count[l]++
	}
	count[0] = 0
	var next [16]uint16
	code := uint16(0)
	for b := 1; b < 16; b++ {
		code = (code + count[b-1]) << 1
		next[b] = code
	}
	for s, l := range h.lens {
		if l > 0 {
			h.codes[s] = bits.Reverse16(next[l]) >> (16 - l)
			next[l]++
		}
	}
}

// codeLengths sets h.lens to the Huffman code lengths of f (0 for unused
// symbols) and reports whether none is longer than maxBits.
func (h *huffman) codeLengths(f []int, maxBits int) bool {
	lens := h.lens
	nodes := slices.Grow(h.nodes[:0], 2*len(f))
	for s, v := range f {
		lens[s] = 0
		if v > 0 {
			nodes = append(nodes, huffNode{v, -1 - s, -1 - s})
		}
	}
	leaves := len(nodes)
	// By frequency, then symbol: the order of a stable sort, which is
	// several times slower here.
	slices.SortFunc(nodes, func(a, b huffNode) int {
		if a.freq != b.freq {
			return a.freq - b.freq
		}
		return b.left - a.left // left is -1-symbol
	})
	// Two queues, leaves in order and merged nodes in the order they
	// were made (which is also ascending), give the tree in one pass.
	li, mi := 0, leaves
	take := func() int {
		if mi < len(nodes) && (li >= leaves || nodes[mi].freq < nodes[li].freq) {
			mi++
			return mi - 1
		}
		li++
		return li - 1
	}
	for len(nodes)-leaves < leaves-1 {
		a, b := take(), take()
		nodes = append(nodes, huffNode{nodes[a].freq + nodes[b].freq, a, b})
	}
	h.depth = slices.Grow(h.depth[:0], len(nodes))[:len(nodes)]
	depth := h.depth
	clear(depth)
	ok := true
	for i := len(nodes) - 1; i >= leaves; i-- {
		for _, c := range []int{nodes[i].left, nodes[i].right} {
			depth[c] = depth[i] + 1
		}
	}
	for i := range leaves {
		s := -1 - nodes[i].left
		lens[s] = uint8(min(depth[i], 255))
		if depth[i] > maxBits {
			ok = false
		}
	}
	h.nodes = nodes[:0]
	return ok
}

// clOrder is the order code length code lengths are written in.
var clOrder = [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// deflater writes one dynamic-Huffman DEFLATE block: the caller adds
// its tokens (lit, match), which are counted as they come, then finish
// makes the codes and writes the block. Its buffers are kept between
// streams.
type deflater struct {
	toks           []token
	litFreq        [286]int
	distFreq       [30]int
	lit, dist, clc huffman
	clFreq         [19]int
	lens, clSyms   []uint8
	clExtra        []uint8
	w              bitWriter
}

// reset starts a new stream.
func (d *deflater) reset() {
	d.toks = d.toks[:0]
	clear(d.litFreq[:])
	clear(d.distFreq[:])
}

// literal adds the byte b.
func (d *deflater) literal(b byte) {
	d.toks = append(d.toks, token(b))
	d.litFreq[b]++
}

// match adds a copy of length bytes from dist back.
func (d *deflater) match(length, dist int) {
	d.toks = append(d.toks, matchFlag|token(length-minMatch)<<16|token(dist-1))
	d.litFreq[257+int(lengthCode[length-minMatch])]++
	d.distFreq[distCode[dist-1]]++
}

// repeat adds the tokens toks again, as coded before.
func (d *deflater) repeat(toks []token) {
	d.toks = append(d.toks, toks...)
	for _, t := range toks {
		if t&matchFlag == 0 {
			d.litFreq[t]++
			continue
		}
		d.litFreq[257+int(lengthCode[t>>16&0xff])]++
		d.distFreq[distCode[t&0x7fff]]++
	}
}

// finish appends to out the DEFLATE stream of the tokens added since
// reset, as one final block.
func (d *deflater) finish(out []byte) []byte {
	d.litFreq[endOfBlock] = 1
	d.lit.build(d.litFreq[:], 15)
	d.dist.build(d.distFreq[:], 15)

	nlit := 286
	for nlit > 257 && d.lit.lens[nlit-1] == 0 {
		nlit--
	}
	ndist := 30
	for ndist > 1 && d.dist.lens[ndist-1] == 0 {
		ndist--
	}
	d.lens = append(append(d.lens[:0], d.lit.lens[:nlit]...), d.dist.lens[:ndist]...)
	d.runLengths()
	d.clc.build(d.clFreq[:], 7)
	ncl := 19
	for ncl > 4 && d.clc.lens[clOrder[ncl-1]] == 0 {
		ncl--
	}

	w := &d.w
	w.out = out
	w.write(1, 1) // the final block
	w.write(2, 2) // with dynamic Huffman codes
	w.write(uint32(nlit-257), 5)
	w.write(uint32(ndist-1), 5)
	w.write(uint32(ncl-4), 4)
	for _, s := range clOrder[:ncl] {
		w.write(uint32(d.clc.lens[s]), 3)
	}
	for i, s := range d.clSyms {
		w.write(uint32(d.clc.codes[s]), uint(d.clc.lens[s]))
		switch s {
		case 16:
			w.write(uint32(d.clExtra[i]), 2)
		case 17:
			w.write(uint32(d.clExtra[i]), 3)
		case 18:
			w.write(uint32(d.clExtra[i]), 7)
		}
	}
	d.writeTokens()
	w.write(uint32(d.lit.codes[endOfBlock]), uint(d.lit.lens[endOfBlock]))
	w.flush()
	out, w.out = w.out, nil
	return out
}

// writeTokens writes the tokens with the codes made for them. The bits
// are gathered in locals, not in d.w, so that they stay in registers:
// this loop is most of the time of writing a card.
func (d *deflater) writeTokens() {
	var litBits [286]uint32 // a code and its length, the length in the top byte
	for s, l := range d.lit.lens {
		litBits[s] = uint32(d.lit.codes[s]) | uint32(l)<<24
	}
	// lenBits[l-3] is the code of match length l with its extra bits
	// after it, as litBits: made once here rather than for every match.
	var lenBits [maxMatch - minMatch + 1]uint32
	for l := minMatch; l <= maxMatch; l++ {
		lc := lengthCode[l-minMatch]
		b := litBits[257+int(lc)]
		ln := b >> 24
		lenBits[l-minMatch] = b&0xffffff | uint32(l-lengthBase[lc])<<ln | (ln+uint32(lengthExtra[lc]))<<24
	}
	out, acc, nacc := d.w.out, d.w.acc, d.w.nacc
	put := func(v uint32, n uint) {
		acc |= uint64(v) << nacc
		nacc += n
		if nacc >= 32 {
			out = append(out, byte(acc), byte(acc>>8), byte(acc>>16), byte(acc>>24))
			acc >>= 32
			nacc -= 32
		}
	}
	for _, t := range d.toks {
		if t&matchFlag == 0 {
			b := litBits[t]
			put(b&0xffffff, uint(b>>24))
			continue
		}
		// A code and its extra bits are written together: at most
		// 15+5 bits for a length, 15+13 for a distance.
		b := lenBits[t>>16&0xff]
		put(b&0xffffff, uint(b>>24))
		dist := int(t&0x7fff) + 1
		dc := distCode[dist-1]
		dn := uint(d.dist.lens[dc])
		put(uint32(d.dist.codes[dc])|uint32(dist-distBase[dc])<<dn, dn+uint(distExtra[dc]))
	}
	d.w.out, d.w.acc, d.w.nacc = out, acc, nacc
}

// runLengths codes d.lens with the code length alphabet: 16 repeats the
// last length 3–6 times, 17 and 18 write 3–10 and 11–138 zeros.
func (d *deflater) runLengths() {
	clear(d.clFreq[:])
	d.clSyms, d.clExtra = d.clSyms[:0], d.clExtra[:0]
	emit := func(s, extra uint8) {
		d.clSyms = append(d.clSyms, s)
		d.clExtra = append(d.clExtra, extra)
		d.clFreq[s]++
	}
	for i := 0; i < len(d.lens); {
		v := d.lens[i]
		n := 1
		for i+n < len(d.lens) && d.lens[i+n] == v {
			n++
		}
		i += n
		if v == 0 {
			for n >= 11 {
				k := min(n, 138)
				emit(18, uint8(k-11))
				n -= k
			}
			if n >= 3 {
				emit(17, uint8(n-3))
				n = 0
			}
		} else {
			emit(v, 0)
			n--
			for n >= 3 {
				k := min(n, 6)
				emit(16, uint8(k-3))
				n -= k
			}
		}
		for ; n > 0; n-- {
			emit(v, 0)
		}
	}
}
