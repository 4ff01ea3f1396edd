package layout

import (
	"io/fs"
	"path"
	"slices"
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
	// Astro 5's collections may load from any folder, glob({base:
	// "./src/data/blog"}): the folder holding it is read too, so that
	// the collection's own name still says the pages' kind.
	var pageDirs []string
	for _, base := range loaderBases(fsys) {
		parent := path.Dir(base)
		if parent == "." || strings.HasPrefix(base+"/", "src/content/") || strings.HasPrefix(base+"/", "src/pages/") {
			continue
		}
		if info, err := fs.Stat(fsys, base); err == nil && info.IsDir() {
			pageDirs = append(pageDirs, base)
			if !slices.Contains(dirs, parent) {
				dirs = append(dirs, parent)
			}
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
	return Layout{Tool: Astro, Evidence: evidence, ContentDir: dirs[0], Dirs: dirs[1:], AssetDirs: assets, PageDirs: pageDirs, StaticDir: "public", skip: func(p string, dir bool) bool {
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

// astroEvidence is the file or folder that says a site without an
// astro.config.* is an Astro site, one that exists, so that the line
// naming it can be checked: package.json when it depends on astro, else
// the content config, else src/content or src/pages, whichever is there.
func astroEvidence(fsys fs.FS) string {
	if dependsOn(fsys, "astro") {
		return "package.json"
	}
	for _, f := range slices.Concat(astroContentConfigs, []string{"src/content", "src/pages"}) {
		if _, err := fs.Stat(fsys, f); err == nil {
			return f
		}
	}
	return "src/pages"
}

// astroContentConfigs are the files an Astro site declares its content
// collections in.
var astroContentConfigs = []string{"src/content.config.ts", "src/content.config.mjs", "src/content.config.js", "src/content/config.ts", "src/content/config.mjs", "src/content/config.js"}

// loaderBases are the folders, from the site root, that the glob loaders
// of the site's content config read ("./src/data/blog" is src/data/blog),
// in the order written.
func loaderBases(fsys fs.FS) []string {
	var out []string
	for _, c := range astroCollections(fsys) {
		if c.base != "" && c.loaded && !slices.Contains(out, c.base) {
			out = append(out, c.base)
		}
	}
	return out
}
