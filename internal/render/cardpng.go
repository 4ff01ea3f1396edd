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
// measure eight bytes at a time. Files come out about as small as with
// image/png at BestSpeed (see TestCardEncoderSize) in a fraction of the
// time. The pixels are exactly the canvas's: TestCardEncoderRoundTrip
// decodes with image/png and compares.
type cardEncoder struct {
	same []bool // same[y]: row y repeats row y-1
	z    deflater
	out  []byte
}

// encode returns the PNG of the w×h image raw in palette pal: 8 bits a
// pixel, rows of w+1 bytes each led by its filter byte, 0 (see
// newCardCanvas). The result is valid until the next call.
func (e *cardEncoder) encode(raw []byte, w, h int, pal color.Palette) []byte {
	stride := w + 1
	raw = raw[:stride*h]
	e.same = slices.Grow(e.same[:0], h)[:h]
	for y := range h {
		e.same[y] = y > 0 && bytes.Equal(raw[y*stride:(y+1)*stride], raw[(y-1)*stride:y*stride])
	}
	e.z.reset()
	tokens(&e.z, raw, stride, e.same)

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
	out = binary.BigEndian.AppendUint32(out, rowAdler(raw, stride, e.same))
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

// tokens adds to z the tokens of raw, rows of stride bytes where same[y]
// reports that row y repeats row y-1: at each byte the longer of the
// match with the row above and the run of the byte before, a literal
// when neither is three bytes long. A run wins a tie: its distance, 1,
// costs no extra bits. Where each match ends is measured once and kept
// while the bytes before it are coded, so every byte is compared at most
// once with the byte before and once with the byte above; a repeated row
// is not compared at all.
func tokens(z *deflater, raw []byte, stride int, same []bool) {
	p := 0
	runEnd, upEnd := 0, 0 // where the stretch equal to the byte before, or above, ends
	for y := range same {
		end := (y + 1) * stride
		if same[y] {
			upEnd = max(upEnd, end)
		}
		for p < end {
			c := raw[p]
			if runEnd <= p && p >= 1 && raw[p-1] == c {
				runEnd = p + 1 + eqLen(raw[p+1:], raw[p:])
			}
			if upEnd <= p && p >= stride && raw[p-stride] == c {
				upEnd = p + 1 + eqLen(raw[p+1:], raw[p+1-stride:])
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
}

// eqLen is how many bytes a and b have in common at their start, at
// most eqMax; b may be a itself, shifted.
func eqLen(a, b []byte) int {
	n := min(len(a), len(b), eqMax)
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

// eqMax bounds one comparison, so that a long stretch is measured a
// piece at a time as the matches reach its end.
const eqMax = 4096

// adlerMod is Adler-32's modulus.
const adlerMod = 65521

// rowAdler is the Adler-32 checksum (RFC 1950) of raw, rows of stride
// bytes where same[y] reports that row y repeats row y-1. A repeated row
// adds what the row above added, so only the rows that differ are
// summed: for a row x of n bytes, with s = Σ x[i] and t = Σ (n-i)·x[i],
// the checksum (a, b) becomes (a+s, b+n·a+t). Zeros, most of a card,
// add nothing and are skipped eight at a time.
func rowAdler(raw []byte, stride int, same []bool) uint32 {
	a, b := uint64(1), uint64(0)
	var s, t uint64
	n := uint64(stride)
	for y := range same {
		if !same[y] {
			row := raw[y*stride : (y+1)*stride]
			s, t = 0, 0
			i := 0
			for ; i+8 <= len(row); i += 8 {
				if binary.LittleEndian.Uint64(row[i:]) == 0 {
					continue
				}
				for j, x := range row[i : i+8] {
					s += uint64(x)
					t += (n - uint64(i+j)) * uint64(x)
				}
			}
			for ; i < len(row); i++ {
				s += uint64(row[i])
				t += (n - uint64(i)) * uint64(row[i])
			}
			s, t = s%adlerMod, t%adlerMod
		}
		b = (b + n*a + t) % adlerMod
		a = (a + s) % adlerMod
	}
	return uint32(b<<16 | a)
}
