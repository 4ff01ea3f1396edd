//go:build linux

package main

import (
	"errors"
	"os/exec"
	"syscall"
	"time"
)

// browserGroup starts Chromium in a process group of its own, killed
// with the test binary, and returns a function that kills the whole
// group and waits until it is gone: Chromium's helper processes outlive
// the browser by a moment and write into its profile as they go, which
// would leave the profile's folder behind.
func browserGroup() (modify func(*exec.Cmd), stop func()) {
	var cmd *exec.Cmd
	modify = func(c *exec.Cmd) {
		cmd = c
		c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	}
	stop = func() {
		if cmd == nil || cmd.Process == nil {
			return
		}
		group := -cmd.Process.Pid
		syscall.Kill(group, syscall.SIGKILL)
		for range 100 {
			if err := syscall.Kill(group, 0); errors.Is(err, syscall.ESRCH) {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return modify, stop
}
