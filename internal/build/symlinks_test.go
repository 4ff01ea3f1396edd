package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildSymlinks: a Hugo site whose static/images links to
// ../assets/images publishes the images at /images/, as Hugo does; a link
// to a file outside the site folder and a link to a folder holding it
// are warnings, and the site is built. A second build with nothing
// changed writes nothing; one after a link is pointed elsewhere does.
func TestBuildSymlinks(t *testing.T) {
	src := writeSite(t, `
-- hugo.toml --
title = "Links"
-- content/posts/a.md --
---
title: A
date: 2024-01-02
---
![Logo](/images/logo.png)
-- assets/images/logo.png --
png
-- assets/other/logo.png --
other
`)
	for link, target := range map[string]string{
		"static/images":       "../assets/images",
		"static/passwd.txt":   "/etc/passwd",
		"static/images2/back": "..",
	} {
		os.MkdirAll(filepath.Join(src, filepath.Dir(link)), 0o755)
		if err := os.Symlink(target, filepath.Join(src, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	dest := filepath.Join(t.TempDir(), "out")
	build := func() (Result, []string) {
		t.Helper()
		res, diags := Build(context.Background(), Options{Source: src, Dest: dest})
		if diags.HasErrors() {
			t.Fatalf("errors: %q", diags.Errors().Strings())
		}
		return res, diags.Strings()
	}
	_, diags := build()
	if b, err := os.ReadFile(filepath.Join(dest, "images", "logo.png")); err != nil || string(b) != "png\n" {
		t.Errorf("images/logo.png = %q, %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(dest, "passwd.txt")); err == nil {
		t.Error("a file outside the site folder was published")
	}
	all := strings.Join(diags, "\n")
	for _, want := range []string{
		"static/passwd.txt: warning: this symbolic link points outside the site folder",
		"static/images2/back: warning: this symbolic link points to the folder static, which holds it",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("diags lack %q:\n%s", want, all)
		}
	}
	if res, _ := build(); res.Written.Written != 0 {
		t.Errorf("a build with nothing changed wrote %d files", res.Written.Written)
	}
	os.Remove(filepath.Join(src, "static", "images"))
	os.Symlink("../assets/other", filepath.Join(src, "static", "images"))
	build()
	if b, _ := os.ReadFile(filepath.Join(dest, "images", "logo.png")); string(b) != "other\n" {
		t.Errorf("after the link moved, images/logo.png = %q", b)
	}
}
