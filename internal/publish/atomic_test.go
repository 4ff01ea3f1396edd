package publish

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The sites of the roll-back tests: before has been committed, after is
// the next build. Between them are every kind of move Commit makes.
var (
	before = map[string]string{
		"index.html":            "home",
		"same.html":             "unchanged",
		"talks/a/index.html":    "talk a",
		"talks/gone/index.html": "a talk that was deleted",
		"stale.html":            "stale",
		"about":                 "a file that becomes a folder",
		"blog/index.html":       "a folder that becomes a file",
		"blog/old.html":         "in it",
		".well-known/old.txt":   "a hidden output no longer built",
		".env":                  "SECRET=1",
	}
	after = map[string]string{
		"index.html":          "home, changed",
		"same.html":           "unchanged",
		"talks/a/index.html":  "talk a, changed",
		"talks/b/index.html":  "talk b, new",
		"about/index.html":    "now a folder",
		"blog":                "now a file",
		"notes/n/index.html":  "a new section",
		".well-known/new.txt": "a new hidden output",
	}
	// notOurs are hidden entries lectern did not write.
	notOurs = map[string]string{".git/HEAD": "ref", ".gitkeep": ""}
)

// crash is what the test hook panics with to stop a Commit dead.
type crash struct{}

// die simulates the death of the process: the kernel closes its files,
// which drops the lock, and nothing else happens.
func (w *Writer) die() {
	if w.stage != nil {
		w.stage.Close()
	}
	w.lock.Close()
	w.root.Close()
}

// commitDying commits w, killing it (see die) before the move numbered
// at, or right after the commit point when at is -1. It reports whether
// the build died, and the Stats when it did not.
func commitDying(t *testing.T, w *Writer, at int) (died bool) {
	t.Helper()
	beforeMove = func(done int) error {
		if done == at {
			panic(crash{})
		}
		return nil
	}
	committed = func() {
		if at == -1 {
			panic(crash{})
		}
	}
	defer func() {
		beforeMove, committed = nil, nil
		if r := recover(); r != nil {
			if _, ok := r.(crash); !ok {
				panic(r)
			}
			died = true
			w.die()
		}
	}()
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return false
}

// oldSite lays before and notOurs in a new output folder, before as a
// committed build, and returns the folder and what it holds.
func oldSite(t *testing.T) (string, map[string]string) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	lay(t, dest, notOurs)
	build(t, dest, before)
	age(t, dest)
	return dest, tree(t, dest)
}

// startAfter opens dest and writes after into it, ready to commit.
func startAfter(t *testing.T, dest string) *Writer {
	t.Helper()
	w, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range slices.Sorted(maps.Keys(after)) {
		mustOK(t, w.Write(p, "text/plain", []byte(after[p])))
	}
	return w
}

// newSite is what the output folder holds once after is committed.
func newSite() map[string]string {
	want := withDirs(after)
	maps.Copy(want, notOurs)
	want[".git"] = "/"
	return want
}

// noLitter fails unless lectern's folder holds only its lasting state.
func noLitter(t *testing.T, dest string) {
	t.Helper()
	for p := range treeAll(t, dest) {
		if strings.HasPrefix(p, stateDir+"/") && p != lockPath && p != hiddenPath {
			t.Errorf("litter left in the output folder: %s", p)
		}
	}
}

// modTimes returns the modification time of every file in dest outside
// .lectern.
func modTimes(t *testing.T, dest string) map[string]string {
	t.Helper()
	out := make(map[string]string)
	for p, v := range tree(t, dest) {
		if v == "/" {
			continue
		}
		fi, err := os.Lstat(filepath.Join(dest, p))
		if err != nil {
			t.Fatal(err)
		}
		out[p] = fi.ModTime().String()
	}
	return out
}

