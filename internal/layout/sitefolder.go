package layout

import (
	"io/fs"
	"path"
	"strings"

	"lectern/internal/content"
)

// SiteFolder returns the top folder of the repository fsys that holds
// its site, when the repository's own top holds none: a Django project
// keeping its Hugo site in hugo_site/ (DjangoCon Europe 2019), a
// project's Jekyll site in docs/. The folder must be the only one at
// the top whose layout is another tool's, found by that tool's config
// file (hugo.toml, a config.toml of Hugo's keys, _config.yml, an
// Eleventy or Astro config…). A repository whose top is a site gives "",
// and so does one with two such folders, or with markdown of its own
// beside the folder other than its papers (README, CONTRIBUTING, the
// code of conduct…), which makes it a folder of markdown. The result is
// slash-separated.
func SiteFolder(fsys fs.FS) string {
	top := Detect(fsys)
	markdown := top.Tool == Folder
	switch {
	case markdown:
		// A folder of markdown, perhaps only by its README.
	case top.Foreign():
		return ""
	default:
		for _, own := range []string{"content", "config.toml"} {
			if _, err := fs.Stat(fsys, own); err == nil {
				return "" // lectern's own layout
			}
		}
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return ""
	}
	found := ""
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		if !e.IsDir() {
			if markdown && content.IsMarkdown(name) && !repositoryPaper(name) {
				return ""
			}
			continue
		}
		if strings.HasPrefix(name, "_") || packageFiles[name] || name == "public" {
			continue
		}
		sub, err := fs.Sub(fsys, name)
		if err != nil {
			continue
		}
		switch l := Detect(sub); {
		case l.Foreign() && l.Tool != Folder && l.ConfigFile != "":
			if found != "" {
				return "" // two sites: which one is meant is not said
			}
			found = name
		case markdown && hasMarkdown(sub, ".", 2):
			return "" // notes of the repository's own
		}
	}
	return found
}

// repositoryPaper reports whether the file name is one of the papers a
// repository keeps at its top about itself, not a page of a site.
func repositoryPaper(name string) bool {
	stem := strings.ToLower(strings.TrimSuffix(name, path.Ext(name)))
	switch stem {
	case "readme", "contributing", "code_of_conduct", "changelog", "changes", "license", "licence", "security", "authors", "editors_guide", "history":
		return true
	}
	return false
}
