package publish

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestHiddenOutputsAreRemoved checks that hidden top-level outputs that
// lectern wrote are removed once a build no longer produces them, with
// folders under hidden entries that held nothing else, while hidden
// entries lectern did not write stay.
func TestHiddenOutputsAreRemoved(t *testing.T) {
	dest := t.TempDir()
	lay(t, dest, map[string]string{".git/HEAD": "ref", ".gitkeep": "", ".well-known/acme/token": "t"})
	build(t, dest, map[string]string{
		"index.html":               "home",
		".env":                     "SECRET=1",
		".htaccess":                "deny",
		".well-known/security.txt": "Contact",
		".hidden/a/b.txt":          "b",
	})
	st := build(t, dest, map[string]string{"index.html": "home", ".htaccess": "deny"})
	want := map[string]string{
		".git": "/", ".git/HEAD": "ref", ".gitkeep": "",
		".well-known": "/", ".well-known/acme": "/", ".well-known/acme/token": "t",
		"index.html": "home", ".htaccess": "deny",
	}
	if d := diffMaps(tree(t, dest), want); d != "" {
		t.Errorf("output folder:\n%s", d)
	}
	if wantSt := (Stats{Unchanged: 2, Removed: 3, UnchangedBytes: 8, RemovedBytes: 8 + 7 + 1}); st != wantSt {
		t.Errorf("Stats = %+v, want %+v", st, wantSt)
	}
	build(t, dest, map[string]string{"index.html": "home"})
	delete(want, ".htaccess")
	if d := diffMaps(tree(t, dest), want); d != "" {
		t.Errorf("output folder after the last hidden output went:\n%s", d)
	}
	if _, err := os.Lstat(filepath.Join(dest, hiddenPath)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the record of hidden outputs outlived them: %v", err)
	}
}
