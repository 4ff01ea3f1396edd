package serve

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func startWatcher(t *testing.T, dir string) *Watcher {
	t.Helper()
	w, err := NewWatcher(dir, 50*time.Millisecond, watched)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// next waits for the next batch, failing after a while.
func next(t *testing.T, w *Watcher) []string {
	t.Helper()
	select {
	case b := <-w.Batches():
		return b
	case <-time.After(5 * time.Second):
		t.Fatal("no batch within 5s")
		return nil
	}
}

// none asserts that no batch comes for a while.
func none(t *testing.T, w *Watcher) {
	t.Helper()
	select {
	case b := <-w.Batches():
		t.Fatalf("unexpected batch %q", b)
	case <-time.After(300 * time.Millisecond):
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWatcherBurstIsOneBatch(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "content/talks/a.md"), "a")
	w := startWatcher(t, dir)
	for i := range 50 {
		write(t, filepath.Join(dir, "content/talks/a.md"), string(rune('a'+i%26)))
	}
	if got := next(t, w); !slices.Equal(got, []string{"content/talks/a.md"}) {
		t.Errorf("batch %q", got)
	}
	none(t, w)
}

func TestWatcherEditorSavePattern(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "content/talks/a.md")
	write(t, target, "a")
	w := startWatcher(t, dir)
	// Write a temporary file and a backup, then rename over the original.
	tmp := filepath.Join(dir, "content/talks/.a.md.swp")
	write(t, tmp, "swap")
	write(t, target+"~", "backup")
	write(t, filepath.Join(dir, "content/talks/a.md.tmp123"), "new")
	if err := os.Rename(filepath.Join(dir, "content/talks/a.md.tmp123"), target); err != nil {
		t.Fatal(err)
	}
	os.Remove(tmp)
	got := next(t, w)
	if !slices.Contains(got, "content/talks/a.md") || slices.Contains(got, "content/talks/.a.md.swp") || slices.Contains(got, "content/talks/a.md~") {
		t.Errorf("batch %q", got)
	}
	none(t, w)
}

func TestWatcherNewFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "content/talks/a.md"), "a")
	w := startWatcher(t, dir)
	write(t, filepath.Join(dir, "content/talks/2026/deep/b.md"), "b")
	got := next(t, w)
	if !slices.Contains(got, "content/talks/2026/deep/b.md") {
		t.Fatalf("a file created with its folders was missed: %q", got)
	}
	// The new folder is watched from now on.
	write(t, filepath.Join(dir, "content/talks/2026/deep/b.md"), "b2")
	if got := next(t, w); !slices.Contains(got, "content/talks/2026/deep/b.md") {
		t.Errorf("a change in the new folder was missed: %q", got)
	}
}

func TestWatcherDeleteAndRename(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "content/talks/a.md"), "a")
	write(t, filepath.Join(dir, "content/talks/b.md"), "b")
	w := startWatcher(t, dir)
	if err := os.Remove(filepath.Join(dir, "content/talks/a.md")); err != nil {
		t.Fatal(err)
	}
	if got := next(t, w); !slices.Equal(got, []string{"content/talks/a.md"}) {
		t.Errorf("delete: %q", got)
	}
	if err := os.Rename(filepath.Join(dir, "content/talks/b.md"), filepath.Join(dir, "content/talks/c.md")); err != nil {
		t.Fatal(err)
	}
	if got := next(t, w); !slices.Equal(got, []string{"content/talks/b.md", "content/talks/c.md"}) {
		t.Errorf("rename: %q", got)
	}
}

func TestWatcherIgnoresOutputAndOtherFolders(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "content/a.md"), "a")
	write(t, filepath.Join(dir, "public/index.html"), "x")
	w := startWatcher(t, dir)
	write(t, filepath.Join(dir, "public/index.html"), "y")
	write(t, filepath.Join(dir, "notes.txt"), "not part of the site")
	write(t, filepath.Join(dir, ".git/HEAD"), "ref")
	none(t, w)
	write(t, filepath.Join(dir, "config.toml"), "title = 'x'")
	if got := next(t, w); !slices.Equal(got, []string{"config.toml"}) {
		t.Errorf("config change: %q", got)
	}
	// The README may name the site (layout.ReadmeTitle).
	write(t, filepath.Join(dir, "README.md"), "# Talks\n")
	if got := next(t, w); !slices.Equal(got, []string{"README.md"}) {
		t.Errorf("README change: %q", got)
	}
}

// TestWatcherFollowsJekyllDataAndIncludes: of a Jekyll site's machinery,
// the preview follows the data files and the includes pages' Liquid runs,
// not the layouts it does not use.
func TestWatcherFollowsJekyllDataAndIncludes(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "_config.yml"), "title: x\n")
	write(t, filepath.Join(dir, "_layouts/default.html"), "x")
	write(t, filepath.Join(dir, "_includes/nav.html"), "x")
	write(t, filepath.Join(dir, "_data/rooms.yml"), "- a\n")
	write(t, filepath.Join(dir, "index.md"), "---\ntitle: x\n---\n")
	w, err := NewWatcher(dir, 50*time.Millisecond, ignoring(dir))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	write(t, filepath.Join(dir, "_layouts/default.html"), "y")
	none(t, w)
	for _, f := range []string{"_includes/nav.html", "_data/rooms.yml"} {
		write(t, filepath.Join(dir, f), "z")
		if got := next(t, w); !slices.Equal(got, []string{f}) {
			t.Errorf("%s changed: batch %q", f, got)
		}
	}
}

// TestWatcherFollowsLinkedFolders: a file changed in a folder that a
// symbolic link of the site points to is reported at the link's path,
// where the build publishes it too, beside its own when the watcher
// follows that folder anyway; a link out of the site is not followed.
func TestWatcherFollowsLinkedFolders(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	write(t, filepath.Join(dir, "assets/images/a.png"), "a")
	write(t, filepath.Join(dir, "content/shared/c.md"), "c")
	write(t, filepath.Join(outside, "b.png"), "b")
	write(t, filepath.Join(dir, "static/keep.txt"), "k")
	links := map[string]string{
		"static/images": "../assets/images", // a folder left out, reached by two links
		"static/pics":   "../assets",
		"static/notes":  "../content/shared", // a folder followed anyway
		"static/out":    outside,
	}
	for link, to := range links {
		if err := os.Symlink(to, filepath.Join(dir, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	w := startWatcher(t, dir)
	for _, tc := range []struct {
		file string
		want []string
	}{
		{"assets/images/a.png", []string{"static/images/a.png", "static/pics/images/a.png"}},
		{"assets/images/new/d.png", []string{"static/images/new", "static/images/new/d.png", "static/pics/images/new", "static/pics/images/new/d.png"}},
		{"content/shared/c.md", []string{"content/shared/c.md", "static/notes/c.md"}},
	} {
		write(t, filepath.Join(dir, tc.file), "changed")
		if got := next(t, w); !slices.Equal(got, tc.want) {
			t.Errorf("%s changed: batch %q, want %q", tc.file, got, tc.want)
		}
	}
	write(t, filepath.Join(outside, "b.png"), "B")
	none(t, w)
}
