package publish

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"
)

// Writer writes one build into an output folder. Write, Copy and Keep are
// safe for concurrent use by many goroutines; Commit or Abort ends the
// build, after which the Writer accepts nothing more, and Close releases
// the output folder. Make a Writer with Open.
type Writer struct {
	name string   // the output folder as given to Open, for messages
	dir  string   // the output folder, absolute
	root *os.Root // the same; every write and removal goes through it
	lock *os.File // holds the output folder's lock until Close
	min  *Minifier

	recovered Recovery // what Open did before the build

	// inflight counts Write, Copy and Keep calls past their claim, so that
	// Commit and Abort wait for them to finish.
	inflight sync.WaitGroup

	mu       sync.Mutex
	closed   bool              // Commit or Abort ended the build
	released bool              // Close released the folder
	outputs  map[string]output // by output path, held by value: a build has one per file
	folders  map[string]string // folder → one output under it, for messages
	dirs     map[string]bool   // folder → it is a real folder in the output folder
	staged   map[string]bool   // folders made in the staging folder
	fresh    bool              // the output folder had only hidden entries at Open
	stage    *os.Root          // the staging folder, made on first need
	staging  string            // its name relative to the output folder
}

// output is one path of the build.
type output struct {
	kept   bool  // named by Keep only: on disk from a previous build
	ready  bool  // Write or Copy succeeded
	staged bool  // new or changed: the bytes wait in the staging folder
	size   int64 // bytes written or found unchanged
}

// Recovery tells what Open found and repaired, left by earlier builds that
// were killed or failed to clean up.
type Recovery struct {
	// Interrupted reports that a build was killed while it was moving
	// files into place. Open rolled its moves back: the output folder
	// holds the site of the build before it, whole.
	Interrupted bool
	// Restored counts the files of that previous site which Open put back
	// into place; Discarded the new files and folders it took out again.
	Restored, Discarded int
	// Leftovers counts the staging and backup folders Open removed.
	Leftovers int
}

// Open returns a Writer for the output folder dest, creating dest if it is
// missing, and with it lectern's folder .lectern inside dest. Open does
// not check dest; call CheckDest first.
//
// Before anything else, Open takes the output folder's lock, which the
// Writer holds until Close (or, when it dies, until the kernel drops it):
// when another build holds it, Open fails at once with a *LockedError.
// Then, under the lock, Open rolls back a Commit that was interrupted
// (see Recovered) and removes staging and backup folders left behind.
// Until Commit, nothing else in dest changes except inside .lectern.
func Open(dest string, opts Options) (*Writer, error) {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return nil, fmt.Errorf("cannot open output folder %q: %v", dest, err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output folder: %v", err)
	}
	if abs, err = filepath.EvalSymlinks(abs); err != nil {
		return nil, fmt.Errorf("cannot open output folder: %v", err)
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return nil, fmt.Errorf("cannot open output folder: %v", err)
	}
	w := &Writer{
		name:    dest,
		dir:     abs,
		root:    root,
		min:     NewMinifier(opts),
		outputs: make(map[string]output),
		folders: make(map[string]string),
		dirs:    make(map[string]bool),
		staged:  make(map[string]bool),
	}
	if err := w.take(); err != nil {
		if w.lock != nil {
			unlock(w.lock)
		}
		root.Close()
		return nil, err
	}
	return w, nil
}

// take locks the output folder, then repairs what earlier builds left.
func (w *Writer) take() error {
	if err := makeStateDir(w.root); err != nil {
		return err
	}
	l, err := lock(w.root, w.name)
	if err != nil {
		return err
	}
	w.lock = l
	j, err := readJournal(w.root)
	if err != nil {
		return fmt.Errorf("an earlier build was interrupted while publishing, and its journal %s cannot be used: %v; %s may hold a mix of two builds, so delete it and build again", journalPath, err, w.name)
	}
	if j != nil {
		restored, discarded, err := rollback(w.root, j)
		if err != nil {
			return fmt.Errorf("an earlier build was interrupted while publishing, and restoring the previous site failed: %v; %s holds a mix of two builds until a build succeeds in restoring it, so fix the cause and build again", err, w.name)
		}
		if err := w.root.Remove(journalPath); err != nil {
			return fmt.Errorf("an earlier build was interrupted while publishing; the previous site is restored, but the journal cannot be removed: %v", err)
		}
		w.recovered = Recovery{Interrupted: true, Restored: restored, Discarded: discarded}
	}
	n, fresh, err := removeLeftovers(w.root)
	w.recovered.Leftovers, w.fresh = n, fresh
	return err
}

// Recovered tells what Open repaired before this build.
func (w *Writer) Recovered() Recovery {
	return w.recovered
}

