package layout

import (
	"io/fs"
	"path"
	"strings"
)

// astro reads an Astro site in place: its content collections, its
// markdown pages and the images its pages name in src/assets.
func astro(fsys fs.FS, evidence string) Layout {
	// Content collections and markdown pages are both pages; a page's
	// URL is its path under the folder it is in, as Astro routes
	// src/pages and as most sites route their collections.
	dirs := []string{}
	for _, d := range []string{"src/content", "src/pages"} {
		if info, err := fs.Stat(fsys, d); err == nil && info.IsDir() {
			dirs = append(dirs, d)
		}
	}
	if len(dirs) == 0 {
		dirs = []string{"src/pages"} // so that the loader says it is missing
	}
	// Astro 5's blog starter writes heroImage: '../../assets/x.jpg', and
	// bodies link images so; Astro publishes them, and lectern at
	// /assets/x.jpg, where such a link from /blog/post/ arrives.
	var assets []string
	if info, err := fs.Stat(fsys, "src/assets"); err == nil && info.IsDir() {
		assets = []string{"src/assets"}
	}
	return Layout{Tool: Astro, Evidence: evidence, ContentDir: dirs[0], Dirs: dirs[1:], AssetDirs: assets, StaticDir: "public", skip: func(p string, dir bool) bool {
		if dir {
			return false
		}
		if strings.HasPrefix(p, "src/pages/") {
			// Only markdown pages: .astro files and endpoints are
			// programs, and what they make cannot be known.
			switch strings.ToLower(path.Ext(p)) {
			case ".md", ".mdx", ".markdown":
				return false
			}
			return true
		}
		// Data collections (.yaml, .json) feed templates; they are
		// never published.
		return isScript(p) || dataExt[strings.ToLower(path.Ext(p))]
	}}
}
