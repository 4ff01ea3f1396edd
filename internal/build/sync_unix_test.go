//go:build unix

package build

import "syscall"

// syncDisk flushes the writes of the last measured run before the next.
func syncDisk() { syscall.Sync() }
