package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"lectern/internal/sitegen"
)

func runCompare(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("compare", stderr)
	talks := fs.Int("talks", 10000, "number of talks")
	seed := fs.Uint64("seed", 0, "the seed of the generated site")
	dir := fs.String("dir", "", "work folder (default: a new temporary folder)")
	keep := fs.Bool("keep", false, "keep the work folder")
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

	fl, err := measure(stderr, exe, "floor", "-dest", filepath.Join(work, "out-floor"), site)
	if err != nil {
		return fail(err)
	}
	lb, err := measure(stderr, exe, childBuild, site, filepath.Join(work, "out-lectern"))
	if err != nil {
		return fail(err)
	}
	var lr childResult
	if err := json.Unmarshal(lb.Stdout, &lr); err != nil {
		return fail(fmt.Errorf("reading the lectern build's result: %v", err))
	}
	fmt.Fprintf(stdout, "%-8s %9s %9s %8s\n", "", "time", "peak RSS", "files")
	row := func(name string, m measured, out string) {
		fmt.Fprintf(stdout, "%-8s %7d ms %6d MB %8d\n", name, m.Wall.Milliseconds(), m.MaxRSS>>20, countFiles(filepath.Join(work, out)))
	}
	row("floor", fl, "out-floor")
	row("lectern", lb, "out-lectern")
	var stages []string
	for _, s := range lr.Stages {
		stages = append(stages, fmt.Sprintf("%s %.0f", s.Name, s.MS))
	}
	fmt.Fprintf(stdout, "         lectern stages (ms): %s\n", strings.Join(stages, ", "))

	hugo, err := exec.LookPath("hugo")
	if err != nil {
		fmt.Fprintf(stdout, "lectern/floor %.2f\n", ratio(lb.Wall, fl.Wall))
		fmt.Fprintln(stdout, "hugo is not on the PATH, so there is no Hugo time to compare with; install it (apt-get install hugo) and run again.")
		return exitOK
	}
	version, _ := exec.Command(hugo, "version").Output()
	hb, err := measure(stderr, hugo, "--quiet", "--minify", "--source", hsite, "--destination", filepath.Join(work, "out-hugo"))
	if err != nil {
		return fail(err)
	}
	row("hugo", hb, "out-hugo")
	fmt.Fprintf(stdout, "         %s\n", strings.TrimSpace(string(version)))
	fmt.Fprintf(stdout, "lectern/floor %.2f   hugo/lectern %.2f\n", ratio(lb.Wall, fl.Wall), ratio(hb.Wall, lb.Wall))
	return exitOK
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// countFiles counts the files under dir.
func countFiles(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}
