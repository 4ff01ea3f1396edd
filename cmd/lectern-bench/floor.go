package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"lectern/internal/floor"
)

func runFloor(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("floor", stderr)
	dest := fs.String("dest", "", "the output folder (default: a new temporary folder, removed after)")
	like := fs.String("like", "", "write exactly the files of this output folder (same paths, same sizes) instead of one per page: the same-output floor")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "lectern-bench floor: give the site's folder, holding content/")
		return exitUsage
	}
	out := *dest
	if out == "" {
		tmp, err := os.MkdirTemp("", "lectern-floor-")
		if err != nil {
			fmt.Fprintf(stderr, "lectern-bench floor: %v\n", err)
			return exitError
		}
		defer os.RemoveAll(tmp)
		out = filepath.Join(tmp, "public")
	}
	var outputs []floor.Output
	if *like != "" {
		var err error
		if outputs, err = floor.Outputs(*like); err != nil {
			fmt.Fprintf(stderr, "lectern-bench floor: reading -like: %v\n", err)
			return exitError
		}
	}
	start := time.Now()
	var st floor.Stats
	var err error
	if *like != "" {
		st, err = floor.RunSame(fs.Arg(0), out, outputs)
	} else {
		st, err = floor.Run(fs.Arg(0), out)
	}
	d := time.Since(start)
	if err != nil {
		fmt.Fprintf(stderr, "lectern-bench floor: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "Floor: %d pages, %d bytes in %d ms\n", st.Pages, st.Bytes, d.Milliseconds())
	return exitOK
}
