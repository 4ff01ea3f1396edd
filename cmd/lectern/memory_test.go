package main

import "testing"

func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		name       string
		gomemlimit string
		total      uint64
		want       int64
	}{
		{"half of the machine", "", 16 << 30, 8 << 30},
		{"GOMEMLIMIT set", "300MiB", 16 << 30, 0},
		{"memory unknown", "", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := memoryLimit(tc.gomemlimit, tc.total); got != tc.want {
				t.Errorf("memoryLimit(%q, %d) = %d, want %d", tc.gomemlimit, tc.total, got, tc.want)
			}
		})
	}
}

func TestPhysicalMemory(t *testing.T) {
	// Where it is known, no machine that runs the tests has less than
	// 64 MB or more than 64 TB.
	if total := physicalMemory(); total != 0 && (total < 64<<20 || total > 64<<40) {
		t.Errorf("physicalMemory() = %d bytes", total)
	}
}
