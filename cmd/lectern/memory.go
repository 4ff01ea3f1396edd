package main

import (
	"os"
	"runtime/debug"
)

// limitMemory sets the soft memory limit of lectern build: half of the
// machine's memory (see memoryLimit). The garbage collector then works
// harder as the heap nears it, instead of letting a large site's build
// grow until the machine swaps; far below it, it costs nothing
// (docs/memory.md). It reports whether the build may lower the limit
// further once it knows the model's size (build.Options.BoundMemory):
// not when GOMEMLIMIT says what the limit is.
func limitMemory() (bound bool) {
	if limit := memoryLimit(os.Getenv("GOMEMLIMIT"), physicalMemory()); limit > 0 {
		debug.SetMemoryLimit(limit)
	}
	return os.Getenv("GOMEMLIMIT") == ""
}

// memoryLimit is the soft memory limit for a machine of total bytes of
// memory: half of it, or none (0) when GOMEMLIMIT, which the Go runtime
// reads itself, is set, or when the machine's memory is unknown.
func memoryLimit(gomemlimit string, total uint64) int64 {
	if gomemlimit != "" || total == 0 {
		return 0
	}
	return int64(total / 2)
}
