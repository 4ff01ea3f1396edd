package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"lectern/internal/floor"
	"lectern/internal/sitegen"
)

func runCompare(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("compare", stderr)
	talks := fs.Int("talks", 10000, "number of talks")
	seed := fs.Uint64("seed", 0, "the seed of the generated site")
	dir := fs.String("dir", "", "work folder (default: a new temporary folder)")
	keep := fs.Bool("keep", false, "keep the work folder")
	rounds := fs.Int("rounds", 3, "measure each tool this many times, taking turns, and report the medians")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "lectern-bench compare: %v\n", err)
		return exitError
	}
	work := *dir
	if work == "" {
		tmp, err := os.MkdirTemp("", "lectern-compare-")
		if err != nil {
			return fail(err)
		}
		work = tmp
	} else if err := emptyDir(work); err != nil {
		return fail(err)
	}
	if !*keep {
		defer os.RemoveAll(work)
	}
	exe, err := self()
	if err != nil {
		return fail(err)
	}
	site := filepath.Join(work, "lectern")
	hsite := filepath.Join(work, "hugo")
	start := time.Now()
	for _, d := range []struct {
		dir     string
		dialect sitegen.Dialect
	}{{site, sitegen.Lectern}, {hsite, sitegen.Hugo}} {
		s := sitegen.New(sitegen.Options{Talks: *talks, Seed: *seed, Dialect: d.dialect})
		if err := s.Write(d.dir); err != nil {
			return fail(err)
		}
	}
	g := sitegen.New(sitegen.Options{Talks: *talks, Seed: *seed})
	fmt.Fprintf(stdout, "Site: %d talks, %d speakers, %d notes, %d events, %d tags; %d files (generated in %s, in %s)\n",
		g.Talks(), g.Speakers(), g.Notes(), g.Events(), sitegen.TagCount, g.Len(), time.Since(start).Round(time.Millisecond), work)

	// The same-output floor writes the files lectern writes: a first
	// lectern build, not timed, says which.
	like := filepath.Join(work, "out-lectern-0")
	if _, err := measure(stderr, exe, childBuild, site, like); err != nil {
		return fail(err)
	}
	tools := []tool{
		{name: "floor", exe: exe, args: func(out string) []string { return []string{"floor", "-dest", out, site} }},
		{name: "lectern", exe: exe, args: func(out string) []string { return []string{childBuild, site, out} }},
		{name: "floor=", exe: exe, args: func(out string) []string { return []string{"floor", "-like", like, "-dest", out, site} }},
	}
	hugo, hugoErr := exec.LookPath("hugo")
	var version []byte
	if hugoErr == nil {
		version, _ = exec.Command(hugo, "version").Output()
		tools = append(tools, tool{name: "hugo", exe: hugo, args: func(out string) []string {
			return []string{"--quiet", "--minify", "--source", hsite, "--destination", out}
		}})
	}
	// The tools take turns, round after round, each after the disk has
	// caught up with the last one's writes: on a shared disk, whoever runs
	// after another's tens of thousands of new files would otherwise pay
	// for them. Each run writes into a new folder, and none is removed
	// before the end: a file system pays for deleting tens of thousands of
	// files partly when the next files are created (ext4 without a
	// journal steps over every inode freed in the last minute), so a run
	// after a removal would measure the benchmark's own cleaning.
	runs := make([][]measured, len(tools))
	files := make([]int, len(tools))
	for round := range max(*rounds, 1) {
		for i, t := range tools {
			out := filepath.Join(work, fmt.Sprintf("out-%s-%d", t.name, round+1))
			syscall.Sync()
			m, err := measure(stderr, t.exe, t.args(out)...)
			if err != nil {
				return fail(err)
			}
			runs[i] = append(runs[i], m)
			files[i] = countFiles(out)
		}
	}
	// CPU is split into user and system time: the system's share is
	// mostly creating files and folders, which grows with the number of
	// outputs, not with the work done per page.
	// CPU ÷ wall ÷ cores is the parallel efficiency: how much of the
	// machine a run kept busy, comparable between machines.
	cores := runtime.NumCPU()
	fmt.Fprintf(stdout, "medians of %d rounds on %d cores\n%-8s %9s %15s %9s %9s %9s %8s %9s\n", max(*rounds, 1), cores, "", "time", "range", "user CPU", "sys CPU", "peak RSS", "files", "CPU/wall/cores")
	med := make([]measured, len(tools))
	for i, t := range tools {
		med[i] = median(runs[i])
		lo, hi := spread(runs[i])
		eff := float64(med[i].User+med[i].Sys) / float64(med[i].Wall) / float64(cores)
		fmt.Fprintf(stdout, "%-8s %7d ms %15s %7d ms %7d ms %6d MB %8d %9.2f\n", t.name, med[i].Wall.Milliseconds(),
			fmt.Sprintf("%d–%d ms", lo.Milliseconds(), hi.Milliseconds()), med[i].User.Milliseconds(), med[i].Sys.Milliseconds(), peakRSS(runs[i])>>20, files[i], eff)
		if t.name == "lectern" {
			var lr childResult
			if err := json.Unmarshal(med[i].Stdout, &lr); err != nil {
				return fail(fmt.Errorf("reading the lectern build's result: %v", err))
			}
			var stages []string
			for _, s := range lr.Stages {
				stages = append(stages, fmt.Sprintf("%s %.0f", s.Name, s.MS))
			}
			fmt.Fprintf(stdout, "         lectern stages (ms): %s\n", strings.Join(stages, ", "))
		}
	}
	fmt.Fprintf(stdout, "floor= is the same-output floor: the floor's work, writing the files lectern writes\n")
	if hugoErr != nil {
		fmt.Fprintf(stdout, "lectern/floor %.2f   lectern/floor= %.2f\n", ratio(med[1].Wall, med[0].Wall), ratio(med[1].Wall, med[2].Wall))
		fmt.Fprintln(stdout, "hugo is not on the PATH, so there is no Hugo time to compare with; install it (apt-get install hugo) and run again.")
		return exitOK
	}
	fmt.Fprintf(stdout, "         %s\n", strings.TrimSpace(string(version)))
	fmt.Fprintf(stdout, "lectern/floor %.2f   lectern/floor= %.2f   hugo/lectern %.2f\n", ratio(med[1].Wall, med[0].Wall), ratio(med[1].Wall, med[2].Wall), ratio(med[3].Wall, med[1].Wall))
	return exitOK
}

// tool is one program compare measures; args gives its arguments for an
// output folder.
type tool struct {
	name string
	exe  string
	args func(out string) []string
}

// median returns the run with the median wall time (the lower middle one
// of an even count).
func median(runs []measured) measured {
	sorted := slices.Clone(runs)
	slices.SortFunc(sorted, func(a, b measured) int { return cmp.Compare(a.Wall, b.Wall) })
	return sorted[(len(sorted)-1)/2]
}

// spread returns the fastest and slowest wall times of runs.
func spread(runs []measured) (lo, hi time.Duration) {
	lo, hi = runs[0].Wall, runs[0].Wall
	for _, m := range runs[1:] {
		lo, hi = min(lo, m.Wall), max(hi, m.Wall)
	}
	return lo, hi
}

// peakRSS returns the largest peak resident memory of runs.
func peakRSS(runs []measured) int64 {
	var peak int64
	for _, m := range runs {
		peak = max(peak, m.MaxRSS)
	}
	return peak
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// countFiles counts the files under dir.
func countFiles(dir string) int {
	outs, _ := floor.Outputs(dir)
	return len(outs)
}
