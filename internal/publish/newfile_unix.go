//go:build unix

package publish

import (
	"io"
	"os"
	"syscall"
)

// writeNew creates the file name, which must not exist, and writes data
// to it. It makes the three system calls directly: an *os.File would also
// try to register the file with the network poller and keep a finalizer,
// a tenth of the cost of a small file for nothing, as writes to regular
// files block anyway.
func writeNew(name string, data []byte) error {
	var fd int
	var err error = syscall.EINTR
	for err == syscall.EINTR {
		fd, err = syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
	}
	if err != nil {
		return &os.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = syscall.Write(fd, data)
		switch {
		case err == syscall.EINTR:
			err = nil
		case err == nil && n <= 0:
			err = io.ErrShortWrite
		}
		if n > 0 {
			data = data[n:]
		}
	}
	if err != nil {
		syscall.Close(fd)
		return &os.PathError{Op: "write", Path: name, Err: err}
	}
	if err := syscall.Close(fd); err != nil {
		return &os.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}
