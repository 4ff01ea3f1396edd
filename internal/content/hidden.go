package content

import (
	"slices"
	"strings"

	"lectern/internal/diag"
)

// A hidden file or folder (a name starting with ".") is kept out of the
// output unless config.toml's publish_hidden lists its name: a static/.env
// or content/.git published by accident is a leak no later build can take
// back, while a .well-known/ left out is a missing feature the author sees
// at once in a warning.

// Unpublished reports whether the file or folder called name is hidden and
// not listed in publish, so that it must be left out of the site. The
// names in publish are whole names (".well-known", ".htaccess"), each
// publishing that name wherever it occurs; a hidden name inside a
// published folder must be listed too.
func Unpublished(name string, publish []string) bool {
	return strings.HasPrefix(name, ".") && !slices.Contains(publish, name)
}

// Litter reports whether the hidden name is one that tools leave behind
// (Finder, version control, editors) and that an author never means to
// publish, so that leaving it out needs no warning.
func Litter(name string) bool {
	switch name {
	case ".DS_Store", ".gitkeep", ".keep", ".gitignore", ".gitattributes", ".gitmodules",
		".git", ".hg", ".svn", ".directory", ".localized":
		return true
	}
	switch {
	case strings.HasPrefix(name, "._"), // macOS AppleDouble files
		strings.HasPrefix(name, ".#"), // Emacs lock files
		strings.HasSuffix(name, "~"),
		strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swo"), strings.HasSuffix(name, ".swx"):
		return true
	}
	return false
}

// NotPublished returns the warning for the hidden file or folder at p
// (slash-separated, from the site's folder) that a build leaves out.
func NotPublished(p string, dir bool) diag.Diag {
	what := "hidden files are"
	if dir {
		what = "hidden folders are"
	}
	name := p[strings.LastIndex(p, "/")+1:]
	return diag.Warnf(diag.Pos{File: p}, "not published: %s kept private; list %q in publish_hidden in config.toml to publish it", what, name)
}
