package layout

import (
	"slices"
	"strings"
)

// sourceFolders are the folders at the top of a site, lowercase, that
// hold what lectern, or a generator whose repository lectern reads in
// place, builds from: lectern's and Hugo's own (content, layouts, static,
// themes, data, archetypes, assets, i18n) and Eleventy's and Astro's
// input folder (src). Jekyll's and Franklin's folders (_layouts,
// _includes, _posts, collections such as _talks; _layout, _libs) are all
// the folders whose name starts with an underscore; see IsSourceFolder.
var sourceFolders = topIn("content", "layouts", "static", "themes", "data", "archetypes", "assets", "i18n", "src")

// outputFolders are the folders starting with an underscore in which a
// generator writes its site, lowercase: Jekyll's _site and Franklin's
// __site. They hold no sources.
var outputFolders = topIn("_site", "__site")

// IsSourceFolder reports whether a folder of that name at the top of a
// site holds sources, whichever tool the site is laid out for, so that
// lectern must never write its output there: content, layouts, static,
// themes, data, archetypes, assets, i18n and src, and every folder whose
// name starts with an underscore except the outputs _site and __site
// (Jekyll keeps _layouts, _includes, _data, _posts, _drafts, _sass and
// its collections, such as _talks, in them; Franklin its _layout and
// _libs). Names are compared without regard to case, as macOS and
// Windows compare them. The folders a particular site reads from beyond
// these, such as an Eleventy input folder of any name, are
// Layout.SourceFolders.
func IsSourceFolder(name string) bool {
	lower := strings.ToLower(name)
	if strings.HasPrefix(lower, "_") {
		return !outputFolders[lower] && lower != "_"
	}
	return sourceFolders[lower]
}

// SourceFolders are the folders, relative to the site root and
// slash-separated, that this layout reads pages or static files from
// and that IsSourceFolder does not already name by their top folder: an
// Eleventy input folder of any name, Astro's public/. The site root
// itself ("." for Jekyll) is never listed. A build must not write its
// output into one of them, nor into a folder holding one.
func (l Layout) SourceFolders() []string {
	var out []string
	for _, d := range slices.Concat([]string{l.ContentDir, l.StaticDir}, l.Dirs, l.AssetDirs) {
		if d == "" || d == "." || IsSourceFolder(top(d)) {
			continue
		}
		out = append(out, d)
	}
	return out
}
