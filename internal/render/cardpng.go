package render

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image/color"
	"math/bits"
	"slices"
)

// cardEncoder writes a card's canvas as a PNG. image/png compresses
// every card's 750 KB of pixels with a general-purpose deflate, which
// was most of a cold build's time; a card is simpler than that. Most of
// its rows repeat the row above (the margins, the gaps between lines,
// the straight parts of letters) and the rest are runs of one colour
// with short anti-aliased edges, so the encoder looks for two matches
// only, the row above and the run of the byte before, which it can
// measure eight bytes at a time. And most rows are the site's base
// (background, bars, title: see cardBase), untouched by the card's own
// text: those are coded once per site and their codes copied. Files
// come out about as small as with image/png at BestSpeed (see
// TestCardSize) in a fraction of the time. The pixels are exactly the
// canvas's: TestCardEncoderRoundTrip decodes with image/png and
// compares.
type cardEncoder struct {
	z    deflater
	rows cardRows // what the last encode made of each row
	out  []byte
}

// cardRows is what the encoder made of each row of an image: its tokens,
// which never reach into the next row, and its Adler-32 sums (see
// rowSums).
type cardRows struct {
	start []int // row y's tokens are the deflater's tokens start[y]:start[y+1]
	s, t  []uint64
}

// encode returns the PNG of the w×h image raw in palette pal: 8 bits a
// pixel, rows of w+1 bytes each led by its filter byte, 0 (see
// newCardCanvas). When base is not nil, raw was base's image, coded
// into base, and then drawn on in the rows touched reports; a row left
// as it was, below a row left as it was, is coded as it was then. The
// result is valid until the next call.
func (e *cardEncoder) encode(raw []byte, w, h int, pal color.Palette, base *cardBaseImage, touched []bool) []byte {
	stride := w + 1
	raw = raw[:stride*h]
	e.z.reset()
	r := &e.rows
	r.start = slices.Grow(r.start[:0], h+1)[:h+1]
	r.s = slices.Grow(r.s[:0], h)[:h]
	r.t = slices.Grow(r.t[:0], h)[:h]
	a, b := uint64(1), uint64(0) // Adler-32 (RFC 1950)
	n := uint64(stride)
	for y := range h {
		r.start[y] = len(e.z.toks)
		// A row's tokens read the row above and the byte before the
		// row: both must be the base's for the base's tokens to fit.
		if base != nil && !touched[y] && (y == 0 || !touched[y-1]) {
			e.z.repeat(base.toks[base.rows.start[y]:base.rows.start[y+1]])
			r.s[y], r.t[y] = base.rows.s[y], base.rows.t[y]
		} else {
			row := raw[y*stride : (y+1)*stride]
			same := y > 0 && bytes.Equal(row, raw[(y-1)*stride:y*stride])
			rowTokens(&e.z, raw, y*stride, stride, same)
			if same {
				r.s[y], r.t[y] = r.s[y-1], r.t[y-1]
			} else {
				r.s[y], r.t[y] = rowSums(row)
			}
		}
		b = (b + n*a + r.t[y]) % adlerMod
		a = (a + r.s[y]) % adlerMod
	}
	r.start[h] = len(e.z.toks)

	out := append(e.out[:0], "\x89PNG\r\n\x1a\n"...)
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 3 // 8 bits a pixel, palette
	out = chunk(out, "IHDR", ihdr[:])
	plte := make([]byte, 0, 3*len(pal))
	for _, c := range pal {
		r, g, b, _ := c.RGBA()
		plte = append(plte, byte(r>>8), byte(g>>8), byte(b>>8))
	}
	out = chunk(out, "PLTE", plte)

	// IDAT: a zlib stream (RFC 1950) around the deflate stream. Its
	// length is known only at the end, so it is written in place.
	at := len(out)
	out = append(out, 0, 0, 0, 0, 'I', 'D', 'A', 'T', 0x78, 0x01)
	out = e.z.finish(out)
	out = binary.BigEndian.AppendUint32(out, uint32(b<<16|a))
	binary.BigEndian.PutUint32(out[at:], uint32(len(out)-at-8))
	out = binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[at+4:]))
	out = chunk(out, "IEND", nil)
	e.out = out
	return out
}

