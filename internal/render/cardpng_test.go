package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"testing"
)

// testImages are images of the kinds a card encoder meets and some it
// should survive: uniform, repeated rows, runs, noise, tiny.
func testImages() map[string]*image.Paletted {
	r := rand.New(rand.NewPCG(1, 2))
	pal := func(n int) color.Palette {
		p := make(color.Palette, n)
		for i := range p {
			p[i] = color.RGBA{uint8(i), uint8(i * 7), uint8(255 - i), 0xff}
		}
		return p
	}
	make := func(w, h, colours int, f func(x, y int) int) *image.Paletted {
		img := image.NewPaletted(image.Rect(0, 0, w, h), pal(colours))
		for y := range h {
			for x := range w {
				img.Pix[y*img.Stride+x] = uint8(f(x, y))
			}
		}
		return img
	}
	return map[string]*image.Paletted{
		"one pixel":      make(1, 1, 2, func(x, y int) int { return 1 }),
		"uniform":        make(300, 40, 2, func(x, y int) int { return 0 }),
		"stripes":        make(70, 9, 49, func(x, y int) int { return x / 5 % 49 }),
		"rows repeat":    make(120, 30, 49, func(x, y int) int { return (x * 31 / 7) % 49 * (y / 10 % 2) }),
		"noise":          make(257, 13, 256, func(x, y int) int { return r.IntN(256) }),
		"sparse noise":   make(500, 20, 49, func(x, y int) int { return r.IntN(49) * max(0, r.IntN(20)-18) }),
		"two rows":       make(2, 2, 3, func(x, y int) int { return x + y }),
		"long runs wide": make(1200, 3, 49, func(x, y int) int { return x / 300 }),
	}
}

// encodeImage lays img out as a card canvas and encodes it.
func encodeImage(e *cardEncoder, img *image.Paletted) []byte {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	raw := make([]byte, (w+1)*h)
	for y := range h {
		copy(raw[y*(w+1)+1:], img.Pix[y*img.Stride:y*img.Stride+w])
	}
	return e.encode(raw, w, h, img.Palette, nil, nil)
}

func TestCardEncoderRoundTrip(t *testing.T) {
	var e cardEncoder // one encoder for all, as in a build: buffers are reused
	for name, img := range testImages() {
		t.Run(name, func(t *testing.T) {
			body := encodeImage(&e, img)
			got, err := png.Decode(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("image/png cannot decode it: %v", err)
			}
			p, ok := got.(*image.Paletted)
			if !ok {
				t.Fatalf("decoded a %T, want *image.Paletted", got)
			}
			if p.Rect != img.Rect || !bytes.Equal(p.Pix, img.Pix) {
				t.Error("decoded pixels differ from the image")
			}
			for i := range img.Palette {
				if p.Palette[i] != img.Palette[i] {
					t.Fatalf("palette entry %d is %v, want %v", i, p.Palette[i], img.Palette[i])
				}
			}
		})
	}
}

// TestAdler checks the checksum the encoder sums row by row against
// hash/adler32 over the same bytes.
func TestAdler(t *testing.T) {
	var e cardEncoder
	for name, img := range testImages() {
		w, h := img.Rect.Dx(), img.Rect.Dy()
		raw := make([]byte, (w+1)*h)
		for y := range h {
			copy(raw[y*(w+1)+1:], img.Pix[y*img.Stride:y*img.Stride+w])
		}
		body := e.encode(raw, w, h, img.Palette, nil, nil)
		// The checksum ends the IDAT data, before its CRC and IEND.
		end := len(body) - 12 - 4
		if got, want := binary.BigEndian.Uint32(body[end-4:end]), adler32.Checksum(raw); got != want {
			t.Errorf("%s: Adler-32 %08x, want %08x", name, got, want)
		}
	}
}

