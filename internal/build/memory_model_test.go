package build

import (
	"runtime/debug"
	"testing"
)

// TestBoundModel checks that the collector's target is lowered while
// the model is made and put back after, and that a target set in GOGC
// stays as it was.
func TestBoundModel(t *testing.T) {
	current := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, tt := range []struct {
		name        string
		set, during int
	}{
		{"Go's default target", 100, modelGCPercent},
		{"GOGC=200 stays", 200, 200},
		{"GOGC=off stays", -1, -1},
	} {
		debug.SetGCPercent(tt.set)
		restore := boundModel()
		if got := current(); got != tt.during {
			t.Errorf("%s: the target while the model is made is %d, want %d", tt.name, got, tt.during)
		}
		restore()
		if got := current(); got != tt.set {
			t.Errorf("%s: the target after the model is %d, want %d put back", tt.name, got, tt.set)
		}
	}
}
