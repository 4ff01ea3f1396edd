package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"lectern/internal/sitegen"
)

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("lectern-bench "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func runGen(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("gen", stderr)
	talks := fs.Int("talks", 1000, "number of talks")
	out := fs.String("out", "", "the folder to write the site into (must not exist or be empty)")
	seed := fs.Uint64("seed", 0, "the seed; the same seed gives the same site")
	hugo := fs.Bool("hugo", false, "write the site in Hugo's form, with a minimal theme")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "lectern-bench gen: give the output folder with -out DIR, and no other arguments")
		return exitUsage
	}
	if err := emptyDir(*out); err != nil {
		fmt.Fprintf(stderr, "lectern-bench gen: %v\n", err)
		return exitUsage
	}
	opts := sitegen.Options{Talks: *talks, Seed: *seed}
	if *hugo {
		opts.Dialect = sitegen.Hugo
	}
	start := time.Now()
	s := sitegen.New(opts)
	if err := s.Write(*out); err != nil {
		fmt.Fprintf(stderr, "lectern-bench gen: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "Wrote %d files to %s in %s: %d talks, %d speakers, %d notes, %d events, %d tags\n",
		s.Len(), *out, time.Since(start).Round(time.Millisecond), s.Talks(), s.Speakers(), s.Notes(), s.Events(), sitegen.TagCount)
	return exitOK
}

// emptyDir fails unless dir is missing or an empty folder, so that a
// generated site never mixes with other files.
func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s is not empty; give a new folder", dir)
	}
	return nil
}
