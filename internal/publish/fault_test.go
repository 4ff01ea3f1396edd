package publish_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"lectern/internal/build"
	"lectern/internal/publish"
	"lectern/internal/sitegen"
)

// The fault tests build a generated site in a child process, the test
// binary run again with childEnv set, and kill it. In the child a hook
// slows each move of Commit, so that kills aimed at the commit land in
// the middle of it, and prints a line when the first move starts.
const (
	childEnv   = "LECTERN_FAULT_CHILD" // source and output folder, "|"-separated
	holdEnv    = "LECTERN_FAULT_HOLD"  // a file the child waits for at its first move
	committing = "committing"
	moveDelay  = 200 * time.Microsecond
)

// TestFaultChild is the child process; run alone, it skips.
func TestFaultChild(t *testing.T) {
	spec := os.Getenv(childEnv)
	if spec == "" {
		t.Skip("the child process of the fault tests")
	}
	src, dest, _ := strings.Cut(spec, "|")
	var once sync.Once
	publish.SetBeforeMove(func(int) error {
		once.Do(func() {
			fmt.Println(committing)
			for hold := os.Getenv(holdEnv); hold != ""; time.Sleep(time.Millisecond) {
				if _, err := os.Stat(hold); err == nil {
					break
				}
			}
		})
		time.Sleep(moveDelay)
		return nil
	})
	_, diags := build.Build(context.Background(), build.Options{Source: src, Dest: dest})
	if diags.HasErrors() {
		fmt.Println(strings.Join(diags.Strings(), "\n"))
		os.Exit(3)
	}
	fmt.Println("built")
	os.Exit(0)
}

// child starts a build of src into dest in a child process and returns it
// with its output, one line at a time. env is added to the child's
// environment.
func child(t *testing.T, src, dest string, env ...string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestFaultChild$")
	cmd.Env = append(os.Environ(), childEnv+"="+src+"|"+dest)
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out)
}

// sites generates a small site (old) and a copy changed so that building
// it adds, changes and removes output files (new), and builds each once,
// returning the source folders, the output of old, and what each output
// holds.
func sites(t *testing.T) (oldSrc, newSrc, oldOut string, oldSite, newSite map[string]string) {
	t.Helper()
	tmp := t.TempDir()
	oldSrc, newSrc = filepath.Join(tmp, "old"), filepath.Join(tmp, "new")
	if err := sitegen.New(sitegen.Options{Talks: 40}).Write(oldSrc); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(newSrc, os.DirFS(oldSrc)); err != nil {
		t.Fatal(err)
	}
	talks := filepath.Join(newSrc, "content", "talks")
	entries, err := os.ReadDir(talks)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		p := filepath.Join(talks, e.Name())
		switch i % 5 {
		case 0: // removed
			mustOK(t, os.Remove(p))
		case 1: // changed, and a new talk beside it
			b, err := os.ReadFile(p)
			mustOK(t, err)
			b = append(b, "\nRevised after the event.\n"...)
			mustOK(t, os.WriteFile(p, b, 0o644))
			talk := fmt.Sprintf("---\ntitle: A late addition %d\ntags: [late]\n---\nAdded after the event.\n", i)
			mustOK(t, os.WriteFile(filepath.Join(talks, fmt.Sprintf("late-%d.md", i)), []byte(talk), 0o644))
		}
	}
	oldOut = filepath.Join(tmp, "old-public")
	newOut := filepath.Join(tmp, "new-public")
	for _, b := range [][2]string{{oldSrc, oldOut}, {newSrc, newOut}} {
		if _, diags := build.Build(context.Background(), build.Options{Source: b[0], Dest: b[1]}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
	}
	oldSite, newSite = hashes(t, oldOut), hashes(t, newOut)
	var added, changed, removed int
	for p, h := range newSite {
		o, ok := oldSite[p]
		switch {
		case !ok:
			added++
		case o != h:
			changed++
		}
	}
	for p := range oldSite {
		if _, ok := newSite[p]; !ok {
			removed++
		}
	}
	if added == 0 || changed == 0 || removed == 0 {
		t.Fatalf("the new site must add, change and remove files: %d added, %d changed, %d removed", added, changed, removed)
	}
	t.Logf("old site: %d entries; new site: %d added, %d changed, %d removed", len(oldSite), added, changed, removed)
	return oldSrc, newSrc, oldOut, oldSite, newSite
}

