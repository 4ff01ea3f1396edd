package publish

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
)

// sameBytes reports whether the output folder already holds body at p, as
// a regular file reached through real folders only. Any doubt, including
// an error, answers false: the file is then staged and Commit sorts it
// out.
//
// The comparisons only read, and read by plain paths rather than through
// the os.Root: walking the root one component at a time costs several
// system calls per folder, which made a rebuild of unchanged files three
// times slower, and plainFile has checked that no link is on the way.
func (w *Writer) sameBytes(p string, body []byte) bool {
	if !w.plainFile(p, int64(len(body))) {
		return false
	}
	old, err := os.ReadFile(w.full(p))
	return err == nil && bytes.Equal(old, body)
}

// sameFile is sameBytes for the file name in src, of the given size,
// compared as a stream so that large files are never held in memory.
func (w *Writer) sameFile(p string, size int64, src fs.FS, name string) (bool, error) {
	if !w.plainFile(p, size) {
		return false, nil
	}
	old, err := os.Open(w.full(p))
	if err != nil {
		return false, nil
	}
	defer old.Close()
	in, err := src.Open(name)
	if err != nil {
		return false, err
	}
	defer in.Close()
	return equalStreams(old, in, size)
}

// plainFile reports whether p in the output folder is a regular file of
// the given size whose every parent is a real folder, not a symbolic link:
// a link is replaced at Commit, so what lies behind it does not count.
func (w *Writer) plainFile(p string, size int64) bool {
	for _, d := range parents(p) {
		if !w.realDir(d) {
			return false
		}
	}
	fi, err := os.Lstat(w.full(p))
	return err == nil && fi.Mode().IsRegular() && fi.Size() == size
}

// realDir reports whether d is a folder, not a link to one, in the output
// folder. Answers are cached: during a build only the Writer changes the
// output folder, and only inside its staging folder.
func (w *Writer) realDir(d string) bool {
	w.mu.Lock()
	ok, known := w.dirs[d]
	w.mu.Unlock()
	if known {
		return ok
	}
	fi, err := os.Lstat(w.full(d))
	ok = err == nil && fi.IsDir()
	w.mu.Lock()
	w.dirs[d] = ok
	w.mu.Unlock()
	return ok
}

// equalStreams reports whether a and b hold the same bytes; size, the
// expected length, only bounds the buffers.
func equalStreams(a, b io.Reader, size int64) (bool, error) {
	chunk := min(size+1, 64<<10)
	ba, bb := make([]byte, chunk), make([]byte, chunk)
	for {
		na, erra := io.ReadFull(a, ba)
		nb, errb := io.ReadFull(b, bb)
		if !bytes.Equal(ba[:na], bb[:nb]) {
			return false, nil
		}
		endA := errors.Is(erra, io.EOF) || errors.Is(erra, io.ErrUnexpectedEOF)
		endB := errors.Is(errb, io.EOF) || errors.Is(errb, io.ErrUnexpectedEOF)
		switch {
		case erra != nil && !endA:
			return false, erra
		case errb != nil && !endB:
			return false, errb
		case endA || endB:
			return endA && endB, nil
		}
	}
}