// SetOptions replaces the options given to Open. It lets a build take the
// output folder, and its lock, before it has read the configuration that
// decides them. Call it before the first Write; it is not safe to call
// while Write runs.
func (w *Writer) SetOptions(opts Options) {
	w.min = NewMinifier(opts)
}

// Write adds the output at path, minified by mediaType when the Writer
// minifies. path is relative to the output folder, slash-separated and
// clean ("talks/x/index.html"). Write fails, naming path, when path is not
// such a path, when another Write or Copy of this build claimed it already
// (two outputs for one URL), when it needs a folder where another output
// is a file or the reverse, or when minifying fails. Write does not keep
// body.
func (w *Writer) Write(path, mediaType string, body []byte) error {
	if err := w.claim(path, false); err != nil {
		return err
	}
	defer w.inflight.Done()
	sc := scratchPool.Get().(*scratch)
	defer func() {
		if cap(sc.in) <= maxScratch && cap(sc.out) <= maxScratch {
			scratchPool.Put(sc)
		}
	}()
	out, err := w.min.minify(sc, mediaType, body)
	if err != nil {
		return fmt.Errorf("output %q: %v", path, err)
	}
	if w.sameBytes(path, out) {
		return w.done(path, false, int64(len(out)))
	}
	name, err := w.prepare(path)
	if err != nil {
		return err
	}
	if err := writeNew(w.full(name), out); err != nil {
		return fmt.Errorf("output %q: cannot write %s: %v", path, name, err)
	}
	return w.done(path, true, int64(len(out)))
}

// Copy adds the output at path with the bytes of the file name in src,
// streamed as they are, never minified. path follows the rules of Write;
// name is a path in src as fs.Open takes it.
func (w *Writer) Copy(path string, src fs.FS, name string) error {
	if err := w.claim(path, false); err != nil {
		return err
	}
	defer w.inflight.Done()
	fi, err := fs.Stat(src, name)
	if err != nil {
		return fmt.Errorf("output %q: cannot copy: %v", path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("output %q: cannot copy %q: it is a folder, not a file", path, name)
	}
	same, err := w.sameFile(path, fi.Size(), src, name)
	if err != nil {
		return fmt.Errorf("output %q: cannot copy: %v", path, err)
	}
	if same {
		return w.done(path, false, fi.Size())
	}
	in, err := src.Open(name)
	if err != nil {
		return fmt.Errorf("output %q: cannot copy: %v", path, err)
	}
	defer in.Close()
	stage, sname, err := w.create(path)
	if err != nil {
		return err
	}
	n, err := io.Copy(stage, in)
	if cerr := stage.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("output %q: cannot copy %q to %s: %v", path, name, sname, err)
	}
	return w.done(path, true, n)
}

// Keep names an output of an earlier build that this incremental build did
// not render again: Commit leaves the file at path as it is instead of
// removing it. Keeping a path that Write or Copy also gave is allowed; the
// new bytes win. Keep fails when path breaks the rules of Write.
func (w *Writer) Keep(path string) error {
	if err := w.claim(path, true); err != nil {
		return err
	}
	w.inflight.Done()
	return nil
}

// Abort ends a failed build: it removes the staging folder, so the output
// folder is as it was before Open, and releases the folder as Close does.
// Abort after Commit only releases the folder, so a deferred Abort is a
// safe guard for every error path.
func (w *Writer) Abort() error {
	var err error
	if w.close() {
		err = w.removeStaging()
	}
	return errors.Join(err, w.Close())
}

// Close releases the output folder: it drops the lock, so that another
// build may open it. A build calls Close after Commit once it has written
// what it records beside the site (such as its manifest in .lectern), so
// that no other build can see the new site without that record. Close on
// a build neither committed nor aborted aborts it first; Close after Close
// does nothing.
func (w *Writer) Close() error {
	if w.close() {
		w.removeStaging()
	}
	w.mu.Lock()
	if w.released {
		w.mu.Unlock()
		return nil
	}
	w.released = true
	w.mu.Unlock()
	var errs []error
	if w.stage != nil {
		errs = append(errs, w.stage.Close())
	}
	errs = append(errs, unlock(w.lock), w.root.Close())
	return errors.Join(errs...)
}

