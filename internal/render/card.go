package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"image"
	"image/color"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// CardWidth and CardHeight are the size of a share preview card in
// pixels: the 1.91:1 image that chat and social apps show largest.
const (
	CardWidth  = 1200
	CardHeight = 630
)

// cardVersion changes whenever the drawing changes, so that a card
// drawn by an older lectern is not taken for the new one (see card.key).
const cardVersion = "1"

// card is the text a share preview shows. Its key, a hash of all of it,
// names the file: equal text is an equal picture.
type card struct {
	Site   string // the site's title, at the top
	Kicker string // what the page is: "Talk", "Speaker", "Event"
	Title  string
	People string // the speakers, or a speaker's role
	When   string // the date and time
	Where  string // the room or venue
}

// key is the hex hash of everything drawn, and of the drawing's version.
func (c card) key() string {
	sum := c.sum(nil)
	return hex.EncodeToString(sum[:])
}

// sum is the first 8 bytes of the SHA-256 of every field, each ended by
// a zero byte, after cardVersion; buf, when not nil, is scratch space
// for writing them, which a caller making many sums passes each time.
func (c card) sum(buf *[]byte) [8]byte {
	var b []byte
	if buf != nil {
		b = (*buf)[:0]
	}
	for _, s := range [...]string{cardVersion, c.Site, c.Kicker, c.Title, c.People, c.When, c.Where} {
		b = append(append(b, s...), 0)
	}
	if buf != nil {
		*buf = b
	}
	full := sha256.Sum256(b)
	return [8]byte(full[:8])
}

// The card's colours, from the default theme's light scheme: a share
// preview is shown on the app's background, whatever the reader's.
var (
	cardBG     = color.RGBA{0xfd, 0xfc, 0xfa, 0xff}
	cardText   = color.RGBA{0x1d, 0x1c, 0x1a, 0xff}
	cardMuted  = color.RGBA{0x5f, 0x5b, 0x55, 0xff}
	cardAccent = color.RGBA{0x3b, 0x3f, 0xc4, 0xff}
)

// levels is how many shades of coverage each ink has in the palette:
// enough for anti-aliased text at these sizes, and a palette of 49
// colours keeps the image one byte a pixel, quick to encode.
const levels = 16

// cardPalette is the background, then a ramp of levels shades from the
// background to each ink, the last of each ramp the ink itself.
var cardPalette = func() color.Palette {
	p := color.Palette{cardBG}
	for _, ink := range []color.RGBA{cardText, cardMuted, cardAccent} {
		for l := 1; l <= levels; l++ {
			p = append(p, mix(cardBG, ink, l, levels))
		}
	}
	return p
}()

// Inks are indexes of the ramps in cardPalette.
const (
	inkText = iota
	inkMuted
	inkAccent
)

func mix(a, b color.RGBA, n, d int) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8((int(x)*(d-n) + int(y)*n + d/2) / d) }
	return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 0xff}
}

// fonts are the Go fonts, parsed once. They are BSD-licensed and ship
// inside lectern, so a card looks the same on every machine.
var fonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	var out [2]*opentype.Font
	var err error
	if out[0], err = opentype.Parse(goregular.TTF); err != nil {
		return out, err
	}
	out[1], err = opentype.Parse(gobold.TTF)
	return out, err
})

// faceSet is the faces one drawing uses, with the glyphs they drew. A
// font.Face is not safe for concurrent use, so each goroutine takes its
// own (see getFaces).
type faceSet struct {
	site, kicker, title, people, line *cachedFace
	// raw and img are the canvas (see newCardCanvas), touched its
	// rows drawn on, and enc the encoder, kept from one card to the next.
	raw     []byte
	img     *image.Paletted
	touched []bool
	enc     cardEncoder
	// drawnOn is the base raw was last copied from (see drawCard).
	drawnOn *cardBaseImage
}

// faceSets holds the face sets not in use. It is a channel, not a
// sync.Pool, because a pool is emptied at every garbage collection, and a
// face set is worth keeping: its glyph cache is most of a card's speed.
var faceSets = make(chan *faceSet, 64)

// getFaces returns a face set to draw with, nil if the fonts do not load.
func getFaces() *faceSet {
	select {
	case fs := <-faceSets:
		return fs
	default:
	}
	f, err := fonts()
	if err != nil {
		return nil
	}
	face := func(i int, size float64) *cachedFace {
		fc, err := opentype.NewFace(f[i], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			return nil
		}
		return &cachedFace{Face: fc, glyphs: map[rune]glyph{}}
	}
	fs := &faceSet{site: face(1, 34), kicker: face(1, 30), title: face(1, 68), people: face(0, 42), line: face(0, 36)}
	for _, c := range []*cachedFace{fs.site, fs.kicker, fs.title, fs.people, fs.line} {
		if c == nil {
			return nil
		}
	}
	return fs
}

// putFaces gives a face set back for the next card.
func putFaces(fs *faceSet) {
	select {
	case faceSets <- fs:
	default:
	}
}