// TestHuffmanLimit gives the code builder frequencies whose plain
// Huffman code is deeper than DEFLATE allows (a Fibonacci sequence) and
// checks the code is limited and complete.
func TestHuffmanLimit(t *testing.T) {
	freq := make([]int, 30)
	a, b := 1, 1
	for i := range freq {
		freq[i] = a
		a, b = b, a+b
	}
	var h huffman
	h.build(freq, 15)
	kraft := 0.0
	for s, l := range h.lens {
		if l == 0 || l > 15 {
			t.Fatalf("symbol %d has length %d, want 1–15", s, l)
		}
		kraft += 1 / float64(uint(1)<<l)
	}
	if kraft != 1 {
		t.Errorf("the code is not complete: Kraft sum %v", kraft)
	}
}

// TestCardSize keeps cards small: the encoder's files are compared with
// image/png's at BestSpeed, what lectern wrote before.
func TestCardSize(t *testing.T) {
	for _, c := range testCards {
		body := drawCard(c)
		img, err := png.Decode(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var std bytes.Buffer
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		if err := enc.Encode(&std, img); err != nil {
			t.Fatal(err)
		}
		if len(body) > std.Len()*11/10 {
			t.Errorf("card %q is %d bytes, image/png's %d: more than 10%% larger", c.Title, len(body), std.Len())
		}
	}
}

// testCards are cards of each shape: a talk with a long title, a
// speaker with scripts the fonts lack and a word wider than the card, a
// home page, and an empty card.
var testCards = []card{
	{Site: "DjangoCon Notes", Kicker: "Talk", Title: "Taking Django Distributed: a very long title that needs more than one line to be shown on the card at all, and then some more words so that it is cut", People: "Andrew Godwin, Ada Lovelace", When: "Monday 14 August 2017 · 10:00–10:45", Where: "Main hall · DjangoCon US 2017"},
	{Site: "Ünïcødé Σite Привет", Kicker: "Speaker", Title: "Ωmega Ж 日本語 Supercalifragilisticexpialidocious-supercalifragilisticexpialidocious", People: "Role, Company", When: "3 talks"},
	{Site: "X", Title: "Home", People: "A description of the site that is long enough to be cut at the end of the line, surely, yes"},
	{},
}

// TestCardPixels pins what cards look like: the hash of each test card's
// decoded pixels. A change to the drawing fails it; if the change is
// meant, bump cardVersion (so that cards of older builds are not taken
// for new ones) and put the new hashes here.
func TestCardPixels(t *testing.T) {
	want := []string{"bc2d61a8a2c9349f", "054cefa1bf1c208a", "ddd1bdc5838ee77f", "0d7a66e9d9be274c"}
	for i, c := range testCards {
		img, err := png.Decode(bytes.NewReader(drawCard(c)))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(img.(*image.Paletted).Pix)
		if got := hex.EncodeToString(sum[:8]); got != want[i] {
			t.Errorf("card %d (%q): pixels hash %s, want %s", i, c.Title, got, want[i])
		}
	}
}

// TestRowSums compares rowSums, which sums eight bytes at a time, with
// the definition summed byte by byte, on rows of every length up to 40
// (so every tail after the whole words) and of bytes anywhere in 0–255,
// 255 included, where the lanes of a word come nearest to carrying.
func TestRowSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 41 {
		for _, fill := range []string{"random", "max", "sparse"} {
			row := make([]byte, n)
			for i := range row {
				switch fill {
				case "random":
					row[i] = byte(rng.IntN(256))
				case "max":
					row[i] = 255
				case "sparse":
					if rng.IntN(5) == 0 {
						row[i] = byte(rng.IntN(256))
					}
				}
			}
			var s, tt uint64
			for i, x := range row {
				s += uint64(x)
				tt += uint64(n-i) * uint64(x)
			}
			gs, gt := rowSums(row)
			if gs != s%adlerMod || gt != tt%adlerMod {
				t.Errorf("%s row of %d bytes: sums %d, %d, want %d, %d", fill, n, gs, gt, s%adlerMod, tt%adlerMod)
			}
		}
	}
}
