//go:build unix

package build

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the process has used, user and
// system, on every core: what a benchmark's edits cost a loaded machine,
// where their wall time depends on what else runs.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
