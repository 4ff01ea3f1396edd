//go:build !linux

package main

// physicalMemory is the machine's memory in bytes: unknown (0) but on
// Linux, where lectern build then sets no memory limit of its own.
func physicalMemory() uint64 { return 0 }
