package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
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

// State is what the output folder holds after a Commit that failed.
type State int

const (
	// Untouched: Commit failed before its first move; the output folder
	// holds the previous site as it was.
	Untouched State = iota
	// RolledBack: Commit failed after moving some files, then moved every
	// one of them back; the output folder holds the previous site, whole.
	RolledBack
	// Mixed: moving the files back failed too; the output folder holds a
	// mix of the previous site and the new one, and the journal that the
	// next Open uses to restore the previous site.
	Mixed
	// Committed: the new site is in place, whole; only removing the
	// staging or backup folder failed, which the next Open retries.
	Committed
)

// CommitError is the error of a Commit that failed. Its message says what
// the output folder holds, and State says it to code.
type CommitError struct {
	State State
	Dest  string // the output folder as given to Open
	Err   error  // what failed
}

func (e *CommitError) Error() string {
	switch e.State {
	case RolledBack:
		return fmt.Sprintf("%v; every file already moved was moved back, so %s holds the previous site, whole", e.Err, e.Dest)
	case Mixed:
		return fmt.Sprintf("%v; %s holds a mix of the previous site and the new one: run the build again, which restores the previous site before anything else", e.Err, e.Dest)
	case Committed:
		return fmt.Sprintf("the new site is in place, but %v; the next build removes it", e.Err)
	}
	return fmt.Sprintf("%v; %s was left as it was", e.Err, e.Dest)
}

func (e *CommitError) Unwrap() error { return e.Err }

// Test hooks, nil outside tests. beforeMove runs before each move of
// Commit with the number of moves made so far, and once more with the
// total before the commit point; an error it returns fails Commit there as
// a failed rename would. committed runs right after the commit point.
var (
	beforeMove func(done int) error
	committed  func()
)

// Commit ends a successful build and publishes it atomically: the output
// folder then holds the new site, whole, or (after an error, or a crash
// repaired by the next Open) the previous one, whole.
//
// Each new or changed file, or each folder missing from the output folder
// as a whole, is renamed from the staging folder into place; unchanged
// files are not touched, so their modification times stay. Every file and
// folder that the build did not write, copy or keep is removed, except
// top-level entries whose name starts with a dot and everything inside
// them, unless they are outputs that lectern itself wrote in an earlier
// build. Before the first move Commit records every move in a journal;
// each file replaced or removed is first moved into a backup folder, and
// removing the journal is the commit point, after which the backup and
// staging folders are deleted.
//
// Commit refuses, changing nothing, when a Write or Copy of this build
// failed. An error while moving (a full disk, a permission) makes Commit
// move back what it moved. Every error is a *CommitError saying what the
// output folder holds. Commit may be called once, after every Write, Copy
// and Keep has returned; the output folder stays locked until Close.
func (w *Writer) Commit() (Stats, error) {
	if !w.close() {
		return Stats{}, errors.New("cannot commit: the build is already committed or aborted")
	}
	st, state, err := w.commit()
	if err != nil {
		return st, &CommitError{State: state, Dest: w.name, Err: err}
	}
	return st, nil
}

// commit plans the moves, journals them, makes them and reports what the
// output folder holds when it fails.
func (w *Writer) commit() (Stats, State, error) {
	var st Stats
	// Before the journal exists, the staging folder is only this build's;
	// an error removing it leaves it to the next Open.
	untouched := func(err error) (Stats, State, error) {
		w.removeStaging()
		return st, Untouched, err
	}
	paths := make([]string, 0, len(w.outputs))
	for p := range w.outputs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if o := w.outputs[p]; !o.kept && !o.ready {
			return untouched(fmt.Errorf("cannot commit: output %q was not written; abort the build", p))
		}
	}
	j, err := w.plan(paths, &st)
	if err != nil || len(j.Ops) == 0 {
		return untouched(err)
	}
	if err := writeJournal(w.root, j); err != nil {
		return untouched(err)
	}
	m := &mover{root: w.root, j: j, step: beforeMove}
	for i := range j.Ops {
		if err = m.do(i); err != nil {
			break
		}
	}
	if err == nil {
		err = m.next()
	}
	if err != nil {
		state := RolledBack
		if m.done == 0 {
			state = Untouched // stopped before its first move
		}
		if _, _, rerr := rollback(w.root, j); rerr != nil {
			return st, Mixed, fmt.Errorf("%v, and moving the previous files back failed: %v", err, rerr)
		}
		// With the journal gone, the backup and staging folders are
		// litter, which the next Open removes if this fails. While the
		// journal stays, its roll-back needs them.
		if w.root.Remove(journalPath) == nil {
			w.root.RemoveAll(j.Backup)
			w.removeStaging()
		}
		return st, state, err
	}
	// The commit point.
	if err := w.root.Remove(journalPath); err != nil {
		if _, _, rerr := rollback(w.root, j); rerr != nil {
			return st, Mixed, fmt.Errorf("cannot remove the journal: %v, and moving the previous files back failed: %v", err, rerr)
		}
		return st, RolledBack, fmt.Errorf("cannot remove the journal: %v", err)
	}
	if committed != nil {
		committed()
	}
	var errs []error
	if err := w.root.RemoveAll(j.Backup); err != nil {
		errs = append(errs, fmt.Errorf("cannot remove the backup folder %s: %v", j.Backup, err))
	}
	if err := w.removeStaging(); err != nil {
		errs = append(errs, err)
	}
	return st, Committed, errors.Join(errs...)
}

