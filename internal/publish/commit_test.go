package publish

import (
	"maps"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestCommitFirstBuild(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	lay(t, dest, map[string]string{
		".git/HEAD":                 "ref: refs/heads/main\n",
		".gitkeep":                  "",
		".well-known/acme/token":    "challenge",
		".well-known/stale.txt":     "hidden folders are never pruned",
		"stale.html":                "from an earlier build",
		"old/deep/file.txt":         "stale too",
		"empty/":                    "/",
		"talks/gone/index.html":     "a talk that was deleted",
		"talks/x/notes/nothing.txt": "in a folder that stays",
	})
	files := map[string]string{
		"index.html":               "home",
		"talks/x/index.html":       "talk x",
		"css/style.css":            "body{}",
		".well-known/security.txt": "Contact: mailto:a@example.org",
	}
	st := build(t, dest, files)

	want := withDirs(files)
	maps.Copy(want, map[string]string{
		".git":                   "/",
		".git/HEAD":              "ref: refs/heads/main\n",
		".gitkeep":               "",
		".well-known/acme":       "/",
		".well-known/acme/token": "challenge",
		".well-known/stale.txt":  "hidden folders are never pruned",
	})
	if d := diffMaps(tree(t, dest), want); d != "" {
		t.Errorf("output folder after Commit:\n%s", d)
	}
	wantStats := Stats{Written: 4, Removed: 4, WrittenBytes: 4 + 6 + 6 + 29, RemovedBytes: 21 + 9 + 23 + 22}
	if st != wantStats {
		t.Errorf("Stats = %+v, want %+v", st, wantStats)
	}
}

func TestCommitRebuild(t *testing.T) {
	dest := t.TempDir()
	first := map[string]string{
		"index.html":         "home",
		"talks/a/index.html": "talk a",
		"talks/b/index.html": "talk b",
		"feed.xml":           "<feed/>",
	}
	build(t, dest, first)
	age(t, dest)
	before := snapshot(t, dest)

	t.Run("identical rebuild touches nothing", func(t *testing.T) {
		st := build(t, dest, first)
		if want := (Stats{Unchanged: 4, UnchangedBytes: 4 + 6 + 6 + 7}); st != want {
			t.Errorf("Stats = %+v, want %+v", st, want)
		}
		// The folder's own time is in the snapshot: not even a staging
		// folder was made.
		if d := diffMaps(snapshot(t, dest), before); d != "" {
			t.Errorf("an identical rebuild changed the output folder:\n%s", d)
		}
	})

	t.Run("one change", func(t *testing.T) {
		second := maps.Clone(first)
		second["talks/b/index.html"] = "talk b, revised"
		delete(second, "feed.xml")
		second["talks/c/index.html"] = "talk c"
		st := build(t, dest, second)
		want := Stats{Written: 2, Unchanged: 2, Removed: 1, WrittenBytes: 15 + 6, UnchangedBytes: 4 + 6, RemovedBytes: 7}
		if st != want {
			t.Errorf("Stats = %+v, want %+v", st, want)
		}
		if d := diffMaps(tree(t, dest), withDirs(second)); d != "" {
			t.Errorf("output folder:\n%s", d)
		}
		for p, changed := range map[string]bool{"index.html": false, "talks/a/index.html": false, "talks/b/index.html": true, "talks/c/index.html": true} {
			fi, err := os.Stat(filepath.Join(dest, p))
			if err != nil {
				t.Fatal(err)
			}
			if got := !fi.ModTime().Equal(old); got != changed {
				t.Errorf("%s: rewritten = %v, want %v (mtime %v)", p, got, changed, fi.ModTime().Format(time.RFC3339))
			}
		}
	})
}

func TestCommitKeep(t *testing.T) {
	dest := t.TempDir()
	build(t, dest, map[string]string{"a.html": "a", "b/index.html": "b", "c.html": "c"})
	age(t, dest)

	w, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	mustOK(t, w.Write("a.html", "text/html", []byte("a, changed")))
	mustOK(t, w.Keep("b/index.html"))
	mustOK(t, w.Keep("a.html")) // written as well: the new bytes win
	st, err := w.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Written: 1, Kept: 1, Removed: 1, WrittenBytes: 10, RemovedBytes: 1}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	want := map[string]string{"a.html": "a, changed", "b": "/", "b/index.html": "b"}
	if d := diffMaps(tree(t, dest), want); d != "" {
		t.Errorf("output folder:\n%s", d)
	}
	if fi, err := os.Stat(filepath.Join(dest, "b/index.html")); err != nil || !fi.ModTime().Equal(old) {
		t.Errorf("kept file was touched: %v %v", fi, err)
	}
}

// TestCommitReplacesKinds checks that an output may turn a file of the
// previous build into a folder and the reverse.
func TestCommitReplacesKinds(t *testing.T) {
	dest := t.TempDir()
	lay(t, dest, map[string]string{
		"about":          "was a file",
		"blog/index.htm": "was a folder",
		"blog/old.html":  "was a folder",
	})
	files := map[string]string{"about/index.html": "now a folder", "blog": "now a file"}
	build(t, dest, files)
	if d := diffMaps(tree(t, dest), withDirs(files)); d != "" {
		t.Errorf("output folder:\n%s", d)
	}
}

