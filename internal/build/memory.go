package build

import (
	"runtime/debug"
	"runtime/metrics"
)

// A build holds its model to its end, and the heap it holds grows from
// the model's size by about half while the site is written (docs/memory.md).
// With Go's default collector target the process then takes about 2.4
// times what is live; a soft memory limit of boundFactor times the
// model's heap keeps it near 3 times the model instead, about twice
// what is live at the peak, for a few percent more collector time (2.5
// cost a quarter more CPU at 50,000 talks, where writing holds more).
const (
	boundFactor = 3.0
	// boundFloor is the least limit set: below it, the runtime, the
	// binary and the theme are most of the process, and a small site's
	// build is not worth collecting harder for.
	boundFloor = 128 << 20
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
// to memoryBound of the heap live at the last collection, and returns
// what puts the previous limit back. Build calls it once the model is
// made (Options.BoundMemory). A limit already set lower stays.
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
	debug.SetMemoryLimit(memoryBound(s[0].Value.Uint64(), old))
	return func() { debug.SetMemoryLimit(old) }
}

// memoryBound is the soft memory limit for a build whose model holds
// live bytes, when the limit set is current: boundFactor times the model,
// at least boundFloor, never above current.
func memoryBound(live uint64, current int64) int64 {
	limit := max(int64(float64(live)*boundFactor), boundFloor)
	return min(limit, current)
}
