package layout

import (
	"bytes"
	"io/fs"
	"strings"
)

// starlightPackage is the package of Starlight, Astro's documentation
// theme, as a site's package.json and astro config name it.
const starlightPackage = "@astrojs/starlight"

// starlightDocs reports whether the Astro site l publishes the entries
// of src/content/docs at the root, as Starlight does: its integration
// adds the route ([...slug]) that serves the docs collection, so the
// site has none in src/pages, and src/content/docs/guides/cfp.md is
// at /guides/cfp/, its index.mdx the home page. The site uses Starlight
// when its astro config or its package.json names the package.
func starlightDocs(fsys fs.FS, l Layout) bool {
	if info, err := fs.Stat(fsys, "src/content/docs"); err != nil || !info.IsDir() {
		return false
	}
	if l.ContentDir != "src/content" {
		return false
	}
	if strings.HasPrefix(l.Evidence, "astro.config") {
		if src, err := fs.ReadFile(fsys, l.Evidence); err == nil && bytes.Contains(src, []byte(starlightPackage)) {
			return true
		}
	}
	return dependsOn(fsys, starlightPackage)
}
