package view

import (
	"testing"
	"time"

	"lectern/internal/config"
)

// TestHasherTimeZones checks that a time's fingerprint tells apart what
// templates show differently: the same instant in another zone, and a
// floating time (config.Floating) from UTC's, which share a name and an
// offset but are shown without a zone and with one.
func TestHasherTimeZones(t *testing.T) {
	sum := func(tm time.Time) uint64 {
		h := NewHasher()
		h.Time(tm)
		return h.Sum()
	}
	at := time.Date(2026, 6, 11, 10, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name string
		a, b time.Time
	}{
		{"UTC and floating", at, time.Date(2026, 6, 11, 10, 0, 0, 0, config.Floating)},
		{"UTC and Lisbon", at, at.In(time.FixedZone("WEST", 3600))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if sum(tt.a) == sum(tt.b) {
				t.Errorf("%v and %v have one fingerprint", tt.a, tt.b)
			}
		})
	}
	if sum(at) != sum(at) {
		t.Errorf("one time has two fingerprints")
	}
}
