package build

import (
	"math"
	"testing"
)

func TestMemoryBound(t *testing.T) {
	tests := []struct {
		name    string
		live    uint64
		current int64
		want    int64
	}{
		{"a large model, no limit set", 400 << 20, math.MaxInt64, 1200 << 20},
		{"a small model: the floor", 10 << 20, math.MaxInt64, boundFloor},
		{"a lower limit set stays", 400 << 20, 600 << 20, 600 << 20},
		{"a limit below the floor stays", 10 << 20, 64 << 20, 64 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := memoryBound(tt.live, tt.current); got != tt.want {
				t.Errorf("memoryBound(%d MB, %d) = %d MB, want %d MB", tt.live>>20, tt.current, got>>20, tt.want>>20)
			}
		})
	}
}