// chunk appends a PNG chunk of type typ holding data.
func chunk(out []byte, typ string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(append(out, typ...), data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}

// rowTokens adds to z the tokens of the row of stride bytes at start in
// raw; same reports that it repeats the row above. At each byte it takes
// the longer of the match with the row above and the run of the byte
// before, a literal when neither is three bytes long; a run wins a tie,
// as its distance, 1, costs no extra bits. Where each match ends is
// measured once and kept while the bytes before it are coded, so every
// byte is compared at most once with the byte before and once with the
// byte above. Matches stop at the row's end, so that a row's tokens are
// its own (see encode).
func rowTokens(z *deflater, raw []byte, start, stride int, same bool) {
	end := start + stride
	runEnd, upEnd := 0, 0 // where the stretch equal to the byte before, or above, ends
	if same {
		upEnd = end
	}
	for p := start; p < end; {
		c := raw[p]
		if runEnd <= p && p >= 1 && raw[p-1] == c {
			runEnd = p + 1 + eqLen(raw[p+1:end], raw[p:])
		}
		if upEnd <= p && p >= stride && raw[p-stride] == c {
			upEnd = p + 1 + eqLen(raw[p+1:end], raw[p+1-stride:])
		}
		run := min(maxMatch, runEnd-p)
		up := min(maxMatch, upEnd-p)
		switch {
		case run >= minMatch && run >= up:
			z.match(run, 1)
			p += run
		case up >= minMatch:
			z.match(up, stride)
			p += up
		default:
			z.literal(c)
			p++
		}
	}
}

// eqLen is how many bytes a and b have in common at their start; b may
// be a itself, shifted.
func eqLen(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for ; i+8 <= n; i += 8 {
		if x := binary.LittleEndian.Uint64(a[i:]) ^ binary.LittleEndian.Uint64(b[i:]); x != 0 {
			return i + bits.TrailingZeros64(x)/8
		}
	}
	for ; i < n && a[i] == b[i]; i++ {
	}
	return i
}

// adlerMod is Adler-32's modulus.
const adlerMod = 65521

// rowSums returns what row x of n bytes adds to an Adler-32 checksum:
// with s = Σ x[i] and t = Σ (n-i)·x[i] (mod 65521), the checksum (a, b)
// becomes (a+s, b+n·a+t). So a row equal to another adds the same, and
// is not summed again. Zeros, most of a card, add nothing and are
// skipped eight at a time; the other words are summed eight bytes at a
// time too (see wordSums).
func rowSums(row []byte) (s, t uint64) {
	n := uint64(len(row))
	i := 0
	for ; i+8 <= len(row); i += 8 {
		w := binary.LittleEndian.Uint64(row[i:])
		if w == 0 {
			continue
		}
		ws, wj := wordSums(w)
		s += ws
		// Σ (n-i-j)·x[i+j] over the word's bytes j is (n-i)·Σ x − Σ j·x.
		t += (n-uint64(i))*ws - wj
	}
	for ; i < len(row); i++ {
		s += uint64(row[i])
		t += (n - uint64(i)) * uint64(row[i])
	}
	return s % adlerMod, t % adlerMod
}

// wordSums returns, for the eight bytes x[0..7] of w (x[0] the lowest),
// Σ x[j] and Σ j·x[j]. The bytes are spread over 16-bit lanes, the even
// bytes in one word and the odd ones in another, so that no lane can
// carry into the next (a lane holds at most 2·255, 6·510 once weighted):
// multiplying by lanes 1,1,1,1 leaves the lanes' sum in the top lane,
// and multiplying by 3,2,1,0 their sum weighted by lane number. It was
// a sixth of a card's time done byte by byte.
func wordSums(w uint64) (sum, weighted uint64) {
	const lanes = 0x00ff00ff00ff00ff
	even, odd := w&lanes, w>>8&lanes
	pairs := even + odd // lane k: x[2k] + x[2k+1]
	sum = pairs * 0x0001000100010001 >> 48
	// Σ j·x[j] = Σ_k 2k·(x[2k]+x[2k+1]) + Σ_k x[2k+1].
	weighted = 2*(pairs*0x0000000100020003>>48) + odd*0x0001000100010001>>48
	return sum, weighted
}
