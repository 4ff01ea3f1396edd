package sitegen

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing/fstest"

	"golang.org/x/sync/errgroup"
)

// Write writes every file of the site under dir, creating folders as
// needed, on all cores. Files already there are overwritten; other files
// are left alone, so write into an empty folder.
func (s *Site) Write(dir string) error {
	var mu sync.Mutex
	made := map[string]bool{}
	mkdir := func(d string) error {
		mu.Lock()
		defer mu.Unlock()
		if made[d] {
			return nil
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
		made[d] = true
		return nil
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	n := s.Len()
	const batch = 64
	for lo := 0; lo < n; lo += batch {
		g.Go(func() error {
			for i := lo; i < min(lo+batch, n); i++ {
				name, data := s.File(i)
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := mkdir(filepath.Dir(p)); err != nil {
					return err
				}
				if err := os.WriteFile(p, data, 0o644); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// MapFS returns the site as an in-memory file system, for tests.
func (s *Site) MapFS() fstest.MapFS {
	fsys := make(fstest.MapFS, s.Len())
	for i := range s.Len() {
		name, data := s.File(i)
		fsys[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return fsys
}