// cachedFace keeps each glyph's coverage once drawn: glyphs are placed
// on whole pixels, so a glyph looks the same wherever it is, and a site's
// cards draw the same few dozen letters thousands of times.
type cachedFace struct {
	font.Face
	glyphs map[rune]glyph
}

type glyph struct {
	// off is the mask's top-left corner relative to the dot.
	off image.Point
	// mask is the glyph's coverage as a shade, 0 (none) to levels
	// (full): computed once here rather than for every pixel drawn.
	mask *image.Alpha
	// span[y] is the columns of the mask's row y that are not 0, from
	// the first to the last: blit lays only those.
	span []glyphSpan
	// paint[ink] is the mask as the palette indexes blit lays in ink
	// on the background, 0 where the mask is: a row of it is copied
	// as it is where the canvas is still background.
	paint [inkAccent + 1][]byte
	adv   fixed.Int26_6
}

// glyphSpan is a row of a glyph's mask, columns start to end (end
// excluded); start == end for an empty row.
type glyphSpan struct{ start, end int }

func (c *cachedFace) glyph(r rune) glyph {
	if g, ok := c.glyphs[r]; ok {
		return g
	}
	dr, mask, mp, adv, ok := c.Glyph(fixed.Point26_6{}, r)
	g := glyph{adv: adv}
	if ok && !dr.Empty() {
		a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
		for y := 0; y < dr.Dy(); y++ {
			for x := 0; x < dr.Dx(); x++ {
				_, _, _, al := mask.At(mp.X+x, mp.Y+y).RGBA()
				a.Pix[y*a.Stride+x] = uint8((int(al>>8)*levels + 127) / 255)
			}
		}
		g.off, g.mask = dr.Min, a
		g.span = make([]glyphSpan, dr.Dy())
		for y := range g.span {
			row := a.Pix[y*a.Stride : y*a.Stride+dr.Dx()]
			start, end := 0, len(row)
			for start < end && row[start] == 0 {
				start++
			}
			for end > start && row[end-1] == 0 {
				end--
			}
			g.span[y] = glyphSpan{start, end}
		}
		for ink := range g.paint {
			p := make([]byte, len(a.Pix))
			for i, l := range a.Pix {
				if l != 0 {
					p[i] = uint8(ink*levels) + l
				}
			}
			g.paint[ink] = p
		}
	}
	c.glyphs[r] = g
	return g
}

// width is the advance of s in whole pixels.
func (c *cachedFace) width(s string) int {
	w := fixed.Int26_6(0)
	for _, r := range s {
		w += c.glyph(r).adv
	}
	return w.Ceil()
}

// canvas is a card being drawn: one palette index a pixel. When touched
// is not nil, drawing text sets touched[y] for each row y it draws on.
type canvas struct {
	img     *image.Paletted
	touched []bool
}

// text draws s with its baseline's left end at x, y, in ink.
func (cv canvas) text(c *cachedFace, s string, x, y, ink int) {
	dot := fixed.I(x)
	for _, r := range s {
		g := c.glyph(r)
		if g.mask != nil {
			cv.blit(g, dot.Round()+g.off.X, y+g.off.Y, ink)
		}
		dot += g.adv
	}
}

// blit lays a glyph's coverage on the canvas as shades of ink, keeping
// the darker shade where glyphs overlap.
func (cv canvas) blit(g glyph, x0, y0, ink int) {
	img, m := cv.img, g.mask
	w, h := img.Rect.Dx(), img.Rect.Dy()
	base := uint8(1 + ink*levels)
	// The mask's columns that fall on the canvas.
	xs, xe := max(0, -x0), min(m.Rect.Dx(), w-x0)
	if xs >= xe {
		return
	}
	for y := 0; y < m.Rect.Dy(); y++ {
		py := y0 + y
		if py < 0 || py >= h {
			continue
		}
		if cv.touched != nil {
			cv.touched[py] = true
		}
		// Only the row's span of coverage, within the canvas: the
		// rest is 0 and would be skipped one byte at a time.
		xs, xe := max(xs, g.span[y].start), min(xe, g.span[y].end)
		if xs >= xe {
			continue
		}
		dst := img.Pix[py*img.Stride+x0+xs : py*img.Stride+x0+xe]
		if isBackground(dst) {
			copy(dst, g.paint[ink][y*m.Stride+xs:])
			continue
		}
		src := m.Pix[y*m.Stride+xs : y*m.Stride+xe]
		for i, l := range src {
			if l == 0 {
				continue
			}
			// The background, another ink or a lighter shade of
			// this one gives way; a darker shade of this ink stays.
			v := base + l - 1
			if cur := dst[i]; cur < v || cur >= base+levels {
				dst[i] = v
			}
		}
	}
}

// isBackground reports whether every pixel of p is the background, 0.
func isBackground(p []byte) bool {
	i := 0
	for ; i+8 <= len(p); i += 8 {
		if binary.LittleEndian.Uint64(p[i:]) != 0 {
			return false
		}
	}
	for ; i < len(p); i++ {
		if p[i] != 0 {
			return false
		}
	}
	return true
}

