package build

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/config"
	"lectern/internal/layout"
	"lectern/internal/markdown"
)

// shortcodesDir is where a Hugo site keeps the templates of its own
// shortcodes; its themes keep theirs in config.ThemeShortcodes.
const shortcodesDir = "layouts/shortcodes"

// shortcodes reads the templates of a Hugo site's shortcodes
// (site.Options.Shortcodes) by name: layouts/shortcodes/button.html is
// "button". The site's own win over its themes', the first theme it
// names over the next, as in Hugo. nil for a site of any other layout;
// folders that are missing or cannot be read give an empty map.
func shortcodes(fsys fs.FS, l layout.Layout, cfg config.Config) map[string]markdown.ShortcodeTemplate {
	if l.Tool != layout.Hugo {
		return nil
	}
	out := map[string]markdown.ShortcodeTemplate{}
	for _, dir := range append([]string{shortcodesDir}, cfg.ThemeShortcodes...) {
		entries, _ := fs.ReadDir(fsys, dir)
		for _, d := range entries {
			name, ok := strings.CutSuffix(d.Name(), ".html")
			if _, taken := out[name]; !ok || taken || name == "" || !d.Type().IsRegular() {
				continue
			}
			if info, err := d.Info(); err != nil || info.Size() > maxInclude {
				continue
			}
			file := path.Join(dir, d.Name())
			if b, err := fs.ReadFile(fsys, file); err == nil {
				out[name] = markdown.NewShortcodeTemplate(name, file, b)
			}
		}
	}
	return out
}

// shortcodeFile reports whether rel is the template of a Hugo site's
// shortcode, its own or a theme's (themes/NAME/layouts/shortcodes/),
// which the preview watches and a change of which builds the pages
// again, as a data file's does.
func shortcodeFile(l layout.Layout, rel string) bool {
	if l.Tool != layout.Hugo || path.Ext(rel) != ".html" {
		return false
	}
	dir := path.Dir(rel)
	if dir == shortcodesDir {
		return true
	}
	theme, rest, ok := strings.Cut(strings.TrimPrefix(dir, "themes/"), "/")
	return ok && strings.HasPrefix(dir, "themes/") && theme != "" && rest == shortcodesDir
}
