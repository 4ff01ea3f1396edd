package build

import (
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"lectern/internal/config"
	"lectern/internal/layout"
	"lectern/internal/markdown"
)

// shortcodesDir is where a Hugo site keeps the templates of its own
// shortcodes; its themes keep theirs in config.ThemeShortcodes.
// Hugo's template system of v0.146 names the folder _shortcodes
// (newShortcodesDir), and reads the old name too.
const (
	shortcodesDir    = "layouts/shortcodes"
	newShortcodesDir = "layouts/_shortcodes"
)

// shortcodeDirs are the folders of a Hugo site's shortcodes, first
// wins: the site's own, then each theme's, in each the new name first.
func shortcodeDirs(cfg config.Config) []string {
	dirs := []string{newShortcodesDir, shortcodesDir}
	for _, d := range cfg.ThemeShortcodes {
		dirs = append(dirs, path.Join(path.Dir(d), "_shortcodes"), d)
	}
	return dirs
}

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
	for _, dir := range shortcodeDirs(cfg) {
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
	addPartials(fsys, cfg, out)
	return out
}

// partialsDir is where a Hugo site keeps its partials; a theme's are in
// its layouts/partials; _partials since Hugo's v0.146, as for
// shortcodes.
const (
	partialsDir    = "layouts/partials"
	newPartialsDir = "layouts/_partials"
)

// partialCall finds the partials a template calls by name.
var partialCall = regexp.MustCompile(`partial(?:Cached)?\s+"([^"]+)"`)

// addPartials adds to out the partials its shortcodes call, and those
// these call, as "partials/NAME" ("partials/cards/speaker" for
// layouts/partials/cards/speaker.html), a name no shortcode call can
// give: the site's own winning over its themes', as for shortcodes.
// Only partials a shortcode names are read: a theme's others make pages,
// which lectern makes itself.
func addPartials(fsys fs.FS, cfg config.Config, out map[string]markdown.ShortcodeTemplate) {
	dirs := []string{newPartialsDir, partialsDir}
	for _, d := range cfg.ThemeShortcodes {
		dirs = append(dirs, path.Join(path.Dir(d), "_partials"), path.Join(path.Dir(d), "partials"))
	}
	var todo []string
	for _, name := range slices.Sorted(maps.Keys(out)) {
		todo = append(todo, string(out[name].Src))
	}
	for len(todo) > 0 {
		src := todo[0]
		todo = todo[1:]
		for _, m := range partialCall.FindAllStringSubmatch(src, -1) {
			name := strings.TrimSuffix(strings.TrimPrefix(m[1], "partials/"), ".html")
			key := "partials/" + name
			if _, done := out[key]; done || name == "" || !fs.ValidPath(name) {
				continue
			}
			out[key] = markdown.ShortcodeTemplate{} // tried, found or not
			for _, dir := range dirs {
				file := path.Join(dir, name+".html")
				if info, err := fs.Stat(fsys, file); err != nil || !info.Mode().IsRegular() || info.Size() > maxInclude {
					continue
				}
				if b, err := fs.ReadFile(fsys, file); err == nil {
					out[key] = markdown.NewShortcodeTemplate(key, file, b)
					todo = append(todo, string(b))
					break
				}
			}
			if out[key].File == "" {
				delete(out, key)
			}
		}
	}
}

// shortcodeFile reports whether rel is the template of a Hugo site's
// shortcode or partial, its own or a theme's
// (themes/NAME/layouts/shortcodes/, themes/NAME/layouts/partials/),
// which the preview watches and a change of which builds the pages
// again, as a data file's does.
func shortcodeFile(l layout.Layout, rel string) bool {
	if l.Tool != layout.Hugo || path.Ext(rel) != ".html" {
		return false
	}
	dir := path.Dir(rel)
	if theme, rest, ok := strings.Cut(strings.TrimPrefix(dir, "themes/"), "/"); ok && strings.HasPrefix(dir, "themes/") && theme != "" {
		dir = rest
	}
	switch {
	case dir == shortcodesDir, dir == newShortcodesDir:
		return true
	}
	for _, p := range []string{partialsDir, newPartialsDir} {
		if dir == p || strings.HasPrefix(dir, p+"/") {
			return true
		}
	}
	return false
}