// fill paints r in the solid ink.
func (cv canvas) fill(r image.Rectangle, ink int) {
	v := uint8(ink*levels + levels)
	r = r.Intersect(cv.img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := cv.img.Pix[y*cv.img.Stride:]
		for x := r.Min.X; x < r.Max.X; x++ {
			row[x] = v
		}
	}
}

// Layout of the card, in pixels.
const (
	cardMargin    = 80
	cardWidthText = CardWidth - 2*cardMargin
)

// writeCard writes c drawn as a PNG to w and reports whether it could:
// false when the fonts cannot be loaded (they are compiled in, so only a
// broken build of lectern). The PNG goes into the job's pooled buffer
// rather than a slice of its own: a site draws a card for every talk and
// speaker, and a new slice each (24 KB, 170 MB over 13,400 cards) kept
// the heap fragmented through the card jobs (docs/memory.md).
func writeCard(w *bytes.Buffer, c card) bool {
	fs := getFaces()
	if fs == nil {
		return false
	}
	defer putFaces(fs)
	if fs.raw == nil {
		fs.raw, fs.img = newCardCanvas()
		fs.touched = make([]bool, CardHeight)
	}
	base := cardBase(fs, c.Site)
	if fs.drawnOn == base {
		// The canvas is the base but for the rows the last card
		// drew on: only those are put back.
		const stride = CardWidth + 1
		for y, t := range fs.touched {
			if t {
				copy(fs.raw[y*stride:(y+1)*stride], base.raw[y*stride:])
			}
		}
	} else {
		copy(fs.raw, base.raw)
		fs.drawnOn = base
	}
	clear(fs.touched)
	cv := canvas{img: fs.img, touched: fs.touched}

	y := cardMargin + 30 + 80
	if c.Kicker != "" {
		cv.text(fs.kicker, strings.ToUpper(c.Kicker), cardMargin, y, inkMuted)
		y += 84
	} else {
		y += 44
	}
	// The title takes what the lines below leave.
	below := 0
	for _, s := range []string{c.People, c.When, c.Where} {
		if s != "" {
			below++
		}
	}
	for _, l := range fit(fs.title, c.Title, cardWidthText, max(1, 3-max(0, below-2))) {
		cv.text(fs.title, l, cardMargin, y, inkText)
		y += 80
	}
	y += 14
	if c.People != "" {
		cv.text(fs.people, fit(fs.people, c.People, cardWidthText, 1)[0], cardMargin, y, inkText)
		y += 58
	}
	for _, s := range []string{c.When, c.Where} {
		if s != "" && y < CardHeight-40 {
			cv.text(fs.line, fit(fs.line, s, cardWidthText, 1)[0], cardMargin, y, inkMuted)
			y += 50
		}
	}
	w.Write(fs.enc.encode(fs.raw, CardWidth, CardHeight, cardPalette, base, fs.touched))
	return true
}

// newCardCanvas returns the pixels of a card laid out as PNG compresses
// them: each row preceded by its filter byte, 0 (none), which the
// drawing never touches as it lies outside the image's bounds. The
// encoder then takes the rows as they are, without copying 750 KB.
func newCardCanvas() ([]byte, *image.Paletted) {
	raw := make([]byte, (CardWidth+1)*CardHeight)
	img := &image.Paletted{Pix: raw[1:], Stride: CardWidth + 1, Rect: image.Rect(0, 0, CardWidth, CardHeight), Palette: cardPalette}
	return raw, img
}

// cardBaseCache holds what every card of a site shows, drawn and coded
// once: the background, the accent bars and the site's title. A card
// starts as a copy of it, and the rows its own text leaves alone are
// coded as the base's were (see cardEncoder.encode).
var cardBaseCache atomic.Pointer[cardBaseImage]

// cardBaseImage is the base of the cards of the site titled site: its
// pixels, its tokens and what they are of each row.
type cardBaseImage struct {
	site string
	raw  []byte
	toks []token
	rows cardRows
}

// cardBase returns the base of the cards of the site titled site,
// drawing and coding it with fs when the last one made was of another
// title. Making it twice at once is harmless: both are equal.
func cardBase(fs *faceSet, site string) *cardBaseImage {
	if b := cardBaseCache.Load(); b != nil && b.site == site {
		return b
	}
	raw, img := newCardCanvas()
	cv := canvas{img: img}
	cv.fill(image.Rect(0, 0, 24, CardHeight), inkAccent)
	cv.fill(image.Rect(0, CardHeight-12, CardWidth, CardHeight), inkAccent)
	cv.text(fs.site, fit(fs.site, site, cardWidthText, 1)[0], cardMargin, cardMargin+30, inkAccent)
	fs.enc.encode(raw, CardWidth, CardHeight, cardPalette, nil, nil)
	b := &cardBaseImage{site: site, raw: raw, toks: slices.Clone(fs.enc.z.toks), rows: cardRows{
		start: slices.Clone(fs.enc.rows.start),
		s:     slices.Clone(fs.enc.rows.s),
		t:     slices.Clone(fs.enc.rows.t),
	}}
	cardBaseCache.Store(b)
	return b
}