// hashes returns every entry of the output folder dir outside .lectern:
// a file's SHA-256, "/" for a folder, "-> target" for a link.
func hashes(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := make(map[string]string)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case rel == ".lectern":
			return fs.SkipDir
		case d.IsDir():
			out[rel] = "/"
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			out[rel] = "-> " + target
			return err
		default:
			b, err := os.ReadFile(p)
			sum := sha256.Sum256(b)
			out[rel] = hex.EncodeToString(sum[:])
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// same reports whether two results of hashes are equal, and if not, a few
// of their differences.
func same(got, want map[string]string) (bool, string) {
	var diffs []string
	for p, h := range got {
		if w, ok := want[p]; !ok {
			diffs = append(diffs, "unexpected "+p)
		} else if w != h {
			diffs = append(diffs, "differs "+p)
		}
	}
	for p := range want {
		if _, ok := got[p]; !ok {
			diffs = append(diffs, "missing "+p)
		}
	}
	slices.Sort(diffs)
	if len(diffs) > 5 {
		diffs = append(diffs[:5], fmt.Sprintf("and %d more", len(diffs)-5))
	}
	return len(diffs) == 0, strings.Join(diffs, ", ")
}

// litter says what .lectern holds besides lectern's lasting state.
func litter(dest string) error {
	entries, err := os.ReadDir(filepath.Join(dest, ".lectern"))
	if err != nil {
		return err
	}
	for _, e := range entries {
		switch e.Name() {
		case "lock", "manifest.json", "hidden.json", "programme.json":
		default:
			return fmt.Errorf("litter left in %s: .lectern/%s", dest, e.Name())
		}
	}
	return nil
}

// noLitter fails unless .lectern holds only lectern's lasting state.
func noLitter(t *testing.T, dest string) {
	t.Helper()
	if err := litter(dest); err != nil {
		t.Error(err)
	}
}

// TestKilledBuildsLeaveOldOrNewSite kills real builds of a generated site
// at random moments, half of them during the commit, and checks after
// each that recovery leaves exactly the old site or exactly the new one,
// and that the next build then gives the new site with no litter.
func TestKilledBuildsLeaveOldOrNewSite(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 40 builds")
	}
	_, newSrc, oldOut, oldSite, newSite := sites(t)
	tmp := t.TempDir()

	// One build without a kill gives the times to aim at.
	dest := filepath.Join(tmp, "calibrate")
	mustOK(t, os.CopyFS(dest, os.DirFS(oldOut)))
	start := time.Now()
	cmd, out := child(t, newSrc, dest)
	var toCommit time.Duration
	for out.Scan() {
		if out.Text() == committing {
			toCommit = time.Since(start)
		}
	}
	if err := cmd.Wait(); err != nil || toCommit == 0 {
		t.Fatalf("the child build failed (%v) or made no move", err)
	}
	whole := time.Since(start)
	commit := whole - toCommit
	t.Logf("a child build takes %v, its commit %v", whole.Round(time.Millisecond), commit.Round(time.Millisecond))

	// Four kills at a time: each mostly waits, for its child or its
	// moment. Under the race detector, whose children build several
	// times slower, ten kills still aim five at the commit; the run
	// without it makes the full forty.
	const workers = 4
	kills := 40
	if raceDetector {
		kills = 10
	}
	var mu sync.Mutex
	outcomes := map[string]int{}
	var wg sync.WaitGroup
	for wk := range workers {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(1, uint64(wk)))
			for i := wk; i < kills; i += workers {
				outcome, err := killOnce(t, filepath.Join(tmp, fmt.Sprint(i)), oldOut, newSrc, i%2 == 0, func(d time.Duration) time.Duration {
					return time.Duration(rng.Int64N(int64(d)))
				}, whole, commit, oldSite, newSite)
				if err != nil {
					t.Errorf("kill %d (aimed at the commit: %v): %v", i, i%2 == 0, err)
				}
				mu.Lock()
				outcomes[outcome]++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	t.Logf("after %d kills: %v", kills, outcomes)
	if outcomes["old, commit rolled back"] == 0 {
		t.Errorf("no kill landed in a commit: %v", outcomes)
	}
}

// killOnce copies the old site's output into dest, starts a build of
// newSrc into it and kills it: when aimed, at a random moment of its
// commit, else of the whole build. It then recovers the folder in-process
// and says what it holds, which must be the old site or the new one;
// then builds again, which must give the new site with no litter.
func killOnce(t *testing.T, dest, oldOut, newSrc string, aimed bool, random func(time.Duration) time.Duration, whole, commit time.Duration, oldSite, newSite map[string]string) (string, error) {
	defer os.RemoveAll(dest)
	if err := os.CopyFS(dest, os.DirFS(oldOut)); err != nil {
		return "", err
	}
	cmd, out := child(t, newSrc, dest)
	if aimed {
		for out.Scan() && out.Text() != committing {
		}
		time.Sleep(random(commit))
	} else {
		time.Sleep(random(whole))
	}
	cmd.Process.Kill()
	go func() {
		for out.Scan() {
		}
	}()
	cmd.Wait()

	w, err := publish.Open(dest, publish.Options{})
	if err != nil {
		return "", fmt.Errorf("recovery: %v", err)
	}
	rec := w.Recovered()
	if err := w.Abort(); err != nil {
		return "", err
	}
	got := hashes(t, dest)
	isOld, oldDiff := same(got, oldSite)
	isNew, _ := same(got, newSite)
	outcome := "new"
	switch {
	case isOld && rec.Interrupted:
		outcome = "old, commit rolled back"
	case isOld:
		outcome = "old"
	case !isNew:
		return "mix", fmt.Errorf("the output folder is neither the old site nor the new one after recovery %+v; against the old: %s", rec, oldDiff)
	}
	if err := litter(dest); err != nil {
		return outcome, err
	}
	if _, diags := build.Build(context.Background(), build.Options{Source: newSrc, Dest: dest}); diags.HasErrors() {
		return outcome, fmt.Errorf("the next build: %v", diags.Err())
	}
	if ok, diff := same(hashes(t, dest), newSite); !ok {
		return outcome, fmt.Errorf("the next build did not give the new site: %s", diff)
	}
	return outcome, litter(dest)
}

// TestConcurrentBuildsNeverMix starts a build while another is moving
// files into one output folder: the second is refused with the lock's
// message, and the folder holds the first build's site, whole. Then it
// races two builds of different sites a few times and checks that the
// folder always holds one of the two sites.
func TestConcurrentBuildsNeverMix(t *testing.T) {
	if testing.Short() {
		t.Skip("builds sites in child processes")
	}
	oldSrc, newSrc, oldOut, oldSite, newSite := sites(t)
	tmp := t.TempDir()

	dest := filepath.Join(tmp, "public")
	mustOK(t, os.CopyFS(dest, os.DirFS(oldOut)))
	// The first build waits at its first move until the second is done.
	hold := filepath.Join(tmp, "hold")
	first, out := child(t, newSrc, dest, holdEnv+"="+hold)
	for out.Scan() && out.Text() != committing {
	}
	_, diags := build.Build(context.Background(), build.Options{Source: oldSrc, Dest: dest})
	mustOK(t, os.WriteFile(hold, nil, 0o644))
	want := fmt.Sprintf("another lectern build (pid %d) is writing %s; wait for it to finish or stop it, then build again", first.Process.Pid, dest)
	if got := strings.Join(diags.Strings(), "\n"); !strings.HasSuffix(got, want) || len(diags) != 1 {
		t.Errorf("the second build's diagnostics:\n%s\nwant\n%s", got, want)
	}
	for out.Scan() {
	}
	if err := first.Wait(); err != nil {
		t.Fatalf("the first build: %v", err)
	}
	if ok, diff := same(hashes(t, dest), newSite); !ok {
		t.Errorf("after two builds at once: %s", diff)
	}
	noLitter(t, dest)

	for i := range 4 {
		dest := filepath.Join(tmp, fmt.Sprint(i))
		mustOK(t, os.CopyFS(dest, os.DirFS(oldOut)))
		a, aout := child(t, newSrc, dest)
		b, bout := child(t, oldSrc, dest)
		var refused int
		for _, c := range []struct {
			cmd *exec.Cmd
			out *bufio.Scanner
		}{{a, aout}, {b, bout}} {
			var lines []string
			for c.out.Scan() {
				lines = append(lines, c.out.Text())
			}
			err := c.cmd.Wait()
			var exit *exec.ExitError
			switch {
			case err == nil:
			case errors.As(err, &exit) && exit.ExitCode() == 3 && strings.Contains(strings.Join(lines, "\n"), "is writing "+dest+"; wait for it to finish"):
				refused++
			default:
				t.Fatalf("race %d: a build failed: %v\n%s", i, err, strings.Join(lines, "\n"))
			}
		}
		got := hashes(t, dest)
		isOld, _ := same(got, oldSite)
		isNew, diff := same(got, newSite)
		if !isOld && !isNew {
			t.Errorf("race %d (%d refused): the folder holds a mix: against the new site: %s", i, refused, diff)
		}
		noLitter(t, dest)
	}
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestBuildReportsRecovery kills a build whose commit has written its
// journal, and checks that the next build says it restored the previous
// site before building the new one.
func TestBuildReportsRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("builds sites in child processes")
	}
	_, newSrc, oldOut, _, newSite := sites(t)
	tmp := t.TempDir()
	dest := filepath.Join(tmp, "public")
	mustOK(t, os.CopyFS(dest, os.DirFS(oldOut)))
	// The child waits at its first move for a file that never comes.
	cmd, out := child(t, newSrc, dest, holdEnv+"="+filepath.Join(tmp, "never"))
	for out.Scan() && out.Text() != committing {
	}
	cmd.Process.Kill()
	cmd.Wait()

	res, diags := build.Build(context.Background(), build.Options{Source: newSrc, Dest: dest})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	want := dest + ": an earlier build was interrupted while publishing; restored the previous site (files put back: 0, new entries taken out: 0)"
	if got := strings.Join(diags.Strings(), "\n"); !strings.Contains(got, want) {
		t.Errorf("diagnostics:\n%s\nwant a warning:\n%s", got, want)
	}
	if res.UpToDate {
		t.Error("the build after a recovery stopped as up to date")
	}
	if ok, diff := same(hashes(t, dest), newSite); !ok {
		t.Errorf("the build after a recovery: %s", diff)
	}
	noLitter(t, dest)
}
