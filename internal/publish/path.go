package publish

import (
	"fmt"
	"path"
	"strings"
)

// checkPath reports why p cannot name an output file, or nil if it can:
// p must be relative, slash-separated and clean.
func checkPath(p string) error {
	switch {
	case p == "":
		return fmt.Errorf("output path is empty; name a file relative to the output folder, for example \"index.html\"")
	case strings.Contains(p, `\`):
		return fmt.Errorf("output path %q contains a backslash; separate folders with \"/\"", p)
	case strings.HasPrefix(p, "/"):
		return fmt.Errorf("output path %q is absolute; give it relative to the output folder, as %q", p, strings.TrimLeft(p, "/"))
	case strings.ContainsRune(p, 0):
		return fmt.Errorf("output path %q contains a NUL byte", p)
	}
	c := path.Clean(p)
	switch {
	case c == ".." || strings.HasPrefix(c, "../"):
		return fmt.Errorf("output path %q leaves the output folder", p)
	case c == ".":
		return fmt.Errorf("output path %q names the output folder itself, not a file", p)
	case strings.HasSuffix(p, "/"):
		return fmt.Errorf("output path %q ends with \"/\"; name the file, for example %q", p, c+"/index.html")
	case c != p:
		return fmt.Errorf("output path %q is not clean; write it as %q", p, c)
	case c == stateDir || strings.HasPrefix(c, stateDir+"/"):
		return fmt.Errorf("output path %q is inside %s, where lectern keeps its own state; rename the file", p, stateDir)
	case strings.HasPrefix(c, legacyStagingPrefix):
		return fmt.Errorf("output path %q starts with %q, which older lectern builds used for their staging folders; rename the file", p, legacyStagingPrefix)
	}
	return nil
}

// hidden reports whether the clean relative path p is, or lies under, a
// top-level entry of the output folder whose name starts with a dot. Such
// entries belong to other tools (.git, .well-known, …) and are never
// deleted, pruned or replaced by a different kind of entry.
func hidden(p string) bool {
	return strings.HasPrefix(p, ".")
}

// parents returns the folders above the clean relative path p, outermost
// first: "a/b/c.html" gives "a" and "a/b".
func parents(p string) []string {
	var out []string
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			out = append(out, p[:i])
		}
	}
	return out
}
