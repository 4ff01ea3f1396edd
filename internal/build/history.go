package build

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os/exec"
	"strings"
	"sync"
	"time"

	"lectern/internal/content"
	"lectern/internal/site"
)

// undatedNotes reports whether any note that will be built has neither a
// date nor an updated field: only then is the git history worth asking.
func undatedNotes(docs []*content.Document, drafts bool) bool {
	for _, d := range docs {
		if d.Kind == content.KindNote && !d.Hidden && (drafts || !d.Draft) && !d.Diags.HasErrors() && d.Date.IsZero() && d.Updated.IsZero() {
			return true
		}
	}
	return false
}

// history asks git, once for the whole site, when each file of the site
// folder dir was last committed: one "git log" that names the files of
// every commit, newest first, so the first date seen for a file is its
// last change (as Hugo's enableGitInfo does). Paths are relative to dir,
// like Document.File. Without git, or outside a repository, the History
// says why instead.
func history(ctx context.Context, dir string) site.History {
	if _, err := exec.LookPath("git"); err != nil {
		return site.History{Missing: "git is not installed to date them from the site's history"}
	}
	cmd := exec.CommandContext(ctx, "git", "-c", "core.quotepath=off", "log", "--format=%x00%cI", "--name-only", "--no-renames", "--relative", "--", ".")
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errOut.String())
		var exit *exec.ExitError
		switch {
		case strings.Contains(msg, "not a git repository"):
			return site.History{Missing: "the site folder is not in a git repository"}
		case strings.Contains(msg, "does not have any commits"):
			return site.History{Missing: "the site's git repository has no commit yet"}
		case errors.As(err, &exit) && msg != "":
			return site.History{Missing: "git log failed (" + firstLine(msg) + ")"}
		}
		return site.History{Missing: "git log failed (" + err.Error() + ")"}
	}
	return site.History{Changed: parseLog(out.Bytes())}
}

// parseLog reads the output of history's git log: for each commit a NUL,
// its committer date, then the names of the files it changed, one a line.
func parseLog(b []byte) map[string]time.Time {
	changed := map[string]time.Time{}
	for _, commit := range bytes.Split(b, []byte{0}) {
		lines := strings.Split(string(commit), "\n")
		when, err := time.Parse(time.RFC3339, strings.TrimSpace(lines[0]))
		if err != nil {
			continue
		}
		for _, name := range lines[1:] {
			if name == "" {
				continue
			}
			if _, seen := changed[name]; !seen {
				changed[name] = when
			}
		}
	}
	return changed
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// staticFile reports whether static, the theme's static files with the
// site's, holds a file at an output path; nil when there is no theme.
// staticNamed lists the files of static by name (site.Options.
// StaticNamed), walking it once, at the first name asked: most sites
// write no photo as a bare file name.
func staticNamed(static fs.FS) func(string) []string {
	if static == nil {
		return nil
	}
	var once sync.Once
	var byName map[string][]string
	return func(name string) []string {
		once.Do(func() {
			byName = map[string][]string{}
			_ = fs.WalkDir(static, ".", func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					byName[d.Name()] = append(byName[d.Name()], p)
				}
				return nil
			})
		})
		return byName[name]
	}
}

func staticFile(static fs.FS) func(string) bool {
	if static == nil {
		return nil
	}
	return func(name string) bool {
		fi, err := fs.Stat(static, name)
		return err == nil && !fi.IsDir()
	}
}
