package build

import (
	"bufio"
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// folderName is the name of the site folder dir on disk ("pyvo-data"
// for "../pyvo-data", the working folder's for "."), which names a site
// nothing else names (site.Options.Folder); "" when dir is no folder (a
// site read from an archive) or has no name (the file system's root).
func folderName(dir string) string {
	if dir == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
		return ""
	}
	name := filepath.Base(abs)
	if name == string(filepath.Separator) || name == "." {
		return ""
	}
	return name
}

// repositoryName is "owner/name" of the repository the site folder dir is
// in, as the remote "origin" of its git config names it
// (https://github.com/owner/name.git, git@github.com:owner/name.git),
// "" when dir is in no clone or it names no such remote: links to the
// repository's own files by their code-host address then reach the
// site's copies of them (site.Options.Repository) whatever the clone's
// folder is called. The repository is found as git finds it, and as
// the site's history is read (history): the first folder from dir
// up that holds .git, so that a site kept in a folder of a repository
// (docs/, see SiteRoot) is that repository's. The config is read as
// text, so that no git need be installed.
func repositoryName(dir string) string {
	if dir == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if fi, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
			if !fi.IsDir() {
				return "" // a worktree's or submodule's .git file
			}
			b, err := os.ReadFile(filepath.Join(abs, ".git", "config"))
			if err != nil {
				return ""
			}
			return originRepository(b)
		}
		up := filepath.Dir(abs)
		if up == abs {
			return ""
		}
		abs = up
	}
}

// originRepository is "owner/name" of the URL of remote "origin" in the
// git config b, "" when b names none.
func originRepository(b []byte) string {
	in := false
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			in = strings.EqualFold(strings.Join(strings.Fields(line), " "), `[remote "origin"]`)
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !in || !ok || !strings.EqualFold(strings.TrimSpace(key), "url") {
			continue
		}
		return ownerName(strings.TrimSpace(val))
	}
	return ""
}

// ownerName is "owner/name" of a remote's URL: its path's last two
// parts, without ".git"; "" for a path of fewer parts (a local folder).
func ownerName(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		// scheme://[user@]host[:port]/owner/name; a file:// remote is
		// a folder, no code host's
		if strings.EqualFold(u[:i], "file") {
			return ""
		}
		u = u[i+3:]
		_, u, _ = strings.Cut(u, "/")
	} else if i := strings.Index(u, ":"); i >= 0 && !strings.HasPrefix(u, "/") {
		// scp-like: git@host:owner/name
		u = u[i+1:]
	} else {
		return ""
	}
	u = strings.TrimSuffix(strings.Trim(u, "/"), ".git")
	owner, name := path.Split(u)
	owner = path.Base(strings.TrimSuffix(owner, "/"))
	if owner == "" || owner == "." || owner == "/" || name == "" {
		return ""
	}
	return owner + "/" + name
}
