package publish

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// LockedError is the error of Open when another build, in this process or
// another, is writing the output folder. The lock is held by an open file,
// so the kernel releases it when its holder exits, even when killed: a
// LockedError always means a build that is still running.
type LockedError struct {
	// Dest is the output folder as given to Open.
	Dest string
	// PID is the process id of the build holding the lock, or 0 when it
	// could not be read.
	PID int
}

func (e *LockedError) Error() string {
	who := "another lectern build"
	if e.PID > 0 {
		who = fmt.Sprintf("another lectern build (pid %d)", e.PID)
	}
	return fmt.Sprintf("%s is writing %s; wait for it to finish or stop it, then build again", who, e.Dest)
}

// errBusy is what tryLock returns when another open file holds the lock.
var errBusy = errors.New("locked")

// lock takes the output folder's lock: it opens the lock file in
// lectern's folder, locks it without waiting and writes this process's id
// into it, for the message another build gives. The returned file holds
// the lock until unlock.
func lock(root *os.Root, dest string) (*os.File, error) {
	f, err := root.OpenFile(lockPath, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot open the lock file %s: %v", lockPath, err)
	}
	if err := tryLock(f); err != nil {
		defer f.Close()
		if errors.Is(err, errBusy) {
			return nil, &LockedError{Dest: dest, PID: readPID(f)}
		}
		return nil, fmt.Errorf("cannot lock %s: %v", lockPath, err)
	}
	// The id is only ever read by a build that was refused, so a failure
	// here costs no more than a vaguer message.
	if f.Truncate(0) == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, nil
}

// readPID returns the process id written in the lock file, or 0.
func readPID(f *os.File) int {
	b, err := io.ReadAll(io.NewSectionReader(f, 0, 32))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0
	}
	return pid
}

// unlock releases the lock taken by lock and closes its file.
func unlock(f *os.File) error {
	err := releaseLock(f)
	return errors.Join(err, f.Close())
}

// onFD runs op on the descriptor (or handle) of f and returns what op
// returned, or why the descriptor could not be reached. The platform's
// tryLock and releaseLock are each one call of it.
func onFD(f *os.File, op func(fd uintptr) error) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var opErr error
	if err := rc.Control(func(fd uintptr) { opErr = op(fd) }); err != nil {
		return err
	}
	return opErr
}
