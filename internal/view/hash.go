package view

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"time"

	"lectern/internal/config"
)

// seed makes fingerprints comparable within one process: a preview
// compares those of two builds; nothing stores them.
var seed = maphash.MakeSeed()

// Hasher writes values into one fingerprint: it is the one hasher of the
// views' fingerprints and of render's keys (render.Fingerprints), which
// mix the two. Every value is prefixed by its length or written at a
// fixed size, so that moving text from one field to the next changes the
// sum. Fingerprints are equal within one process, meaningless across.
type Hasher struct {
	h   maphash.Hash
	buf [8]byte
}

// NewHasher returns an empty Hasher.
func NewHasher() *Hasher {
	h := &Hasher{}
	h.h.SetSeed(seed)
	return h
}

// long is the length from which a string is hashed on its own in one
// call and its hash written: maphash.Hash would take it in small pieces.
const long = 256

// Reset empties h.
func (h *Hasher) Reset() { h.h.Reset() }

// Sum returns the fingerprint of what was written since the last Reset.
func (h *Hasher) Sum() uint64 { return h.h.Sum64() }

// String writes s.
func (h *Hasher) String(s string) {
	h.Int(len(s))
	if len(s) >= long {
		h.Uint64(maphash.String(seed, s))
		return
	}
	h.h.WriteString(s)
}

// Strings writes ss, their number first.
func (h *Hasher) Strings(ss []string) {
	h.Int(len(ss))
	for _, s := range ss {
		h.String(s)
	}
}

// Bytes writes b.
func (h *Hasher) Bytes(b []byte) {
	h.Int(len(b))
	h.Uint64(maphash.Bytes(seed, b))
}

// Int writes n.
func (h *Hasher) Int(n int) { h.Uint64(uint64(n)) }

// Float writes f, by its bits.
func (h *Hasher) Float(f float64) { h.Uint64(math.Float64bits(f)) }

// Uint64 writes n.
func (h *Hasher) Uint64(n uint64) {
	binary.LittleEndian.PutUint64(h.buf[:], n)
	h.h.Write(h.buf[:])
}

// Byte writes b, a mark between values (nil, a new list).
func (h *Hasher) Byte(b byte) { h.h.WriteByte(b) }

// Bool writes b.
func (h *Hasher) Bool(b bool) {
	if b {
		h.h.WriteByte(1)
	} else {
		h.h.WriteByte(0)
	}
}

// Time writes the instant and the zone it is shown in, as templates
// print both: the seconds and nanoseconds apart, so that no year
// overflows, the offset, the zone's name and the location's, and whether
// it is floating (config.IsFloating).
func (h *Hasher) Time(t time.Time) {
	name, off := t.Zone()
	h.Uint64(uint64(t.Unix()))
	h.Int(t.Nanosecond())
	h.Int(off)
	h.String(name)
	h.String(t.Location().String())
	// A floating time reads as UTC but is shown without a zone.
	h.Bool(config.IsFloating(t))
}

func (h *Hasher) loc(l *time.Location) {
	if l == nil {
		h.String("\x00nil")
		return
	}
	h.String(l.String())
}

// params hashes a map of front matter or config values: keys in order,
// values printed with their types (fmt prints maps sorted by key).
func (h *Hasher) params(m map[string]any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h.Int(len(keys))
	for _, k := range keys {
		h.String(k)
		h.String(fmt.Sprintf("%#v", m[k]))
	}
}

func (h *Hasher) strMap(m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h.Int(len(keys))
	for _, k := range keys {
		h.String(k)
		h.String(m[k])
	}
}

// fingerprinter is a view with a Fingerprint.
type fingerprinter interface{ Fingerprint() uint64 }

// one hashes the fingerprint of a view that may be nil.
func one[V interface {
	comparable
	fingerprinter
}](h *Hasher, v V) {
	var zero V
	if v == zero {
		h.Uint64(0)
		return
	}
	h.Byte(1)
	h.Uint64(v.Fingerprint())
}

// all hashes the fingerprints of views, in order.
func all[V interface {
	comparable
	fingerprinter
}](h *Hasher, vs []V) {
	h.Int(len(vs))
	for _, v := range vs {
		one(h, v)
	}
}
