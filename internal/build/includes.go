package build

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/layout"
)

// maxInclude bounds the size of one include read: a file that large in
// _includes is not markup a page includes.
const maxInclude = 1 << 20

// includesDir is where a Jekyll or Eleventy site of layout l keeps its
// includes (Eleventy's default; a dir.includes set in its config is
// not read).
func includesDir(l layout.Layout) string {
	return path.Join(l.ContentDir, "_includes")
}

// includes reads the _includes folder of a Jekyll or Eleventy site,
// whose page bodies are Liquid (site.Options.Includes), by each file's
// path in the folder; nil for a site of any other layout, whose bodies
// are not Liquid. A
// folder that is missing or cannot be read gives an empty map: a page
// including one of its files is then told so where it includes it.
func includes(fsys fs.FS, l layout.Layout) map[string][]byte {
	if l.Tool != layout.Jekyll && l.Tool != layout.Eleventy {
		return nil
	}
	root := includesDir(l)
	out := map[string][]byte{}
	_ = fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if info, err := d.Info(); err != nil || info.Size() > maxInclude {
			return nil
		}
		if b, err := fs.ReadFile(fsys, p); err == nil {
			out[strings.TrimPrefix(p, root+"/")] = b
		}
		return nil
	})
	return out
}

// Watched reports whether rel (a file or folder of the site, from its
// folder) is an input a build reads though the layout leaves it out of
// the pages: the data and includes folders of a Jekyll or Eleventy site,
// the templates of a Hugo site's own shortcodes (shortcodeFile), a
// Quarto site's files for its pages' include shortcode (quartoInclude),
// and on a Jekyll site the files and folders below the top whose name
// starts with "_" (_posts/_includes/), which Jekyll reads as no page but
// a page's {% include_relative %} may show, and its .bib files, which
// {% bibliography %} shows. The preview watches them.
func Watched(l layout.Layout, rel string) bool {
	if l.Tool == layout.Jekyll && relativeOnly(l, rel) {
		return true
	}
	// jekyll-scholar's BibTeX files, in a folder (_bibliography) that
	// may be set in _config.yml, which this does not read.
	if l.Tool == layout.Jekyll && (path.Ext(rel) == ".bib" || path.Ext(rel) == ".bibtex") {
		return true
	}
	if shortcodeFile(l, rel) {
		return true
	}
	if l.Tool == layout.Quarto && quartoInclude(rel) {
		return true
	}
	if l.Tool == layout.Franklin && layout.IsFranklinNav(rel) {
		// The layout's navigation is the site's menu.
		return true
	}
	var dirs []string
	switch l.Tool {
	case layout.Jekyll:
		dirs = []string{"_data", "_includes"}
	case layout.Eleventy:
		dirs = []string{"_data", "_includes"}
	}
	for _, d := range dirs {
		root := path.Join(l.ContentDir, d)
		if rel == root || strings.HasPrefix(rel, root+"/") {
			return true
		}
	}
	return false
}

// quartoInclude reports whether rel is a file a Quarto page may include
// ({{< include _bio.qmd >}}): markdown whose name starts with "_", as
// Quarto leaves such files unrendered, in no folder so named (_site/ and
// _freeze/ are Quarto's output).
func quartoInclude(rel string) bool {
	dir, base := path.Split(rel)
	switch strings.ToLower(path.Ext(base)) {
	case ".qmd", ".md", ".markdown", ".rmd":
	default:
		return false
	}
	return strings.HasPrefix(base, "_") && !strings.HasPrefix(dir, "_") && !strings.Contains(dir, "/_")
}

// readFile reads a file of fsys for a page's {% include_relative %}, as
// an include is read: a regular file of at most maxInclude bytes.
func readFile(fsys fs.FS) func(name string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return nil, err
		}
		if !info.Mode().IsRegular() || info.Size() > maxInclude {
			return nil, fs.ErrNotExist
		}
		return fs.ReadFile(fsys, name)
	}
}

// relativeOnly reports whether rel is in a folder of a Jekyll site that
// the site reads (not its machinery, _layouts/ or _site/), below it,
// with a name starting with "_" on the way: Jekyll reads no page there,
// so such a file is an input only through include_relative.
func relativeOnly(l layout.Layout, rel string) bool {
	in := rel
	if l.ContentDir != "." && l.ContentDir != "" {
		var ok bool
		if in, ok = strings.CutPrefix(rel, l.ContentDir+"/"); !ok {
			return false
		}
	}
	parts := strings.Split(in, "/")
	if len(parts) < 2 || l.Skip(path.Join(l.ContentDir, parts[0]), true) {
		return false
	}
	for _, p := range parts[1:] {
		if strings.HasPrefix(p, "_") {
			return true
		}
	}
	return false
}
