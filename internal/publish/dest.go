package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// CheckDest reports why dest must not be the output folder of the site
// whose sources are in source, or nil if it may be. Commit deletes from the
// output folder every file the build did not produce, so CheckDest refuses
// a dest that is a filesystem root (such as / or C:\), that is or contains
// the user's home folder, or that is or contains the source folder. A
// folder inside the source folder, such as the default "public", is fine.
// Both paths may be relative to the working folder; symbolic links and
// ".." are resolved before comparing, and dest need not exist yet.
func CheckDest(source, dest string) error {
	src, err := resolve(source)
	if err != nil {
		return fmt.Errorf("cannot check source folder %q: %v", source, err)
	}
	dst, err := resolve(dest)
	if err != nil {
		return fmt.Errorf("cannot check output folder %q: %v", dest, err)
	}
	name := fmt.Sprintf("%q", dest)
	if dst != dest {
		name += fmt.Sprintf(" (resolves to %q)", dst)
	}
	const why = "; lectern deletes from its output folder every file the build did not produce, so choose a folder of its own, such as \"public\" inside the site"
	if filepath.Dir(dst) == dst {
		return fmt.Errorf("output folder %s is the root of a filesystem%s", name, why)
	}
	if h, err := os.UserHomeDir(); err == nil && h != "" {
		if home, err := resolve(h); err == nil {
			switch {
			case same(dst, home):
				return fmt.Errorf("output folder %s is your home folder%s", name, why)
			case contains(dst, home):
				return fmt.Errorf("output folder %s contains your home folder %q%s", name, home, why)
			}
		}
	}
	switch {
	case same(dst, src):
		return fmt.Errorf("output folder %s is the site's source folder%s", name, why)
	case contains(dst, src):
		return fmt.Errorf("output folder %s contains the site's source folder %q%s", name, src, why)
	}
	return nil
}

// resolve returns p as an absolute path with every symbolic link and ".."
// resolved as the operating system would. When p does not exist, its
// longest existing prefix is resolved and the rest appended.
func resolve(p string) (string, error) {
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		// Not filepath.Join, which would clean "link/.." lexically to
		// the folder holding the link rather than the link target's
		// parent.
		p = wd + string(filepath.Separator) + p
	}
	cur, rest := p, ""
	for {
		r, err := filepath.EvalSymlinks(cur)
		if err == nil {
			return filepath.Join(r, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		dir, base := split(cur)
		if dir == cur {
			return filepath.Clean(p), nil
		}
		// A missing component is no link, so what follows it can be
		// cleaned lexically.
		cur, rest = dir, filepath.Join(base, rest)
	}
}

// split cuts p at its last separator without cleaning it; for a root it
// returns p itself as dir.
func split(p string) (dir, base string) {
	vol := filepath.VolumeName(p)
	trimmed := strings.TrimRight(p[len(vol):], `/`+string(filepath.Separator))
	i := strings.LastIndexAny(trimmed, `/`+string(filepath.Separator))
	if i < 0 {
		return p, ""
	}
	if i == 0 {
		return vol + trimmed[:1], trimmed[1:]
	}
	return vol + trimmed[:i], trimmed[i+1:]
}

// same reports whether the resolved paths a and b name one folder, also
// on case-insensitive file systems where the strings may differ.
func same(a, b string) bool {
	if a == b {
		return true
	}
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// contains reports whether the resolved path inner lies strictly inside
// the resolved path outer.
func contains(outer, inner string) bool {
	for p := filepath.Dir(inner); ; p = filepath.Dir(p) {
		if same(outer, p) {
			return true
		}
		if filepath.Dir(p) == p {
			return false
		}
	}
}
