package layout

import "path"

// DataDirs are the folders, from the site root, where the site's tool
// keeps data files (YAML, JSON, TOML, CSV) that templates read and that
// are never published: lectern's and Hugo's data/, Jekyll's _data/ in
// its source folder, Eleventy's _data/ in its input folder, Astro's
// src/data/. A repository no generator builds may use data/ or _data/.
func (l Layout) DataDirs() []string {
	switch l.Tool {
	case Lectern, Hugo, "":
		return []string{"data"}
	case Jekyll:
		return []string{path.Join(l.ContentDir, "_data")}
	case Eleventy:
		return uniq(path.Join(l.ContentDir, "_data"), "_data")
	case Astro:
		return []string{"src/data"}
	}
	return []string{"data", "_data"}
}

func uniq(names ...string) []string {
	var out []string
	for _, n := range names {
		dup := false
		for _, o := range out {
			dup = dup || o == n
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}
