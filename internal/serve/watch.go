package serve

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watcher reports batches of changed files under a site's folder. A burst
// of events (an editor writing a temporary file and renaming it over the
// original, a checkout touching fifty files) becomes one batch, sent once
// no event has arrived for Quiet.
type Watcher struct {
	root    string
	skip    func(rel string, dir bool) bool
	fsw     *fsnotify.Watcher
	batches chan []string
	errs    chan error
	// Quiet is how long the folder must be still before a batch is sent;
	// MaxWait caps the delay of a batch under a steady stream of events.
	quiet, maxWait time.Duration
}

// NewWatcher watches root and every folder below it that skip does not
// exclude, adding folders as they are created. skip receives paths
// relative to root, slash-separated.
func NewWatcher(root string, quiet time.Duration, skip func(rel string, dir bool) bool) (*Watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{
		root: root, skip: skip, fsw: fsw,
		batches: make(chan []string), errs: make(chan error, 1),
		quiet: quiet, maxWait: 20 * quiet,
	}
	if _, err := w.addTree(root); err != nil {
		fsw.Close()
		return nil, err
	}
	go w.loop()
	return w, nil
}

// Batches delivers the changed paths, relative to the root and
// slash-separated, sorted and without duplicates. A path may name a file
// that no longer exists (deleted or renamed away) or a new folder.
func (w *Watcher) Batches() <-chan []string { return w.batches }

// Errors delivers errors of the underlying watcher.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Close stops watching; Batches is closed once the loop has ended.
func (w *Watcher) Close() error { return w.fsw.Close() }

// addTree watches dir and its sub-folders and returns the files found in
// them, so that files written into a new folder before its watch was set
// are not missed.
func (w *Watcher) addTree(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // vanished while walking: its removal comes as an event
		}
		rel := w.rel(p)
		if p != w.root && w.skip(rel, d.IsDir()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if err := w.fsw.Add(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			return nil
		}
		files = append(files, rel)
		return nil
	})
	return files, err
}

func (w *Watcher) rel(p string) string {
	r, err := filepath.Rel(w.root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

func (w *Watcher) loop() {
	defer close(w.batches)
	pending := map[string]bool{}
	var quiet, deadline <-chan time.Time
	for {
		select {
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			rel := w.rel(ev.Name)
			if rel == "." || w.skip(rel, false) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					if w.skip(rel, true) {
						continue
					}
					files, _ := w.addTree(ev.Name)
					for _, f := range files {
						pending[f] = true
					}
				}
			}
			pending[rel] = true
			if deadline == nil {
				deadline = time.After(w.maxWait)
			}
			quiet = time.After(w.quiet)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			select {
			case w.errs <- err:
			default:
			}
		case <-quiet:
			quiet = nil
			if w.flush(pending) {
				pending, deadline = map[string]bool{}, nil
			} else {
				// The consumer is still rebuilding: keep gathering, and
				// offer the merged batch when it is free.
				quiet = time.After(w.quiet)
			}
		case <-deadline:
			deadline = nil
			if w.flush(pending) {
				pending, quiet = map[string]bool{}, nil
			} else if quiet == nil {
				quiet = time.After(w.quiet)
			}
		}
	}
}

// flush offers the pending paths as one batch without blocking; it reports
// whether the batch was taken.
func (w *Watcher) flush(pending map[string]bool) bool {
	if len(pending) == 0 {
		return true
	}
	batch := slices.Sorted(maps.Keys(pending))
	select {
	case w.batches <- batch:
		return true
	default:
		return false
	}
}

// skipName reports whether a file name is an editor's temporary or backup
// file, whose changes never call for a rebuild.
func skipName(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") ||
		strings.HasPrefix(name, "#") || name == "4913" // vim's write test
}
