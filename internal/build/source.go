package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"

	"lectern/internal/layout"
)

// OpenSource returns the site folder dir as an fs.FS that never leaves it:
// a symbolic link pointing outside the folder cannot be read through it,
// so neither a build nor the preview server can publish a file from
// elsewhere on the machine. close releases the folder.
// A repository keeping its site in a folder of its top (see SiteRoot)
// is opened at that folder.
func OpenSource(dir string) (fsys fs.FS, close func() error, err error) {
	root, err := openRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	return root.FS(), root.Close, nil
}

// openRoot opens the site folder dir, or the folder of it that holds
// the site (layout.SiteFolder).
func openRoot(dir string) (*os.Root, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot open the site folder: %w", err)
	}
	sub := layout.SiteFolder(root.FS())
	if sub == "" {
		return root, nil
	}
	defer root.Close()
	site, err := root.OpenRoot(sub)
	if err != nil {
		return nil, fmt.Errorf("cannot open the site folder: %w", err)
	}
	return site, nil
}

// SiteRoot returns the folder of the repository dir that holds its
// site: dir itself, or, when dir's top holds no site but one of its
// folders does (a Django project's hugo_site/, see layout.SiteFolder),
// that folder, which the build reads, the preview watches and the
// default output folder (public/) goes in, as the site's tool has it.
func SiteRoot(dir string) string {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return dir
	}
	defer root.Close()
	if sub := layout.SiteFolder(root.FS()); sub != "" {
		return filepath.Join(dir, filepath.FromSlash(sub))
	}
	return dir
}

// openSnapshot is OpenSource for a single build: it also keeps each folder
// it reads files from open until close. An os.Root resolves a path one
// component at a time, so reading content/talks/x.md through the site's
// root costs three opens; through the kept content/talks it costs one,
// which on a site of 10,000 talks saves 20,000 system calls.
//
// The preview does not use it: a folder kept open would go on naming the
// old folder after an editor or a checkout replaced it.
func openSnapshot(dir string) (fs.FS, func() error, error) {
	root, err := openRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	s := &snapshotFS{FS: root.FS(), root: root, dirs: make(map[string]*os.Root)}
	return s, s.close, nil
}

// snapshotFS reads files through kept folders; everything else, and every
// error, goes through the site's root, so that behaviour and messages are
// those of OpenSource.
type snapshotFS struct {
	fs.FS
	root *os.Root

	mu   sync.Mutex
	dirs map[string]*os.Root // folder → kept open; nil when it could not be
}

// ReadFile reads name through its kept folder.
func (s *snapshotFS) ReadFile(name string) ([]byte, error) {
	if fs.ValidPath(name) {
		if dir, base := path.Split(name); dir != "" {
			if r := s.dir(dir[:len(dir)-1]); r != nil {
				if b, err := r.ReadFile(base); err == nil {
					return b, nil
				}
			}
		}
	}
	return fs.ReadFile(s.FS, name)
}

// ReadDir and Stat are the root's own; without them here, fs.ReadDir and
// fs.Stat would fall back to Open and read the folder or file twice.
func (s *snapshotFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(s.FS, name) }

// Stat returns the root's answer.
func (s *snapshotFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(s.FS, name) }

// ReadLink and Lstat return the root's answers (fs.ReadLinkFS), so that
// the loader can tell a link to a folder that holds it.
func (s *snapshotFS) ReadLink(name string) (string, error) { return fs.ReadLink(s.FS, name) }

// Lstat returns the root's answer.
func (s *snapshotFS) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(s.FS, name) }

// dir returns the kept folder dir, opening it on first use, or nil when
// it cannot be opened.
func (s *snapshotFS) dir(dir string) *os.Root {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dirs == nil {
		return nil // closed: the root gives the error
	}
	r, ok := s.dirs[dir]
	if !ok {
		r, _ = s.root.OpenRoot(dir)
		s.dirs[dir] = r
	}
	return r
}

func (s *snapshotFS) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, r := range s.dirs {
		if r != nil {
			errs = append(errs, r.Close())
		}
	}
	s.dirs = nil
	errs = append(errs, s.root.Close())
	return errors.Join(errs...)
}

// readError explains an error reading a file of the site, naming the fix
// for a link that leads out of the site folder.
func readError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Err != nil && pe.Err.Error() == "path escapes from parent" {
		return "it is a symbolic link to a file outside the site folder, which lectern never reads; copy the file into the site instead"
	}
	return err.Error()
}
