//go:build windows

package publish

import (
	"os"

	"golang.org/x/sys/windows"
)

// lockRange is the byte range locked: one byte at 4 GiB, far past the
// process id at the start of the file. Windows locks are mandatory, so
// locking the id itself would keep a refused build from reading it.
var lockRange = windows.Overlapped{OffsetHigh: 1}

// tryLock takes an exclusive lock on f without waiting.
func tryLock(f *os.File) error {
	err := onFD(f, func(fd uintptr) error {
		ol := lockRange
		return windows.LockFileEx(windows.Handle(fd), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol)
	})
	if err == windows.ERROR_LOCK_VIOLATION || err == windows.ERROR_IO_PENDING {
		return errBusy
	}
	return err
}

// releaseLock drops the lock before the file is closed: Windows releases
// the locks of a closed handle only when it gets round to it.
func releaseLock(f *os.File) error {
	return onFD(f, func(fd uintptr) error {
		ol := lockRange
		return windows.UnlockFileEx(windows.Handle(fd), 0, 1, 0, &ol)
	})
}
