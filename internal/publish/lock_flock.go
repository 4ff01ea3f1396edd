//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris

package publish

import (
	"os"

	"golang.org/x/sys/unix"
)

// tryLock takes an exclusive flock on f without waiting. flock, unlike
// fcntl's record locks, belongs to the open file, so two Writers in one
// process exclude each other as two processes do, and closing any other
// descriptor of the file does not drop it.
func tryLock(f *os.File) error {
	err := onFD(f, func(fd uintptr) error {
		for {
			if err := unix.Flock(int(fd), unix.LOCK_EX|unix.LOCK_NB); err != unix.EINTR {
				return err
			}
		}
	})
	if err == unix.EWOULDBLOCK {
		return errBusy
	}
	return err
}

// releaseLock drops the lock; closing the file would too.
func releaseLock(f *os.File) error {
	return onFD(f, func(fd uintptr) error { return unix.Flock(int(fd), unix.LOCK_UN) })
}
