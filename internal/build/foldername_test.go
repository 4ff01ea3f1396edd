package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteNamedByFolder: a site that nothing names is called after the
// folder it is read from, in a build and in the preview alike.
func TestSiteNamedByFolder(t *testing.T) {
	src := filepath.Join(t.TempDir(), "meetup-data")
	write(t, src, "content/talks/a.md", "---\ntitle: A talk\ndate: 2024-05-02\n---\nText.\n")
	dest := t.TempDir()
	if _, diags := Build(context.Background(), Options{Source: src, Dest: dest}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	home, err := os.ReadFile(filepath.Join(dest, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(home), "<title>meetup-data</title>") {
		t.Errorf("the home page is not titled after the folder:\n%.400s", home)
	}

	for _, tc := range []struct {
		dir, want string
	}{
		{src, "meetup-data"},
		{src + string(filepath.Separator), "meetup-data"},
		{"", ""},
		{filepath.Join(src, "talks", "a.md"), ""},
		{filepath.Join(src, "missing"), ""},
	} {
		if got := folderName(tc.dir); got != tc.want {
			t.Errorf("folderName(%q) = %q, want %q", tc.dir, got, tc.want)
		}
	}
}

// TestRepositoryName: a clone's repository is "owner/name" as its git
// config's remote "origin" names it, over HTTPS, SSH or scp-like
// addresses, with ".git" or without; another remote, a local folder
// and a folder with no git config name none. A build links the
// repository's own files by it (TestLinksToOwnRepository, site).
func TestRepositoryName(t *testing.T) {
	for _, tc := range []struct{ config, want string }{
		{"[core]\n\tbare = false\n[remote \"origin\"]\n\turl = https://github.com/pwl/chapter.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n", "pwl/chapter"},
		{"[remote \"origin\"]\n\turl = git@github.com:PyVec/pyvo-data.git\n", "PyVec/pyvo-data"},
		{"[remote \"origin\"]\n\turl = ssh://git@gitlab.com:2222/group/sub/notes\n", "sub/notes"},
		{"[remote \"origin\"]\n\turl = https://codeberg.org/ada/talks/\n", "ada/talks"},
		{"[remote \"upstream\"]\n\turl = https://github.com/pwl/chapter.git\n[remote \"origin\"]\n\turl = https://github.com/ada/chapter.git\n", "ada/chapter"},
		{"[remote \"upstream\"]\n\turl = https://github.com/pwl/chapter.git\n", ""},
		{"[remote \"origin\"]\n\turl = /srv/git/chapter.git\n", ""},
		{"[remote \"origin\"]\n\turl = file:///srv/git/chapter.git\n", ""},
		{"", ""},
	} {
		if got := originRepository([]byte(tc.config)); got != tc.want {
			t.Errorf("originRepository(%q) = %q, want %q", tc.config, got, tc.want)
		}
	}
	dir := t.TempDir()
	if got := repositoryName(dir); got != "" {
		t.Errorf("a folder with no .git: %q, want none", got)
	}
	write(t, dir, ".git/config", "[remote \"origin\"]\n\turl = https://github.com/pwl/chapter.git\n")
	if got := repositoryName(dir); got != "pwl/chapter" {
		t.Errorf("repositoryName = %q, want pwl/chapter", got)
	}
	// A site kept in a folder of the clone (docs/) is the clone's, as
	// git finds it.
	write(t, dir, "docs/_config.yml", "title: Chapter\n")
	if got := repositoryName(filepath.Join(dir, "docs")); got != "pwl/chapter" {
		t.Errorf("repositoryName of docs/ = %q, want pwl/chapter", got)
	}
}
