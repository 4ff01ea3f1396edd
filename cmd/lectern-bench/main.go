// Command lectern-bench generates synthetic sites and measures lectern on
// them: against the floor (read, parse front matter, render markdown,
// write one file per page, on all cores) and against Hugo.
//
// Usage:
//
//	lectern-bench gen -talks N -out DIR [-seed S] [-hugo]
//	lectern-bench floor [-dest DIR] SITE
//	lectern-bench compare -talks N [-seed S] [-dir DIR] [-keep]
//	lectern-bench serve-load [-talks N] [-clients N] [-live M] [-duration D] [-requests N] [-edit D]
//	lectern-bench corpora [-json] [-each] DIR…
//
// compare generates the site twice, in lectern's form and in Hugo's (the
// same pages and bodies, front matter Hugo reads, and a minimal theme),
// then times, each in its own process and in one run: the floor, a cold
// lectern build and, when hugo is on the PATH, a cold hugo --minify build.
// It prints each time and peak memory (the process's maximum resident set)
// and the ratios lectern/floor and hugo/lectern.
//
// serve-load builds a generated site, then loads two servers of it in
// turn, in this process and on 127.0.0.1 only: net/http's file server
// over the built files, the baseline, and lectern serve, which holds M
// live-reload streams open meanwhile and, with -edit, rebuilds on saves.
// It prints requests per second, latency quantiles and errors of each,
// the live-reload clients held, and the ratios of the two.
//
// corpora builds each real site named, in place, into a temporary folder
// (never inside the site) and prints per site the files read, the pages
// by kind, the talks with a date, a room and a speaker, the errors, the
// warnings by category and the build's exit code; with -each every
// argument is a folder of sites. docs/corpora.md keeps its table.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes: 0 success, 1 a failed run, 2 a wrong command line.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return exitOK
	}
	switch args[0] {
	case "gen":
		return runGen(args[1:], stdout, stderr)
	case "floor":
		return runFloor(args[1:], stdout, stderr)
	case "compare":
		return runCompare(args[1:], stdout, stderr)
	case "serve-load":
		return runServeLoad(args[1:], stdout, stderr)
	case "corpora":
		return runCorpora(args[1:], stdout, stderr)
	case childBuild:
		return runChildBuild(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "lectern-bench: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `lectern-bench generates synthetic sites and measures lectern on them.

Usage:
  lectern-bench gen -talks N -out DIR [-seed S] [-hugo]   write a generated site
  lectern-bench floor [-dest DIR] SITE                    time the floor on a site
  lectern-bench compare -talks N [-seed S] [-dir DIR]     floor, lectern and Hugo in one run
  lectern-bench serve-load [-clients N] [-live M] [-edit D] load lectern serve and a file server in turn
  lectern-bench corpora [-json] [-each] DIR…              build real sites in place and count what was read
`)
}
