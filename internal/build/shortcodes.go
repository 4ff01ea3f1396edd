package build

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/layout"
)

// shortcodesDir is where a Hugo site keeps the templates of its own
// shortcodes. A theme's (themes/NAME/layouts/shortcodes/) are not read:
// the site's are those its author wrote for its pages.
const shortcodesDir = "layouts/shortcodes"

// shortcodes reads the templates of a Hugo site's own shortcodes
// (site.Options.Shortcodes) by name: layouts/shortcodes/button.html is
// "button". nil for a site of any other layout; a folder that is
// missing or cannot be read gives an empty map.
func shortcodes(fsys fs.FS, l layout.Layout) map[string][]byte {
	if l.Tool != layout.Hugo {
		return nil
	}
	out := map[string][]byte{}
	entries, _ := fs.ReadDir(fsys, shortcodesDir)
	for _, d := range entries {
		name, ok := strings.CutSuffix(d.Name(), ".html")
		if !ok || name == "" || !d.Type().IsRegular() {
			continue
		}
		if info, err := d.Info(); err != nil || info.Size() > maxInclude {
			continue
		}
		if b, err := fs.ReadFile(fsys, path.Join(shortcodesDir, d.Name())); err == nil {
			out[name] = b
		}
	}
	return out
}

// shortcodeFile reports whether rel is the template of a Hugo site's
// own shortcode, which the preview watches and a change of which builds
// the pages again, as a data file's does.
func shortcodeFile(l layout.Layout, rel string) bool {
	return l.Tool == layout.Hugo && path.Dir(rel) == shortcodesDir && path.Ext(rel) == ".html"
}
