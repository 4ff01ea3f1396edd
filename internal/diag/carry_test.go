package diag

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// workerBug panics as a worker's bug would, from a function whose name
// the carried stack must hold.
func workerBug(n int) {
	var m map[string]int
	if n >= 0 {
		m[fmt.Sprint("worker ", n)]++ // a nil map: a runtime error
	}
}

// TestCarrierRaisesAWorkersPanic checks that a panic of a worker
// goroutine reaches the goroutine that waits for it, where Panicked
// reads it with the worker's own stack, and that the process survives.
func TestCarrierRaisesAWorkersPanic(t *testing.T) {
	for _, tc := range []struct {
		name    string
		panics  []int // the workers that panic
		workers int
	}{
		{name: "none", workers: 4},
		{name: "one", panics: []int{2}, workers: 4},
		{name: "all", panics: []int{0, 1, 2, 3}, workers: 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c Carrier
			var wg sync.WaitGroup
			for w := range tc.workers {
				wg.Go(func() {
					defer c.Catch()
					for _, p := range tc.panics {
						if p == w {
							workerBug(w)
						}
					}
				})
			}
			wg.Wait()
			if got, want := c.Caught(), len(tc.panics) > 0; got != want {
				t.Errorf("Caught() = %v, want %v", got, want)
			}
			raised := func() (v any) {
				defer func() { v = recover() }()
				c.Raise()
				return nil
			}()
			if raised == nil {
				if len(tc.panics) > 0 {
					t.Fatal("Raise did not panic after a worker did")
				}
				return
			}
			if len(tc.panics) == 0 {
				t.Fatalf("Raise panicked with %v, and no worker did", raised)
			}
			d := Panicked(Pos{File: "talk.md"}, raised, nil)
			if !strings.Contains(d.Msg, "internal error: assignment to entry in nil map") {
				t.Errorf("message %q does not give the worker's panic", d.Msg)
			}
			if !strings.Contains(d.Detail, "diag.workerBug") {
				t.Errorf("the stack is not the worker's:\n%s", d.Detail)
			}
		})
	}
}

// TestCarriedThroughTwoGoroutines checks that a panic carried twice (a
// worker of a worker) keeps the stack of where it happened.
func TestCarriedThroughTwoGoroutines(t *testing.T) {
	var outer Carrier
	var wg sync.WaitGroup
	wg.Go(func() {
		defer outer.Catch()
		var inner Carrier
		var iw sync.WaitGroup
		iw.Go(func() {
			defer inner.Catch()
			workerBug(1)
		})
		iw.Wait()
		inner.Raise()
	})
	wg.Wait()
	v := func() (v any) {
		defer func() { v = recover() }()
		outer.Raise()
		return nil
	}()
	d := Panicked(Pos{}, v, nil)
	if !strings.Contains(d.Detail, "diag.workerBug") {
		t.Errorf("the stack is not the innermost worker's:\n%s", d.Detail)
	}
	if c, ok := v.(*Carried); !ok || c.Error() != "assignment to entry in nil map" {
		t.Errorf("raised %#v, want the worker's Carried", v)
	}
}
