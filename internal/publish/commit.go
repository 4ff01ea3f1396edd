package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
)

// Stats counts what Commit did. Files are counted, not folders; a removed
// symbolic link counts as a removed file of zero bytes.
type Stats struct {
	Written   int // files new or changed, moved into place
	Unchanged int // files whose bytes were already there, left untouched
	Kept      int // paths named by Keep and not written
	Removed   int // files of an earlier build that this build did not produce

	WrittenBytes   int64
	UnchangedBytes int64
	RemovedBytes   int64
}

// Commit ends a successful build. Each new or changed file is renamed from
// the staging folder into place, replacing the old one atomically;
// unchanged files are not touched, so their modification times stay. Then
// every file the build did not write, copy or keep is removed, and so is
// every folder left empty, except top-level entries whose name starts with
// a dot and everything inside them. Last, the staging folder is removed.
//
// Commit refuses, changing nothing, when a Write or Copy of this build
// failed. An error while moving files (a full disk, a permission) stops
// Commit and leaves a mix of old and new files that the next build
// repairs. Commit may be called once, after every Write, Copy and Keep
// has returned.
func (w *Writer) Commit() (Stats, error) {
	if !w.close() {
		return Stats{}, errors.New("cannot commit: the build is already committed or aborted")
	}
	st, err := w.commit()
	return st, errors.Join(err, w.cleanup())
}

func (w *Writer) commit() (Stats, error) {
	var st Stats
	paths := make([]string, 0, len(w.outputs))
	for p := range w.outputs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if o := w.outputs[p]; !o.kept && !o.ready {
			return st, fmt.Errorf("cannot commit: output %q was not written; abort the build", p)
		}
	}
	made := make(map[string]bool)  // folders known to be real, not links
	moved := make(map[string]bool) // folders moved whole from the staging folder
	for _, p := range paths {
		o := w.outputs[p]
		switch {
		case o.kept:
			st.Kept++
		case !o.staged:
			st.Unchanged++
			st.UnchangedBytes += o.size
		default:
			if !movedWith(p, moved) {
				if err := w.placeFolderOrFile(p, made, moved); err != nil {
					return st, err
				}
			}
			st.Written++
			st.WrittenBytes += o.size
		}
	}
	if w.fresh {
		// The output folder held nothing but hidden entries at Open, so
		// there is nothing stale to look for.
		return st, nil
	}
	err := w.prune(&st)
	return st, err
}

// placeFolderOrFile moves p into place. When a folder above p is missing
// from the output folder, every output under it is new and staged, so the
// staging folder's copy of that folder is moved whole, with one rename
// instead of one per file: a cold build commits in a few dozen renames.
func (w *Writer) placeFolderOrFile(p string, made, moved map[string]bool) error {
	for _, d := range parents(p) {
		if made[d] {
			continue
		}
		fi, err := w.root.Lstat(d)
		if err == nil && fi.IsDir() {
			made[d] = true
			continue
		}
		if !errors.Is(err, fs.ErrNotExist) {
			break // place replaces what stands in the way, or says why not
		}
		if err := w.root.Rename(w.staging+"/"+d, d); err != nil {
			return fmt.Errorf("output %q: cannot move folder %q into place: %v", p, d, err)
		}
		made[d], moved[d] = true, true
		return nil
	}
	return w.place(p, made)
}

// movedWith reports whether p lies in a folder moved whole.
func movedWith(p string, moved map[string]bool) bool {
	for _, d := range parents(p) {
		if moved[d] {
			return true
		}
	}
	return false
}

// place moves the staged file p into the output folder, turning whatever
// stands in its way into what the output needs: a link or a file where a
// folder belongs is removed and the folder made, and a folder where the
// file belongs is removed, except in hidden top-level entries, which are
// only ever added to. made remembers the folders already checked.
func (w *Writer) place(p string, made map[string]bool) error {
	for _, d := range parents(p) {
		if made[d] {
			continue
		}
		fi, err := w.root.Lstat(d)
		switch {
		case err == nil && fi.IsDir():
		case err == nil && hidden(d):
			return fmt.Errorf("output %q needs %q to be a folder, but it is %s; lectern does not replace entries inside hidden top-level folders, so remove it by hand", p, d, kind(fi))
		case err == nil:
			if err := w.root.Remove(d); err != nil {
				return fmt.Errorf("output %q: cannot replace %s %q with a folder: %v", p, kind(fi), d, err)
			}
			fallthrough
		case errors.Is(err, fs.ErrNotExist):
			if err := w.root.Mkdir(d, 0o755); err != nil {
				return fmt.Errorf("output %q: cannot create folder: %v", p, err)
			}
		default:
			return fmt.Errorf("output %q: %v", p, err)
		}
		made[d] = true
	}
	if fi, err := w.root.Lstat(p); err == nil && fi.IsDir() {
		if hidden(p) {
			return fmt.Errorf("output %q is a file, but %q is a folder; lectern does not replace entries inside hidden top-level folders, so remove it by hand", p, p)
		}
		if err := w.root.RemoveAll(p); err != nil {
			return fmt.Errorf("output %q: cannot replace folder with file: %v", p, err)
		}
	}
	if err := w.root.Rename(w.staging+"/"+p, p); err != nil {
		return fmt.Errorf("output %q: cannot move into place: %v", p, err)
	}
	return nil
}

// kind names what fi describes, for messages.
func kind(fi fs.FileInfo) string {
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		return "a symbolic link"
	case fi.Mode().IsRegular():
		return "a file"
	}
	return "not a folder"
}

// prune removes what the build did not produce, and folders left empty,
// outside the hidden top-level entries. Links are removed, never followed.
// Like the comparisons of Write, the walk reads by plain paths, which is
// cheaper than through the os.Root; the removals go through the root.
func (w *Writer) prune(st *Stats) error {
	var dirs []string
	err := filepath.WalkDir(w.dir, func(full string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(w.dir, full)
		if err != nil {
			return err
		}
		p := filepath.ToSlash(rel)
		switch {
		case p == ".":
			return nil
		case path.Dir(p) == "." && hidden(p):
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case d.IsDir():
			dirs = append(dirs, p)
			return nil
		}
		if _, ok := w.outputs[p]; ok {
			return nil
		}
		var size int64
		if d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				size = fi.Size()
			}
		}
		if err := w.root.Remove(p); err != nil {
			return fmt.Errorf("cannot remove stale file: %v", err)
		}
		st.Removed++
		st.RemovedBytes += size
		return nil
	})
	if err != nil {
		return err
	}
	// Walked in lexical order, a folder comes before its contents; going
	// backwards empties children before their parents are looked at.
	for _, d := range slices.Backward(dirs) {
		if _, ok := w.folders[d]; ok {
			continue
		}
		entries, err := os.ReadDir(w.full(d))
		if err != nil {
			return fmt.Errorf("cannot read folder: %v", err)
		}
		if len(entries) == 0 {
			if err := w.root.Remove(d); err != nil {
				return fmt.Errorf("cannot remove empty folder: %v", err)
			}
		}
	}
	return nil
}
