package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSnapshotReadsLikeTheRoot checks that the build's folder-keeping file
// system answers every read as the site's root does: the same bytes, the
// same refusals for links leaving the site, the same errors.
func TestSnapshotReadsLikeTheRoot(t *testing.T) {
	site := t.TempDir()
	outside := t.TempDir()
	write(t, site, "config.toml", "title = 'x'\n")
	write(t, site, "content/talks/a.md", "talk a")
	write(t, site, "content/talks/2024/b.md", "talk b")
	write(t, site, "content/notes/c.md", "note c")
	if err := os.WriteFile(filepath.Join(outside, "secret.md"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A link to a file elsewhere in the site is read; one out of it is not.
	if err := os.Symlink("../notes/c.md", filepath.Join(site, "content/talks/inside.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "secret.md"), filepath.Join(site, "content/talks/outside.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(site, "content/away")); err != nil {
		t.Fatal(err)
	}

	plain, closePlain, err := OpenSource(site)
	if err != nil {
		t.Fatal(err)
	}
	defer closePlain()
	snap, closeSnap, err := openSnapshot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer closeSnap()

	for _, tc := range []struct {
		name, want string // want "" means an error is expected
	}{
		{"config.toml", "title = 'x'\n"},
		{"content/talks/a.md", "talk a"},
		{"content/talks/2024/b.md", "talk b"},
		{"content/talks/a.md", "talk a"}, // again, through the kept folder
		{"content/talks/inside.md", "note c"},
		{"content/talks/outside.md", ""},
		{"content/away/secret.md", ""},
		{"content/talks/missing.md", ""},
		{"content/nowhere/x.md", ""},
		{"../escape.md", ""},
	} {
		got, err := fs.ReadFile(snap, tc.name)
		want, wantErr := fs.ReadFile(plain, tc.name)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("%s: read %q, want an error", tc.name, got)
		case tc.want == "" && err.Error() != wantErr.Error():
			t.Errorf("%s: error %q, want the root's %q", tc.name, err, wantErr)
		case tc.want != "" && (err != nil || string(got) != tc.want || string(want) != tc.want):
			t.Errorf("%s: read %q, %v; want %q", tc.name, got, err, tc.want)
		}
		if tc.want == "" && strings.Contains(string(got), "secret") {
			t.Errorf("%s: read a file outside the site", tc.name)
		}
	}
	if err := closeSnap(); err != nil {
		t.Errorf("close: %v", err)
	}
	if _, err := fs.ReadFile(snap, "content/notes/c.md"); err == nil {
		t.Errorf("read a file after close")
	}
}
