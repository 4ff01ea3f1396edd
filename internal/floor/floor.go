package floor

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/sync/errgroup"
)

// Stats tells what Run did.
type Stats struct {
	// Pages counts the files read and written.
	Pages int
	// Bytes counts the bytes written.
	Bytes int64
}

// Run reads every .md file under src/content and writes, for each, the
// HTML of its body to dest/<path without extension>/index.html. Files with
// front matter that cannot be parsed are rendered whole, as a generator
// would report and go on. dest is created if missing.
func Run(src, dest string) (Stats, error) {
	var written atomic.Int64
	n, err := renderAll(src, func(p page) error {
		written.Add(int64(len(p.html)))
		file := filepath.Join(dest, filepath.FromSlash(p.out))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		return os.WriteFile(file, p.html, 0o644)
	})
	return Stats{Pages: n, Bytes: written.Load()}, err
}

// page is one content file rendered by the floor: where Run writes it
// (slash-separated, under the output folder) and its HTML.
type page struct {
	out  string
	html []byte
}

// renderAll reads, parses and renders every .md file under src/content,
// on all cores, handing each page to emit on the worker that rendered it
// (so that writing overlaps rendering, as in a generator); it returns the
// number of pages.
func renderAll(src string, emit func(page) error) (int, error) {
	var files []string
	root := filepath.Join(src, "content")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, p := range files {
		g.Go(func() error {
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			var matter map[string]any
			body, err := frontmatter.Parse(bytes.NewReader(src), &matter)
			if err != nil {
				body = src
			}
			var out bytes.Buffer
			out.Grow(len(body) * 3 / 2)
			if err := md.Convert(body, &out); err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, strings.TrimSuffix(p, ".md"))
			return emit(page{out: filepath.ToSlash(rel) + "/index.html", html: out.Bytes()})
		})
	}
	return len(files), g.Wait()
}
