package build

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/exports"
	"lectern/internal/layout"
)

// scholarDir is the folder of a Jekyll site's BibTeX files: the source
// of its _config.yml's scholar: settings (jekyll-scholar's), from the
// site's folder, _bibliography when unset.
func scholarDir(cfg config.Config, l layout.Layout) string {
	dir := "_bibliography"
	if m, ok := cfg.Settings["scholar"].(map[string]any); ok {
		if v, ok := m["source"].(string); ok && strings.Trim(v, "./ ") != "" {
			dir = strings.Trim(v, "./ ")
		}
	}
	return path.Join(l.ContentDir, path.Clean(dir))
}

// bibliographies reads the .bib files of a Jekyll site's scholar folder
// (site.Options.Bibliographies), by file name; nil for a site of another
// layout or without the folder. A broken entry is reported at its place
// in its file and left out.
func bibliographies(fsys fs.FS, cfg config.Config, l layout.Layout) (map[string][]content.BibEntry, diag.List) {
	if l.Tool != layout.Jekyll {
		return nil, nil
	}
	dir := scholarDir(cfg, l)
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, nil
	}
	var diags diag.List
	out := map[string][]content.BibEntry{}
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || (path.Ext(name) != ".bib" && path.Ext(name) != ".bibtex") {
			continue
		}
		file := path.Join(dir, name)
		if info, err := e.Info(); err != nil || info.Size() > maxBib {
			diags.Warnf(diag.Pos{File: file}, "%s is larger than %d MB; it is not read, and a bibliography of it is empty", file, maxBib>>20)
			continue
		}
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			diags.Warnf(diag.Pos{File: file}, "%s cannot be read (%v); a bibliography of it is empty", file, err)
			continue
		}
		es, d := exports.BibEntries(file, src)
		// A broken entry costs the page that entry only: a warning, not
		// a failed build.
		for _, x := range d {
			x.Severity = diag.Warning
			diags.Add(x)
		}
		out[name] = es
	}
	return out, diags
}

// maxBib bounds one BibTeX file read.
const maxBib = 16 << 20
