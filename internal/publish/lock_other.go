//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris || windows)

package publish

import "os"

// tryLock takes no lock: this system (AIX, Plan 9, WASI, JS) has no lock
// that the kernel drops when its holder dies, and a lock that a killed
// build leaves behind would refuse every later build. Builds here must not
// run at the same time.
func tryLock(*os.File) error { return nil }

// releaseLock does nothing, as tryLock took nothing.
func releaseLock(*os.File) error { return nil }