// claim validates p and reserves it for this build. On success the caller
// must call w.inflight.Done once it has finished with p.
func (w *Writer) claim(p string, keep bool) error {
	if err := checkPath(p); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return fmt.Errorf("output %q: the build is already committed or aborted", p)
	}
	if o, ok := w.outputs[p]; ok {
		switch {
		case keep:
		case o.kept:
			o.kept = false
			w.outputs[p] = o
		default:
			return fmt.Errorf("output %q is written twice in one build; two outputs claim the same URL", p)
		}
		w.inflight.Add(1)
		return nil
	}
	if other, ok := w.folders[p]; ok {
		return fmt.Errorf("output %q is also a folder holding the output %q; rename one of them", p, other)
	}
	for _, d := range parents(p) {
		if _, ok := w.outputs[d]; ok {
			return fmt.Errorf("output %q needs %q to be a folder, but %q is also an output file; rename one of them", p, d, d)
		}
	}
	w.outputs[p] = output{kept: keep}
	for _, d := range parents(p) {
		if _, ok := w.folders[d]; !ok {
			w.folders[d] = p
		}
	}
	w.inflight.Add(1)
	return nil
}

// done records the result of a Write or Copy of p.
func (w *Writer) done(p string, staged bool, size int64) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	o := w.outputs[p]
	o.ready, o.staged, o.size = true, staged, size
	w.outputs[p] = o
	return nil
}

// prepare makes the staging folder and the folders above the staging
// file of p, and returns the file's path in the output folder.
//
// The staging folder is this build's own: made by it under a random name,
// and every folder in it made by stageDir. Its files are therefore
// created by plain path, one system call, where the os.Root walks the
// path a component at a time (five calls for talks/x/index.html, the
// largest cost of a cold build); O_EXCL refuses any entry already there,
// a link included.
func (w *Writer) prepare(p string) (string, error) {
	if _, err := w.stageRoot(); err != nil {
		return "", fmt.Errorf("output %q: %v", p, err)
	}
	name := w.staging + "/" + p
	if dir := path.Dir(p); dir != "." {
		if err := w.stageDir(dir); err != nil {
			return "", fmt.Errorf("output %q: cannot create folder in %s: %v", p, w.staging, err)
		}
	}
	return name, nil
}

// create makes the staging file for p (see prepare) and returns it with a
// name for messages.
func (w *Writer) create(p string) (*os.File, string, error) {
	name, err := w.prepare(p)
	if err != nil {
		return nil, "", err
	}
	f, err := os.OpenFile(w.full(name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, "", fmt.Errorf("output %q: cannot create %s: %v", p, name, err)
	}
	return f, name, nil
}

// stageDir makes the folder dir, and those above it, in the staging
// folder, each once per build: a single mkdir when the folder above is
// known, as it is for all but the first page of each section.
func (w *Writer) stageDir(dir string) error {
	w.mu.Lock()
	done, parentDone := w.staged[dir], w.staged[path.Dir(dir)]
	w.mu.Unlock()
	if done {
		return nil
	}
	full := w.full(w.staging + "/" + dir)
	var err error
	if parentDone || path.Dir(dir) == "." {
		// Another Write may have made it since the check: that is fine,
		// as only this Writer makes folders here.
		if err = os.Mkdir(full, 0o755); errors.Is(err, fs.ErrExist) {
			err = nil
		}
	} else {
		err = os.MkdirAll(full, 0o755)
	}
	if err != nil {
		return err
	}
	w.mu.Lock()
	for d := dir; d != "."; d = path.Dir(d) {
		w.staged[d] = true
	}
	w.mu.Unlock()
	return nil
}

// full returns the file system path of the output path p.
func (w *Writer) full(p string) string {
	return filepath.Join(w.dir, filepath.FromSlash(p))
}

// stageRoot returns the staging folder, making it on first use, so that a
// build in which nothing changed leaves the output folder untouched.
func (w *Writer) stageRoot() (*os.Root, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stage != nil {
		return w.stage, nil
	}
	name := stateDir + "/" + randomName(stagingPrefix)
	if err := w.root.Mkdir(name, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create staging folder: %v", err)
	}
	stage, err := w.root.OpenRoot(name)
	if err != nil {
		return nil, fmt.Errorf("cannot open staging folder: %v", err)
	}
	w.stage, w.staging = stage, name
	return stage, nil
}

// close marks the build as ended and waits for the calls still at work.
// It reports false when the build had already ended.
func (w *Writer) close() bool {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return false
	}
	w.closed = true
	w.mu.Unlock()
	w.inflight.Wait()
	return true
}

// removeStaging removes the staging folder, if the build made one.
func (w *Writer) removeStaging() error {
	if w.stage == nil {
		return nil
	}
	// Closed first: Windows does not remove a folder that is open.
	w.stage.Close()
	w.stage = nil
	if err := w.root.RemoveAll(w.staging); err != nil {
		return fmt.Errorf("cannot remove the staging folder %s: %v", w.staging, err)
	}
	return nil
}
