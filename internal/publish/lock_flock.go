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
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var lerr error
	if err := rc.Control(func(fd uintptr) {
		for {
			lerr = unix.Flock(int(fd), unix.LOCK_EX|unix.LOCK_NB)
			if lerr != unix.EINTR {
				return
			}
		}
	}); err != nil {
		return err
	}
	if lerr == unix.EWOULDBLOCK {
		return errBusy
	}
	return lerr
}

// releaseLock drops the lock; closing the file would too.
func releaseLock(f *os.File) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var lerr error
	if err := rc.Control(func(fd uintptr) { lerr = unix.Flock(int(fd), unix.LOCK_UN) }); err != nil {
		return err
	}
	return lerr
}