// TestKilledCommitIsRolledBack kills a Commit before each of its moves in
// turn, and right after its commit point, and checks that the next Open
// gives back the previous site (bytes and modification times) or, after
// the commit point, leaves the new one, with no litter either way.
func TestKilledCommitIsRolledBack(t *testing.T) {
	for at := -1; ; at++ {
		dest, old := oldSite(t)
		oldTimes := modTimes(t, dest)
		w := startAfter(t, dest)
		if !commitDying(t, w, at) {
			if at < 10 {
				t.Fatalf("Commit made only %d moves", at)
			}
			break
		}
		t.Run(fmt.Sprintf("killed before move %d", at), func(t *testing.T) {
			w, err := Open(dest, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			rec := w.Recovered()
			want, wantTimes := old, oldTimes
			if at == -1 {
				want, wantTimes = newSite(), nil
			}
			if rec.Interrupted != (at != -1) {
				t.Errorf("Recovered() = %+v", rec)
			}
			if d := diffMaps(tree(t, dest), want); d != "" {
				t.Errorf("output folder after recovery:\n%s", d)
			}
			if wantTimes != nil {
				if d := diffMaps(modTimes(t, dest), wantTimes); d != "" {
					t.Errorf("modification times after recovery:\n%s", d)
				}
			}
			noLitter(t, dest)
		})
	}
}

// TestRollBackInterruptedAgain interrupts the roll-back itself after each
// of its ops (a roll-back undoes the last op first, so an interrupted one
// has undone a tail of the journal) and checks that Open finishes it.
func TestRollBackInterruptedAgain(t *testing.T) {
	// Count the moves of the Commit, to kill it halfway and at the end.
	dest, _ := oldSite(t)
	w := startAfter(t, dest)
	moves := 0
	beforeMove = func(done int) error { moves = done; return nil }
	_, err := w.Commit()
	beforeMove = nil
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []int{moves / 2, moves} {
		for tail := 0; ; tail++ {
			dest, old := oldSite(t)
			if !commitDying(t, startAfter(t, dest), at) {
				t.Fatalf("Commit did not die at move %d", at)
			}
			root, err := os.OpenRoot(dest)
			if err != nil {
				t.Fatal(err)
			}
			j, err := readJournal(root)
			if err != nil || j == nil {
				t.Fatalf("journal: %v %v", j, err)
			}
			_, _, err = rollbackTo(root, j, len(j.Ops)-tail)
			root.Close()
			if err != nil {
				t.Fatal(err)
			}
			w, err := Open(dest, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d := diffMaps(tree(t, dest), old); d != "" {
				t.Errorf("killed at move %d, roll-back killed after %d ops: output folder after recovery:\n%s", at, tail, d)
			}
			noLitter(t, dest)
			w.Close()
			if tail == len(j.Ops) {
				break
			}
		}
	}
}

// TestFailedMoveIsRolledBack fails Commit at each of its moves, as a full
// disk would, and checks that it moves everything back at once and says
// so.
func TestFailedMoveIsRolledBack(t *testing.T) {
	full := errors.New("no space left on device")
	for at := 0; ; at++ {
		dest, old := oldSite(t)
		w := startAfter(t, dest)
		beforeMove = func(done int) error {
			if done == at {
				return full
			}
			return nil
		}
		_, err := w.Commit()
		beforeMove = nil
		w.Close()
		if err == nil {
			if at < 10 {
				t.Fatalf("Commit made only %d moves", at)
			}
			break
		}
		want := "no space left on device; every file already moved was moved back, so " + dest + " holds the previous site, whole"
		state := RolledBack
		if at == 0 {
			want, state = "no space left on device; "+dest+" was left as it was", Untouched
		}
		var cerr *CommitError
		if err.Error() != want || !errors.As(err, &cerr) || cerr.State != state || !errors.Is(err, full) {
			t.Errorf("move %d: Commit error:\n got %v\nwant %s", at, err, want)
		}
		if d := diffMaps(tree(t, dest), old); d != "" {
			t.Errorf("move %d: output folder after the failed Commit:\n%s", at, d)
		}
		noLitter(t, dest)
	}
}

// TestLock checks that a second Writer on one output folder is refused,
// before it touches anything, with a message naming the holder, and that
// Close lets the next one in.
func TestLock(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	first, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	leftover := filepath.Join(dest, stateDir, "staging-0123")
	lay(t, leftover, map[string]string{"index.html": "the first build's"})
	_, err = Open(dest, Options{})
	want := fmt.Sprintf("another lectern build (pid %d) is writing %s; wait for it to finish or stop it, then build again", os.Getpid(), dest)
	var locked *LockedError
	if err == nil || err.Error() != want || !errors.As(err, &locked) {
		t.Fatalf("second Open error:\n got %v\nwant %s", err, want)
	}
	if _, err := os.Stat(filepath.Join(leftover, "index.html")); err != nil {
		t.Errorf("the refused Open touched the folder: %v", err)
	}
	mustOK(t, first.Write("a.html", "text/html", []byte("a")))
	if _, err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dest, Options{}); err == nil {
		t.Fatal("Open succeeded while the first build, committed but not closed, held the folder")
	}
	mustOK(t, first.Close())
	mustOK(t, first.Close())
	second, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if rec := second.Recovered(); rec != (Recovery{Leftovers: 1}) {
		t.Errorf("Recovered() = %+v, want one leftover staging folder", rec)
	}
}

// TestLockMessageWithoutPID: a lock file whose id cannot be read still
// gives a clear message.
func TestLockMessageWithoutPID(t *testing.T) {
	err := &LockedError{Dest: "public"}
	const want = "another lectern build is writing public; wait for it to finish or stop it, then build again"
	if err.Error() != want {
		t.Errorf("got %s\nwant %s", err, want)
	}
}

// TestRollBackOddNames: stale files of any name, which output paths could
// not have, are journaled and restored like the others.
func TestRollBackOddNames(t *testing.T) {
	dest := t.TempDir()
	build(t, dest, map[string]string{"index.html": "home"})
	odd := map[string]string{`talks/back\slash.html`: "b", "talks/ space .html": "s", "talks/new\nline": "n"}
	lay(t, dest, odd)
	old := tree(t, dest)
	w, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustOK(t, w.Write("index.html", "text/plain", []byte("home, changed")))
	if !commitDying(t, w, 2) {
		t.Fatal("Commit did not die")
	}
	w, err = Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if d := diffMaps(tree(t, dest), old); d != "" {
		t.Errorf("output folder after recovery:\n%s", d)
	}
}
