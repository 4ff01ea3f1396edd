package view

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"time"
)

// seed makes fingerprints comparable within one process: a preview
// compares those of two builds; nothing stores them.
var seed = maphash.MakeSeed()

// hasher writes the fields of views into one hash. Every value is
// followed by a separator or prefixed by its length, so that moving text
// from one field to the next changes the hash.
type hasher struct {
	h   maphash.Hash
	buf []byte
}

func newHasher() *hasher {
	h := &hasher{}
	h.h.SetSeed(seed)
	return h
}

func (h *hasher) sum() uint64 { return h.h.Sum64() }

func (h *hasher) str(s string) {
	h.int(len(s))
	h.h.WriteString(s)
}

func (h *hasher) strs(ss []string) {
	h.int(len(ss))
	for _, s := range ss {
		h.str(s)
	}
}

func (h *hasher) int(n int) {
	h.buf = binary.LittleEndian.AppendUint64(h.buf[:0], uint64(n))
	h.h.Write(h.buf)
}

func (h *hasher) u64(n uint64) {
	h.buf = binary.LittleEndian.AppendUint64(h.buf[:0], n)
	h.h.Write(h.buf)
}

func (h *hasher) bool(b bool) {
	if b {
		h.h.WriteByte(1)
	} else {
		h.h.WriteByte(0)
	}
}

// time hashes the instant and the zone it is shown in, as templates
// print both.
func (h *hasher) time(t time.Time) {
	if t.IsZero() {
		h.int(math.MinInt64)
		return
	}
	h.buf = t.AppendFormat(h.buf[:0], time.RFC3339Nano)
	h.h.Write(h.buf)
	name, _ := t.Zone()
	h.str(name)
	h.str(t.Location().String())
}

func (h *hasher) loc(l *time.Location) {
	if l == nil {
		h.str("\x00nil")
		return
	}
	h.str(l.String())
}

// params hashes a map of front matter or config values: keys in order,
// values printed with their types (fmt prints maps sorted by key).
func (h *hasher) params(m map[string]any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h.int(len(keys))
	for _, k := range keys {
		h.str(k)
		h.str(fmt.Sprintf("%#v", m[k]))
	}
}

func (h *hasher) strMap(m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h.int(len(keys))
	for _, k := range keys {
		h.str(k)
		h.str(m[k])
	}
}

// fingerprinter is a view with a Fingerprint.
type fingerprinter interface{ Fingerprint() uint64 }

// one hashes the fingerprint of a view that may be nil.
func one[V interface {
	comparable
	fingerprinter
}](h *hasher, v V) {
	var zero V
	if v == zero {
		h.u64(0)
		return
	}
	h.h.WriteByte(1)
	h.u64(v.Fingerprint())
}

// all hashes the fingerprints of views, in order.
func all[V interface {
	comparable
	fingerprinter
}](h *hasher, vs []V) {
	h.int(len(vs))
	for _, v := range vs {
		one(h, v)
	}
}
