package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// CheckDest reports why dest must not be the output folder of the site
// whose sources are in source, or nil if it may be. Commit deletes from the
// output folder every file the build did not produce, so CheckDest refuses
// a dest that is a filesystem root (such as / or C:\), that is or contains
// the user's home folder, that is or contains the source folder, that is,
// is inside or contains one of the site's source folders (the folders at
// the top of source that isSource names, and folders, relative to source
// and slash-separated, that the site reads from besides), or that is
// inside a version-control
// folder such as .git. A folder inside the source folder, such as the default "public",
// is fine. Both paths may be relative to the working folder; symbolic
// links and ".." are resolved before comparing, and dest need not exist
// yet. No flag overrides these refusals; whether dest already holds files
// of someone else's is CheckOwner's question.
//
// The build passes layout.IsSourceFolder and the layout's
// SourceFolders: which folders hold sources is the layout's knowledge,
// and publish, the last stage, takes it as an argument rather than
// importing an earlier stage. A nil isSource names no top folder.
func CheckDest(source, dest string, isSource func(name string) bool, folders ...string) error {
	if isSource == nil {
		isSource = func(string) bool { return false }
	}
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
	if top, ok := below(dst, src); ok && isSource(top) {
		if same(dst, filepath.Join(src, top)) {
			return fmt.Errorf("output folder %s is the site's source folder %q%s", name, top, why)
		}
		return fmt.Errorf("output folder %s is inside the site's source folder %q%s", name, top, why)
	}
	// A source folder may be a link to a folder elsewhere, which dest
	// may reach by another path; a folder of the layout's may lie
	// deeper than the top.
	names := slices.Clone(folders)
	if entries, err := os.ReadDir(src); err == nil {
		for _, e := range entries {
			if isSource(e.Name()) {
				names = append(names, e.Name())
			}
		}
	}
	for _, n := range names {
		f, err := resolve(filepath.Join(src, filepath.FromSlash(n)))
		if err != nil {
			continue
		}
		switch {
		case same(dst, f):
			return fmt.Errorf("output folder %s is the site's source folder %q%s", name, n, why)
		case contains(f, dst):
			return fmt.Errorf("output folder %s is inside the site's source folder %q%s", name, n, why)
		case contains(dst, f):
			return fmt.Errorf("output folder %s contains the site's source folder %q (%q)%s", name, n, f, why)
		}
	}
	for p := dst; ; p = filepath.Dir(p) {
		if isVCSFolder(filepath.Base(p)) {
			if p == dst {
				return fmt.Errorf("output folder %s is the version-control folder %q%s", name, p, why)
			}
			return fmt.Errorf("output folder %s is inside the version-control folder %q%s", name, p, why)
		}
		if filepath.Dir(p) == p {
			break
		}
	}
	return nil
}

// vcsFolders are the folders in which version-control systems keep their
// history, by lowercase name. CVS is compared as it is written, as a
// folder named "cvs" is more likely someone's notes than a checkout.
var vcsFolders = map[string]bool{
	".git": true, ".hg": true, ".svn": true, ".bzr": true, "_darcs": true, ".jj": true, ".pijul": true,
}

// vcsFiles are the files that mark a Fossil checkout, by lowercase name.
var vcsFiles = map[string]bool{".fslckout": true, "_fossil_": true}

// isVCSFolder reports whether name is the name of a version-control
// system's own folder.
func isVCSFolder(name string) bool {
	return name == "CVS" || vcsFolders[strings.ToLower(name)]
}

// isVCSEntry reports whether an entry of that name in a folder marks the
// folder as a version-control checkout: one of the folders of isVCSFolder
// or Fossil's marker files. A .git may also be a file, in a worktree or a
// submodule.
func isVCSEntry(name string) bool {
	return isVCSFolder(name) || vcsFiles[strings.ToLower(name)]
}

// below reports whether the resolved path inner lies strictly inside the
// resolved path outer, and if so the name of the entry of outer on the
// way to it. Like contains, it compares folders as the file system does.
func below(inner, outer string) (top string, ok bool) {
	child := inner
	for p := filepath.Dir(inner); ; child, p = p, filepath.Dir(p) {
		if same(outer, p) {
			return filepath.Base(child), true
		}
		if filepath.Dir(p) == p {
			return "", false
		}
	}
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
