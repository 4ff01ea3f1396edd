package build

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// A build holds its model to its end, and the heap it holds grows from
// the model's size by about half while the site is written (docs/memory.md).
// With Go's default collector target the process then takes about 2.4
// times what is live. A soft memory limit holds it nearer: it starts at
// boundFactor times the model's heap and rises by boundRise whenever the
// collector took more than gcBudget of the CPU since the last look, so
// that a site whose writing holds more than the model foretells is not
// held at a limit it cannot meet.
const (
	// boundFactor is the limit's start, in times the model's heap: 2.5
	// held a 10,000-talk build at about 192 MB where 3 held it at about
	// 230 MB, for 1.01-1.10 times the CPU (docs/memory.md).
	boundFactor = 2.5
	// boundFloor is the least limit set: below it, the runtime, the
	// binary and the theme are most of the process, and a small site's
	// build is not worth collecting harder for.
	boundFloor = 128 << 20
	// gcBudget is the collector's share of the CPU above which the limit
	// rises. At 2.5 times the model the collector takes about a quarter
	// to a third of a 10,000-talk build's writing stage, second by
	// second; the runtime caps it at about half, letting the heap past
	// the limit, so that a limit set too low costs up to that half for
	// as long as it lasts. The limit rises before. At 50,000 talks the
	// share stays under it at 2.5 times, for about 1.2 times the CPU of
	// 3 times (docs/memory.md): the budget is a guard, not a price.
	gcBudget = 0.4
	// boundRise is what the limit is multiplied by each time the
	// collector went over its budget: small steps, as the limit is
	// never lowered again.
	boundRise = 1.05
	// boundPeriod is how often the collector's share is looked at. The
	// runtime counts its CPU time at the end of each collection, so a
	// look with no collection since the last one sees nothing.
	boundPeriod = time.Second
	// boundMinCPU is the least CPU time, in seconds, a look weighs
	// (three seconds of two cores): a shorter look rose on a second's
	// bulge of the collector at the end of a 10,000-talk build, whose
	// share over the seconds around it was a third.
	boundMinCPU = 6.0
)

// modelGCPercent is the collector's target while the model is made
// (see boundModel).
const modelGCPercent = 50

// boundModel lowers the collector's target (debug.SetGCPercent) to
// modelGCPercent while the model is made, and returns what puts it
// back. No limit can be taken from a model not made yet, and at Go's
// default target the model stage alone took the process to about 2.4
// times its live heap (about 235 MB at 10,000 talks, 1.3 GB at 50,000:
// as high as the writing stage's limit). A target other than the
// default (GOGC set) stays.
func boundModel() (restore func()) {
	old := debug.SetGCPercent(modelGCPercent)
	if old != 100 {
		debug.SetGCPercent(old)
		return func() {}
	}
	return func() { debug.SetGCPercent(old) }
}

// boundMemory lowers the runtime's soft memory limit (debug.SetMemoryLimit)
// to memoryBound of the heap live at the last collection, raises it
// while the build runs as the collector's share of the CPU asks
// (governor), and returns what stops that and puts the previous limit
// back. Build calls it once the model is made (Options.BoundMemory).
// A limit already set lower stays.
//
// The factor is measured against that figure, which counts what the
// model stage's workers allocated while the collection ran: a
// collection forced here found the model smaller, and 2.5 times that
// was below what writing the site holds, so that the collector ran all
// the time (docs/memory.md). Change the figure and the factor together.
func boundMemory() (restore func()) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	old := debug.SetMemoryLimit(-1)
	g := &governor{limit: memoryBound(s[0].Value.Uint64(), old), ceiling: old}
	g.gc, g.user = collectorCPU()
	debug.SetMemoryLimit(g.limit)
	done := make(chan struct{})
	tick := time.NewTicker(boundPeriod)
	var wg sync.WaitGroup
	wg.Go(func() { g.govern(done, tick.C, collectorCPU, func(l int64) { debug.SetMemoryLimit(l) }) })
	return func() {
		tick.Stop()
		close(done)
		wg.Wait()
		debug.SetMemoryLimit(old)
	}
}

// memoryBound is the soft memory limit for a build whose model holds
// live bytes, when the limit set is current: boundFactor times the model,
// at least boundFloor, never above current.
func memoryBound(live uint64, current int64) int64 {
	limit := max(int64(float64(live)*boundFactor), boundFloor)
	return min(limit, current)
}

// collectorCPU returns the CPU time the collector and the program's own
// code have taken, in seconds, as the runtime counts them (its
// estimates, comparable with each other only).
func collectorCPU() (gc, user float64) {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/cpu/classes/user:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64(), s[1].Value.Float64()
}

// A governor raises a soft memory limit when the collector takes more
// than gcBudget of the CPU. It never lowers it: a lower limit only
// costs CPU, and a site that needed more a second ago is likely to again.
type governor struct {
	limit   int64   // the limit set
	ceiling int64   // the limit is never raised above it
	gc      float64 // the collector's CPU seconds at the last look that weighed
	user    float64 // the program's
}

// govern looks at the CPU time read returns at each tick and sets the
// limit each time the look raises it, until done is closed.
func (g *governor) govern(done <-chan struct{}, tick <-chan time.Time, read func() (gc, user float64), set func(int64)) {
	for {
		select {
		case <-done:
			return
		case <-tick:
		}
		if limit, raised := g.look(read()); raised {
			set(limit)
		}
	}
}

// look takes the collector's and the program's CPU seconds now and
// returns the limit to set, and whether it was raised. CPU time since
// the last look that weighed less than boundMinCPU is left to add up.
func (g *governor) look(gc, user float64) (limit int64, raised bool) {
	dgc, duser := gc-g.gc, user-g.user
	if dgc+duser < boundMinCPU {
		return g.limit, false
	}
	g.gc, g.user = gc, user
	if dgc/(dgc+duser) <= gcBudget || g.limit >= g.ceiling {
		return g.limit, false
	}
	if next := float64(g.limit) * boundRise; next < float64(g.ceiling) {
		g.limit = int64(next)
	} else {
		g.limit = g.ceiling
	}
	return g.limit, true
}
