package serve

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"path"
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
	// realRoot is root with its symbolic links resolved; links maps the
	// folder a symbolic link of the site points to, relative to root, to
	// the links pointing there (see followLink).
	realRoot string
	links    map[string][]string
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
		links: map[string][]string{},
	}
	w.realRoot, err = filepath.EvalSymlinks(root)
	if err != nil {
		fsw.Close()
		return nil, err
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
		if d.Type()&fs.ModeSymlink != 0 {
			w.followLink(p, rel)
		}
		files = append(files, rel)
		return nil
	})
	return files, err
}

// followLink notes the folder the symbolic link p (rel, relative to the
// root) points to, when that folder is in the site: the build publishes
// its files at the link's path too (content.Links), but the watch of a
// folder reports its files at the folder's own path, once, however many
// links lead there. A change under the folder is then also reported at
// each link's path (see alsoAt). A link out of the site, to a file or to
// nothing is left alone, as the build leaves it.
func (w *Watcher) followLink(p, rel string) {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return
	}
	if info, err := os.Stat(target); err != nil || !info.IsDir() {
		return
	}
	to, err := filepath.Rel(w.realRoot, target)
	if err != nil || to == ".." || strings.HasPrefix(to, ".."+string(filepath.Separator)) {
		return
	}
	to = filepath.ToSlash(to)
	if to == "." || strings.HasPrefix(rel+"/", to+"/") {
		return // a link to a folder holding it: the build does not walk it
	}
	if slices.Contains(w.links[to], rel) {
		return
	}
	w.links[to] = append(w.links[to], rel)
	if w.skipped(to) {
		// A folder the site reaches only through the link (lectern's
		// static/images -> ../assets/images): watched for the link.
		w.addLinked(target, rel)
	}
}

// skipped reports whether the folder rel, or one holding it, is one the
// watcher leaves out.
func (w *Watcher) skipped(rel string) bool {
	for dir := rel; dir != "."; dir = path.Dir(dir) {
		if w.skip(dir, true) {
			return true
		}
	}
	return false
}

// addLinked watches dir, a folder left out but reached through the
// symbolic link at, and its sub-folders, judging each by its path
// through the link; it returns the files found there, at those paths.
func (w *Watcher) addLinked(dir, at string) []string {
	var files []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		r, _ := filepath.Rel(dir, p)
		rel := path.Join(at, filepath.ToSlash(r))
		if p != dir && w.skip(rel, d.IsDir()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			_ = w.fsw.Add(p)
			return nil
		}
		files = append(files, rel)
		return nil
	})
	return files
}

// alsoAt returns rel's paths through the symbolic links to one of the
// folders holding it (see followLink), those the watcher follows; nil
// when no link leads there.
func (w *Watcher) alsoAt(rel string) []string {
	var at []string
	for dir := rel; dir != "."; dir = path.Dir(dir) {
		for _, link := range w.links[dir] {
			if p := link + strings.TrimPrefix(rel, dir); !w.skip(p, false) {
				at = append(at, p)
			}
		}
	}
	return at
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
			if rel == "." {
				continue
			}
			// A change in a folder reached through a symbolic link is
			// one at the link's path too; in one the watcher leaves
			// out (watched for the link alone), only there.
			ats := w.alsoAt(rel)
			own := !w.skip(rel, false)
			if !own && len(ats) == 0 {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					var files []string
					if own && !w.skip(rel, true) {
						files, _ = w.addTree(ev.Name)
					} else if !own {
						for _, at := range ats {
							files = append(files, w.addLinked(ev.Name, at)...)
						}
					}
					for _, f := range files {
						pending[f] = true
						for _, at := range w.alsoAt(f) {
							pending[at] = true
						}
					}
				}
			}
			if own {
				pending[rel] = true
			}
			for _, at := range ats {
				pending[at] = true
			}
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
