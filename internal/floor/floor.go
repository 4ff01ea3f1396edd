package floor

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

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
	var pages []string
	root := filepath.Join(src, "content")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil {
		return Stats{}, err
	}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	sizes := make([]int64, len(pages))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range pages {
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
			dir := filepath.Join(dest, rel)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			sizes[i] = int64(out.Len())
			return os.WriteFile(filepath.Join(dir, "index.html"), out.Bytes(), 0o644)
		})
	}
	if err := g.Wait(); err != nil {
		return Stats{}, err
	}
	st := Stats{Pages: len(pages)}
	for _, n := range sizes {
		st.Bytes += n
	}
	return st, nil
}
