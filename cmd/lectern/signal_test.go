package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperArgs, set in the environment, makes TestHelperMain run lectern
// with these arguments, separated by newlines; helperReady names the file
// it makes once it heeds signals.
const (
	helperArgs  = "LECTERN_HELPER_ARGS"
	helperReady = "LECTERN_HELPER_READY"
)

// TestHelperMain is not a test of its own: TestSignalStopsBuild runs the
// test binary with only this test and helperArgs set, as the lectern
// command. It is runMain, with word sent of when signals are watched:
// until then a SIGTERM would kill the process as if lectern ignored it.
func TestHelperMain(t *testing.T) {
	args := os.Getenv(helperArgs)
	if args == "" {
		t.Skip("runs only as the lectern command of another test")
	}
	ctx, stop := cancelOnSignal(context.Background(), os.Stderr)
	if err := os.WriteFile(os.Getenv(helperReady), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if args == "hang" {
		// A command slow to clean up: only a second signal ends it.
		<-ctx.Done()
		os.WriteFile(os.Getenv(helperReady)+".cancelled", nil, 0o644)
		select {}
	}
	code := run(ctx, strings.Split(args, "\n"), os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// tree returns the files under dir by slash path with their bytes and
// modification times.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b) + "\x00" + info.ModTime().String()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSignalStopsBuild(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	dir := checkSite(t, map[string]string{
		"content/talks/a.md": "---\ntitle: A\n---\nBody.\n",
		"content/notes/n.md": "---\ntitle: N\n---\nNote.\n",
	})
	dest := filepath.Join(dir, "public")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"build", "--source", dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("first build: exit %d: %s", code, stderr.String())
	}
	before := tree(t, dest)
	// config.toml's deadline is a minute: only the signal stops this.
	loop := "{{define \"main\"}}{{range $i := 100000000000}}{{$i}}{{end}}{{end}}"
	if err := os.MkdirAll(filepath.Join(dir, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "layouts", "talk.html"), []byte(loop), 0o644); err != nil {
		t.Fatal(err)
	}

	h := startHelper(t, "build\n--source\n"+dir)
	cmd, done, out, errOut := h.cmd, h.done, h.stdout, h.stderr
	// Give the build time to reach the template, which never returns. A
	// signal that comes sooner stops the build all the same, in an
	// earlier stage.
	select {
	case err := <-done:
		t.Fatalf("the build ended by itself: %v\n%s", err, errOut.String())
	case <-time.After(500 * time.Millisecond):
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	select {
	case err := <-done:
		t.Logf("stopped %s after SIGTERM", time.Since(sent).Round(time.Millisecond))
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != exitCancelled {
			t.Errorf("exit: %v, want status %d", err, exitCancelled)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("lectern build ignored SIGTERM")
	}
	if want := "build cancelled; " + dest + " was left as it was\n"; errOut.String() != want || out.String() != "" {
		t.Errorf("stdout %q\nstderr %q\nwant stderr %q", out.String(), errOut.String(), want)
	}
	after := tree(t, dest)
	// The lock file holds the pid of the last build that took it, so it
	// is lectern's bookkeeping, not the site.
	delete(before, ".lectern/lock")
	delete(after, ".lectern/lock")
	for p, f := range before {
		if after[p] != f {
			t.Errorf("%s changed", p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s appeared", p)
		}
	}
}

// helper is the lectern command run by startHelper.
type helper struct {
	cmd            *exec.Cmd
	done           <-chan error // its exit
	ready          string       // the file it made once it heeded signals
	stdout, stderr *bytes.Buffer
}

// startHelper runs the test binary as the lectern command with args
// (separated by newlines) and returns once it heeds signals.
func startHelper(t *testing.T, args string) helper {
	t.Helper()
	h := helper{
		cmd:    exec.Command(os.Args[0], "-test.run=^TestHelperMain$"),
		ready:  filepath.Join(t.TempDir(), "ready"),
		stdout: new(bytes.Buffer),
		stderr: new(bytes.Buffer),
	}
	h.cmd.Env = append(os.Environ(), helperArgs+"="+args, helperReady+"="+h.ready)
	h.cmd.Stdout, h.cmd.Stderr = h.stdout, h.stderr
	if err := h.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.cmd.Process.Kill() })
	done := make(chan error, 1)
	go func() { done <- h.cmd.Wait() }()
	h.done = done
	waitFile(t, h.ready)
	return h
}

// waitFile waits for the file p to exist.
func waitFile(t *testing.T, p string) {
	t.Helper()
	for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(p); err == nil {
			return
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("%s did not appear", p)
		}
	}
}

func TestSecondSignalExitsAtOnce(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	h := startHelper(t, "hang")
	cmd, done, ready, stderr := h.cmd, h.done, h.ready, h.stderr
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitFile(t, ready+".cancelled")
	select {
	case err := <-done:
		t.Fatalf("the first signal ended the process: %v", err)
	default:
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != exitCancelled {
			t.Errorf("exit: %v, want status %d", err, exitCancelled)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a second SIGTERM did not end the process")
	}
	if want := "lectern: stopped at once, without cleaning up; the next build removes what this one left\n"; stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
}
