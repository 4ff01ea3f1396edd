package floor

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

// Output is one file a generator wrote: its path under the output folder
// (slash-separated) and its size.
type Output struct {
	Path string
	Size int64
}

// Outputs lists the files under dir, a generator's output folder, leaving
// out hidden folders at its top (lectern's .lectern/ state), sorted by
// path.
func Outputs(dir string) ([]Output, error) {
	var outs []Output
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && strings.HasPrefix(rel, ".") {
				return fs.SkipDir
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		outs = append(outs, Output{Path: rel, Size: info.Size()})
		return nil
	})
	slices.SortFunc(outs, func(a, b Output) int { return strings.Compare(a.Path, b.Path) })
	return outs, err
}

// RunSame does the floor's work on src — reads every page, parses its
// front matter, renders its markdown — and then writes exactly the files
// of like, each with its size, instead of one file per page. Comparing a
// generator with the floor that writes the same outputs separates the
// cost of its extra work per page (templates, highlighting, minifying)
// from the cost of writing more files, which on some file systems grows
// with every new inode. A file whose path is a page's floor output gets
// that page's HTML, cut or repeated to the size; others get the HTML of
// the pages in turn.
func RunSame(src, dest string, like []Output) (Stats, error) {
	var mu sync.Mutex
	byPath := make(map[string][]byte)
	var filler []byte
	n, err := renderAll(src, func(p page) error {
		mu.Lock()
		defer mu.Unlock()
		byPath[p.out] = p.html
		if len(filler) < 1<<20 {
			filler = append(filler, p.html...)
		}
		return nil
	})
	if err != nil {
		return Stats{}, err
	}
	if len(filler) == 0 {
		filler = []byte("<!doctype html>\n")
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	var st Stats
	for i, o := range like {
		st.Bytes += o.Size
		g.Go(func() error {
			p := filepath.Join(dest, filepath.FromSlash(o.Path))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
			text := byPath[o.Path]
			if text == nil {
				text = filler[(i*4099)%len(filler):]
			}
			return os.WriteFile(p, sized(text, o.Size), 0o644)
		})
	}
	st.Pages = n
	return st, g.Wait()
}

// sized returns text cut or repeated to n bytes.
func sized(text []byte, n int64) []byte {
	if int64(len(text)) >= n {
		return text[:n]
	}
	return bytes.Repeat(text, int(n)/len(text)+1)[:n]
}
