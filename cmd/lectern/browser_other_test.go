//go:build !linux

package main

import "os/exec"

// browserGroup leaves Chromium's process as chromedp starts it: only the
// Linux build knows how to wait for its helpers (browser_linux_test.go).
func browserGroup() (modify func(*exec.Cmd), stop func()) {
	return nil, func() {}
}
