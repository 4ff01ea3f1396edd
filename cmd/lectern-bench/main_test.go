package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// asMain makes the test binary act as lectern-bench when compare runs
// itself (os.Executable) for the floor and the lectern build.
const asMain = "LECTERN_BENCH_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMain) == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestCompare runs compare end to end on a small site, without Hugo, and
// checks that every tool wrote its outputs and that the report adds up.
func TestCompare(t *testing.T) {
	t.Setenv(asMain, "1")
	t.Setenv("PATH", "") // no hugo, whatever the machine has
	var stdout, stderr bytes.Buffer
	if code := run([]string{"compare", "-talks", "40", "-rounds", "2"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("compare exited %d\nstdout:\n%s\nstderr:\n%s", code, &stdout, &stderr)
	}
	out := stdout.String()
	for _, want := range []string{"Site: 40 talks", "medians of 2 rounds", "lectern stages (ms): config", "hugo is not on the PATH"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	row := regexp.MustCompile(`(?m)^(floor=?|lectern) +(\d+) ms .* (\d+) MB +(\d+) +\d+\.\d\d$`)
	rows := row.FindAllStringSubmatch(out, -1)
	if len(rows) != 3 {
		t.Fatalf("want a floor, a lectern and a same-output floor row, got %d:\n%s", len(rows), out)
	}
	files := map[string]int{}
	for _, r := range rows {
		files[r[1]], _ = strconv.Atoi(r[4])
		if ms, _ := strconv.Atoi(r[2]); ms <= 0 {
			t.Errorf("%s took %d ms", r[1], ms)
		}
	}
	// The floor writes a page per content file; lectern writes those and
	// its indexes, feeds and calendars.
	// The same-output floor writes what lectern writes.
	if files["floor"] == 0 || files["lectern"] <= files["floor"] || files["floor="] != files["lectern"] {
		t.Errorf("files written: floor %d, lectern %d, same-output floor %d", files["floor"], files["lectern"], files["floor="])
	}
	ratio := regexp.MustCompile(`lectern/floor (\d+\.\d\d)`).FindStringSubmatch(out)
	if ratio == nil {
		t.Fatalf("no lectern/floor ratio:\n%s", out)
	}
	if r, _ := strconv.ParseFloat(ratio[1], 64); r <= 0 {
		t.Errorf("lectern/floor %v", r)
	}
}

// TestGenWritesTheSite checks gen's talk files against -talks, and that
// gen refuses a folder that holds anything rather than mixing two sites.
func TestGenWritesTheSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	talks := func() int {
		entries, err := os.ReadDir(filepath.Join(dir, "content", "talks"))
		if err != nil {
			t.Fatal(err)
		}
		return len(entries)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gen", "-talks", "30", "-out", dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("gen exited %d: %s", code, &stderr)
	}
	if n := talks(); n != 30 {
		t.Errorf("gen -talks 30 wrote %d talk files", n)
	}
	stderr.Reset()
	if code := run([]string{"gen", "-talks", "10", "-out", dir}, &stdout, &stderr); code == exitOK {
		t.Fatal("gen into a folder holding a site succeeded")
	}
	if !strings.Contains(stderr.String(), "is not empty") {
		t.Errorf("stderr: %s", &stderr)
	}
	if n := talks(); n != 30 {
		t.Errorf("a refused gen left %d talk files, want the 30 there before", n)
	}
}

func TestUnknownCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"bench"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if !strings.Contains(stderr.String(), `unknown command "bench"`) {
		t.Errorf("stderr: %s", &stderr)
	}
}

// TestServeLoad runs serve-load briefly on a small site, with more
// live-reload clients than the cap, and checks that the report adds up.
func TestServeLoad(t *testing.T) {
	var stdout, stderr bytes.Buffer
	args := []string{"serve-load", "-talks", "20", "-clients", "2", "-live", "3", "-live-cap", "2", "-duration", "1s", "-edit", "200ms"}
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("serve-load exited %d\nstdout:\n%s\nstderr:\n%s", code, &stdout, &stderr)
	}
	out := stdout.String()
	for _, want := range []string{
		"Site: 20 talks",
		"live reload: 2 of 3 clients held (1 refused), 2 still connected at the end",
		"serve/file server: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	row := regexp.MustCompile(`(?m)^(file server|lectern serve) +(\d+) +(\d+) .* (\d+)$`)
	rows := row.FindAllStringSubmatch(out, -1)
	if len(rows) != 2 {
		t.Fatalf("want a row per server, got %d:\n%s", len(rows), out)
	}
	for _, r := range rows {
		if n, _ := strconv.Atoi(r[2]); n == 0 {
			t.Errorf("%s answered no request", r[1])
		}
		if r[4] != "0" {
			t.Errorf("%s: %s errors\n%s", r[1], r[4], out)
		}
	}
	// Saves must lead to good rebuilds. On a machine loaded by other test
	// binaries a rebuild can fail (a page overrunning the preview's 5 s
	// per-page deadline): the report names why, and a later one must
	// succeed. That every rebuild gives what a fresh build gives is the
	// differential test's job (internal/build), not this load test's.
	edits := regexp.MustCompile(`edits: (\d+) saved, (\d+) rebuilds \((\d+) failed\)`).FindStringSubmatch(out)
	if edits == nil || edits[1] == "0" || edits[2] == "0" {
		t.Fatalf("no edit rebuilt:\n%s", out)
	}
	rebuilt, _ := strconv.Atoi(edits[2])
	failed, _ := strconv.Atoi(edits[3])
	if failed >= rebuilt {
		t.Errorf("no rebuild succeeded:\n%s", out)
	}
	if failed > 0 {
		t.Logf("%d of %d rebuilds failed under load:\n%s", failed, rebuilt, out)
	}
}

func TestServeLoadRefusesAnUnboundedRun(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"serve-load", "-duration", "2h"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
}
