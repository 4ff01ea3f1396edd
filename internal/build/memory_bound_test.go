package build

import (
	"math"
	"runtime/debug"
	"slices"
	"testing"
	"time"
)

func TestMemoryBound(t *testing.T) {
	tests := []struct {
		name    string
		live    uint64
		current int64
		want    int64
	}{
		{"a large model, no limit set", 400 << 20, math.MaxInt64, 1000 << 20},
		{"a small model: the floor", 10 << 20, math.MaxInt64, boundFloor},
		{"a lower limit set stays", 400 << 20, 600 << 20, 600 << 20},
		{"a limit above the bound is lowered", 400 << 20, 1100 << 20, 1000 << 20},
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

// TestGovernor checks when the governor raises the memory limit: only
// when the collector took more than gcBudget of the CPU time since the
// last look that weighed, by boundRise, never above the ceiling and
// never down.
func TestGovernor(t *testing.T) {
	const start, ceiling = 200 << 20, 215 << 20
	raised := int64(float64(start) * boundRise)
	// Each look is given the CPU time since the one before, in
	// boundMinCPU, the least a look weighs (fractions a float holds
	// exactly).
	type look struct {
		gc, user float64
		want     int64
		raised   bool
	}
	tests := []struct {
		name  string
		looks []look
	}{
		{"the collector within its budget", []look{{0.125, 0.875, start, false}, {0.25, 0.75, start, false}}},
		{"the collector over its budget", []look{{0.5, 0.5, raised, true}}},
		{"over, then within: the limit stays raised", []look{{0.5, 0.5, raised, true}, {0.125, 0.875, raised, false}}},
		{"too little CPU to weigh adds up to the next look", []look{{0.25, 0.25, start, false}, {0.25, 0.25, raised, true}}},
		{"no collection since the last look", []look{{0, 0, start, false}}},
		{"never above the ceiling", []look{{1, 1, raised, true}, {1, 1, ceiling, true}, {1, 1, ceiling, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &governor{limit: start, ceiling: ceiling}
			var gc, user float64
			for i, l := range tt.looks {
				gc, user = gc+l.gc*boundMinCPU, user+l.user*boundMinCPU
				got, raised := g.look(gc, user)
				if got != l.want || raised != l.raised {
					t.Errorf("look %d (gc %.2f s, user %.2f s): limit %d, raised %v; want %d, %v", i, gc, user, got, raised, l.want, l.raised)
				}
			}
		})
	}
}

// TestGovernorNoCeiling checks that a limit rises when none was set
// before the build (math.MaxInt64) without overflowing.
func TestGovernorNoCeiling(t *testing.T) {
	g := &governor{limit: 200 << 20, ceiling: math.MaxInt64}
	if got, raised := g.look(boundMinCPU, boundMinCPU); !raised || got != int64(float64(200<<20)*boundRise) {
		t.Errorf("look: limit %d, raised %v; want %d, true", got, raised, int64(float64(200<<20)*boundRise))
	}
	g = &governor{limit: math.MaxInt64 - 1, ceiling: math.MaxInt64}
	if got, _ := g.look(boundMinCPU, boundMinCPU); got != math.MaxInt64 {
		t.Errorf("look near the ceiling: limit %d, want %d", got, int64(math.MaxInt64))
	}
}

// TestGovern checks that the governor sets each raised limit at the
// tick it was seen, and only then, and stops when told.
func TestGovern(t *testing.T) {
	g := &governor{limit: 100, ceiling: 1000}
	// Within the budget, over, within, over, each of boundMinCPU.
	w := boundMinCPU
	readings := [][2]float64{{0.25 * w, 0.75 * w}, {0.75 * w, 1.25 * w}, {w, 2 * w}, {1.5 * w, 2.5 * w}}
	done, tick := make(chan struct{}), make(chan time.Time)
	var set []int64
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		n := 0
		g.govern(done, tick, func() (float64, float64) {
			r := readings[n]
			n++
			return r[0], r[1]
		}, func(l int64) { set = append(set, l) })
	}()
	for range readings {
		tick <- time.Time{}
	}
	close(done)
	<-finished
	want := []int64{105, 110}
	if !slices.Equal(set, want) {
		t.Errorf("limits set %v, want %v", set, want)
	}
}

// TestBoundMemoryPutsLimitBack checks that boundMemory lowers the limit
// set before it, and that what it returns stops the governor and puts
// that limit back.
func TestBoundMemoryPutsLimitBack(t *testing.T) {
	const before = 1 << 40
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(before))
	restore := boundMemory()
	if got := debug.SetMemoryLimit(-1); got >= before || got < boundFloor {
		t.Errorf("limit while bounded %d, want between %d and %d", got, boundFloor, int64(before))
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after %d, want %d put back", got, int64(before))
	}
}
