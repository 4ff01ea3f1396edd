package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"

	"lectern/internal/build"
)

// childBuild is the hidden command compare runs lectern through, so that
// each build has a process of its own whose peak memory can be read.
const childBuild = "child-build"

// childResult is what the child build prints, as JSON, for compare.
type childResult struct {
	Pages, Indexes, Written int
	Stages                  []childStage
	Errors                  []string
}

type childStage struct {
	Name string
	MS   float64
}

func runChildBuild(args []string, stdout, stderr io.Writer) int {
	if len(args) != 2 {
		fmt.Fprintln(stderr, "lectern-bench child-build: SOURCE DEST")
		return exitUsage
	}
	res, diags := build.Build(context.Background(), build.Options{Source: args[0], Dest: args[1]})
	out := childResult{Pages: res.Pages, Indexes: res.Indexes, Written: res.Written.Written}
	for _, s := range res.Stages {
		out.Stages = append(out.Stages, childStage{s.Name, float64(s.Duration.Microseconds()) / 1000})
	}
	for _, d := range diags.Errors() {
		out.Errors = append(out.Errors, d.String())
	}
	json.NewEncoder(stdout).Encode(out)
	if len(out.Errors) > 0 {
		return exitError
	}
	return exitOK
}

// measured is one timed child process.
type measured struct {
	Wall      time.Duration
	User, Sys time.Duration // CPU time in the process and in the kernel for it
	MaxRSS    int64         // bytes
	Stdout    []byte
}

// measure runs a command to its end and returns its wall time, CPU time and
// peak resident memory. Its standard error goes to stderr.
func measure(stderr io.Writer, name string, args ...string) (measured, error) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = stderr
	start := time.Now()
	out, err := cmd.Output()
	m := measured{Wall: time.Since(start), Stdout: out}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.MaxRSS = ru.Maxrss * 1024 // kilobytes on Linux
		m.User = time.Duration(ru.Utime.Nano())
		m.Sys = time.Duration(ru.Stime.Nano())
	}
	if err != nil {
		return m, fmt.Errorf("%s: %v", name, err)
	}
	return m, nil
}

func self() (string, error) { return os.Executable() }
