package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"time"

	"lectern/internal/build"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "[--source DIR] [--dest DIR] [--drafts] [--base-url URL] [--no-minify] [--force] [--strict] [--timings] [--debug]", stderr)
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's folder, holding config.toml and content/")
	fs.StringVar(&opts.Dest, "dest", "", "the output folder (default: public/ in the source folder)")
	fs.BoolVar(&opts.Drafts, "drafts", false, "build draft pages too")
	fs.StringVar(&opts.BaseURL, "base-url", "", "the URL the site is published at, replacing config.toml's base_url")
	fs.BoolVar(&opts.NoMinify, "no-minify", false, "write HTML, CSS, JS, JSON and XML as rendered")
	fs.BoolVar(&opts.Force, "force", false, "let lectern take over an output folder it did not write, deleting every file the build does not produce")
	fs.BoolVar(&opts.Strict, "strict", false, "fail on warnings too, writing nothing (for CI)")
	timings := fs.Bool("timings", false, "print the time each stage took")
	debug := fs.Bool("debug", false, "print the Go stack of an internal error, for a bug report")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if opts.BaseURL != "" {
		if u, err := url.Parse(opts.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			fmt.Fprintf(stderr, "lectern build: --base-url %q must be an absolute http or https URL such as https://example.org/\n", opts.BaseURL)
			return exitUsage
		}
	}

	opts.BoundMemory = limitMemory()
	res, diags := build.Build(ctx, opts)
	if res.Layout != "" {
		fmt.Fprintln(stdout, res.Layout)
	}
	printDiags(stderr, diags.Strings())
	if *debug {
		for _, d := range diags.Sorted() {
			if d.Detail != "" {
				fmt.Fprintf(stderr, "%s\n%s\n", d, d.Detail)
			}
		}
	}
	if res.Cancelled {
		return exitCancelled
	}
	if *timings {
		for _, s := range res.Stages {
			fmt.Fprintf(stdout, "  %-8s %s\n", s.Name, ms(s.Duration))
		}
	}
	if diags.HasErrors() {
		fmt.Fprintf(stderr, "lectern build: %s; %s %s\n", plural(len(diags.Errors()), "error"), res.Dest, res.FolderState())
		return exitError
	}
	if warns := len(diags.Warnings()); opts.Strict && warns > 0 {
		// An up-to-date build wrote nothing either; a fresh one was
		// stopped before writing.
		fmt.Fprintf(stderr, "lectern build: %s, which --strict makes a failure; %s %s\n", plural(warns, "warning"), res.Dest, res.FolderState())
		return exitError
	}
	fmt.Fprintln(stdout, summary(res, len(diags.Warnings())))
	return exitOK
}

// summary is the line a build ends with: what was built, how fast, and what
// reached the disk.
func summary(r build.Result, warnings int) string {
	if r.UpToDate {
		line := fmt.Sprintf("Nothing changed since the last build: %s in %s, checked in %s",
			counts(r), r.Dest, ms(r.Duration))
		if warnings > 0 {
			line += "; " + plural(warnings, "warning")
		}
		return line
	}
	perSec := 0.0
	if r.Duration > 0 {
		perSec = float64(r.Pages+r.Indexes) / r.Duration.Seconds()
	}
	line := fmt.Sprintf("Built %s in %s (%.0f pages/s) → %s: %d written, %d unchanged, %d removed",
		counts(r), ms(r.Duration), perSec, r.Dest, r.Written.Written, r.Written.Unchanged, r.Written.Removed)
	if warnings > 0 {
		line += "; " + plural(warnings, "warning")
	}
	return line
}

// counts says how many pages, indexes and assets a build made.
func counts(r build.Result) string {
	indexes := fmt.Sprintf("%d indexes", r.Indexes)
	if r.Indexes == 1 {
		indexes = "1 index"
	}
	return plural(r.Pages, "page") + ", " + indexes + ", " + plural(r.Assets, "asset")
}

// plural counts n of noun, whose plural takes an s: "1 warning",
// "2 warnings".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%d ms", d.Milliseconds())
}
