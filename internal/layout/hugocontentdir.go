package layout

import (
	"io/fs"
	"path"
	"strings"
)

// hugoContentDir reads where a Hugo site keeps its pages when not in
// content/: the config's contentDir ("src", "docs/content"), or the
// module mount whose target is content ([[module.mounts]] source =
// "docs", target = "content"), as a site sharing its folder with a
// program keeps them. The default language's own contentDir, read by
// languages, wins; a path out of the site is no folder of it.
func (f *foreign) hugoContentDir(m map[string]any) {
	if f.c.ContentDir != "" {
		return
	}
	dir := str(m["contentdir"])
	if mod, ok := m["module"].(map[string]any); ok && dir == "" {
		for _, mt := range mounts(mod["mounts"]) {
			if strings.Trim(str(mt["target"]), "/") == "content" && str(mt["lang"]) == "" {
				dir = str(mt["source"])
				break
			}
		}
	}
	if c := path.Clean(strings.Trim(dir, "/")); dir != "" && c != "." && c != "content" && fs.ValidPath(c) {
		f.c.ContentDir = c
	}
}

// mounts returns Hugo's module mounts, a list of tables however the
// config's format decoded it.
func mounts(v any) []map[string]any {
	switch l := v.(type) {
	case []map[string]any:
		return l
	case []any:
		var out []map[string]any
		for _, x := range l {
			if m, ok := x.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}