// plan returns the journal of the moves that turn the output folder into
// this build's site, counting them in st. It writes nothing outside the
// staging folder; an error means nothing was moved.
func (w *Writer) plan(paths []string, st *Stats) (*journal, error) {
	j := &journal{Version: journalVersion, Staging: w.staging, Backup: stateDir + "/" + randomName(backupPrefix)}
	made := make(map[string]bool)  // folders known to be real, not links
	moved := make(map[string]bool) // folders moved whole from the staging folder
	for _, p := range paths {
		o := w.outputs[p]
		switch {
		case o.kept:
			st.Kept++
			continue
		case !o.staged:
			st.Unchanged++
			st.UnchangedBytes += o.size
			continue
		}
		st.Written++
		st.WrittenBytes += o.size
		if movedWith(p, moved) {
			continue
		}
		op, err := w.place(p, made)
		if err != nil {
			return nil, err
		}
		if op.Path != p {
			moved[op.Path] = true
		}
		j.Ops = append(j.Ops, op)
	}
	if !w.fresh {
		// Only a folder that held nothing but hidden entries at Open has
		// nothing stale to look for.
		if err := w.prune(j, st); err != nil {
			return nil, err
		}
	}
	if err := w.pruneHidden(j, st); err != nil {
		return nil, err
	}
	return j, nil
}

// place returns the op that puts the staged output p into the output
// folder. When a folder above p is missing there, or is a file or a link,
// every output under it is new and staged (Write staged them all, as none
// could equal a file behind it), so the op moves the staging folder's copy
// of that folder whole: a cold build commits in a few dozen renames. An
// entry in the way is moved aside whole, except in hidden top-level
// entries, which are only ever added to. made remembers the folders
// already checked.
func (w *Writer) place(p string, made map[string]bool) (op, error) {
	target := p
	for _, d := range parents(p) {
		if made[d] {
			continue
		}
		fi, err := w.root.Lstat(d)
		switch {
		case err == nil && fi.IsDir():
			made[d] = true
			continue
		case err == nil && hidden(d):
			return op{}, fmt.Errorf("output %q needs %q to be a folder, but it is %s; lectern does not replace entries inside hidden top-level folders, so remove it by hand", p, d, kind(fi))
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return op{}, fmt.Errorf("output %q: %v", p, err)
		}
		target = d
		break
	}
	fi, err := w.root.Lstat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return op{Path: target, New: true}, nil
	case err != nil:
		return op{}, fmt.Errorf("output %q: %v", p, err)
	case target == p && fi.IsDir() && hidden(p):
		return op{}, fmt.Errorf("output %q is a file, but %q is a folder; lectern does not replace entries inside hidden top-level folders, so remove it by hand", p, p)
	}
	return op{Path: target, Old: true, New: true}, nil
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

// prune plans the removal of what the build did not produce outside the
// hidden top-level entries: each stale file or link, and each folder that
// holds no output, whole. Links are moved, never followed. Like the
// comparisons of Write, the walk reads by plain paths, which is cheaper
// than through the os.Root; the moves go through the root.
func (w *Writer) prune(j *journal, st *Stats) error {
	removing := "" // a stale folder being walked only to count its files
	return filepath.WalkDir(w.dir, func(full string, d fs.DirEntry, err error) error {
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
		case removing != "" && strings.HasPrefix(p, removing+"/"):
			countRemoved(st, d)
			return nil
		}
		removing = ""
		_, isOutput := w.outputs[p]
		_, isFolder := w.folders[p]
		switch {
		case d.IsDir() && isFolder:
			return nil // holds outputs: look inside
		case d.IsDir() && isOutput:
			return fs.SkipDir // a folder where a file goes: place moves it aside
		case d.IsDir():
			j.Ops = append(j.Ops, op{Path: p, Old: true})
			removing = p
			return nil
		case isOutput || isFolder:
			return nil // an output, or a file where a folder goes: see place
		}
		j.Ops = append(j.Ops, op{Path: p, Old: true})
		countRemoved(st, d)
		return nil
	})
}

// countRemoved counts the entry d, which Commit removes, in st.
func countRemoved(st *Stats, d fs.DirEntry) {
	if d.IsDir() {
		return
	}
	st.Removed++
	if d.Type().IsRegular() {
		if fi, err := d.Info(); err == nil {
			st.RemovedBytes += fi.Size()
		}
	}
}