func TestAbortLeavesOutputAsItWas(t *testing.T) {
	dest := t.TempDir()
	build(t, dest, map[string]string{"index.html": "home", "talks/a/index.html": "a", "gone.html": "gone"})
	lay(t, dest, map[string]string{".git/HEAD": "ref"})
	age(t, dest)
	before := snapshot(t, dest)

	w, err := Open(dest, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, w.Write("index.html", "text/plain", []byte("home, changed")))
	mustOK(t, w.Write("talks/a/index.html", "text/plain", []byte("a")))
	mustOK(t, w.Write("talks/b/index.html", "text/plain", []byte("new")))
	mustOK(t, w.Copy("img/logo.svg", fsWith("logo.svg", "<svg/>"), "logo.svg"))
	// The build then fails: two pages claim one URL.
	if err := w.Write("talks/b/index.html", "text/html", []byte("other")); err == nil {
		t.Fatal("second Write of one path succeeded")
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	// Staging was made and removed inside dest, which changes the
	// folder's own time and nothing else.
	after := snapshot(t, dest)
	delete(before, ".")
	delete(after, ".")
	if d := diffMaps(after, before); d != "" {
		t.Errorf("Abort changed the output folder:\n%s", d)
	}
}

func TestCommitRefusesFailedBuild(t *testing.T) {
	dest := t.TempDir()
	build(t, dest, map[string]string{"index.html": "home"})
	age(t, dest)
	before := snapshot(t, dest)

	w, err := Open(dest, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, w.Write("new.html", "text/plain", []byte("new")))
	if err := w.Write("data.json", "application/json", []byte("{")); err == nil {
		t.Fatal("Write of broken JSON succeeded")
	}
	_, err = w.Commit()
	want := `cannot commit: output "data.json" was not written; abort the build; ` + dest + ` was left as it was`
	if err == nil || err.Error() != want {
		t.Errorf("Commit error:\n got %v\nwant %s", err, want)
	}
	after := snapshot(t, dest)
	delete(before, ".")
	delete(after, ".")
	if d := diffMaps(after, before); d != "" {
		t.Errorf("a refused Commit changed the output folder:\n%s", d)
	}
}

func TestEndOfBuild(t *testing.T) {
	dest := t.TempDir()
	w, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, w.Write("a.html", "text/html", []byte("a")))
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Errorf("Abort after Commit = %v, want nil", err)
	}
	const closed = "cannot commit: the build is already committed or aborted"
	if _, err := w.Commit(); err == nil || err.Error() != closed {
		t.Errorf("second Commit error = %v, want %s", err, closed)
	}
	const late = `output "b.html": the build is already committed or aborted`
	if err := w.Write("b.html", "text/html", nil); err == nil || err.Error() != late {
		t.Errorf("Write after Commit error = %v, want %s", err, late)
	}
	if d := diffMaps(tree(t, dest), map[string]string{"a.html": "a"}); d != "" {
		t.Errorf("output folder:\n%s", d)
	}
}

func TestOpenRemovesLeftoverStaging(t *testing.T) {
	tmp := t.TempDir()
	dest, outside := filepath.Join(tmp, "public"), filepath.Join(tmp, "outside")
	lay(t, outside, map[string]string{"keep.txt": "not ours"})
	lay(t, dest, map[string]string{
		"index.html":                         "home",
		".lectern-staging-0123/index.html":   "half a build",
		".lectern-staging-0123/talks/a.html": "half a build",
		".lectern-staging-link":              "-> " + outside,
		".lectern-notstaging":                "kept",
	})
	outsideBefore := snapshot(t, outside)
	w, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"index.html": "home", ".lectern-notstaging": "kept"}
	if d := diffMaps(tree(t, dest), want); d != "" {
		t.Errorf("output folder:\n%s", d)
	}
	if d := diffMaps(snapshot(t, outside), outsideBefore); d != "" {
		t.Errorf("a link's target was touched:\n%s", d)
	}
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A build killed while writing a file aside to rename it into .lectern/
// (the manifest, the programme) leaves the *.tmp; the next Open removes
// it, and nothing else of lectern's state.
func TestOpenRemovesFilesWrittenAside(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	lay(t, dest, map[string]string{
		"index.html":                 "home",
		stateDir + "/.manifest.tmp":  "half a manifest",
		stateDir + "/.programme.tmp": "half a programme",
		stateDir + "/manifest.json":  "{}",
	})
	w, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{".manifest.tmp", ".programme.tmp"} {
		if _, err := os.Stat(filepath.Join(dest, stateDir, name)); !os.IsNotExist(err) {
			t.Errorf("%s/%s is left: %v", stateDir, name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, stateDir, "manifest.json")); err != nil {
		t.Errorf("the manifest went: %v", err)
	}
}
