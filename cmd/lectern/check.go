package main

import (
	"context"
	"fmt"
	"io"

	"lectern/internal/build"
	"lectern/internal/site"
)

// runCheck reads the site and builds its model without rendering or
// writing anything, and prints every diagnostic: those of the files and
// the programme's (a room double-booked, a speaker in two places at once,
// a talk outside its event's dates, a time zone that is not an IANA name),
// and the advice a build does not give (see site.Advice): keynote
// speakers without a bio, a site without base_url.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[--source DIR] [--drafts] [--strict]", stderr)
	source := fs.String("source", ".", "the site's folder, holding config.toml and content/")
	drafts := fs.Bool("drafts", false, "check draft pages too")
	strict := fs.Bool("strict", false, "exit with status 1 on warnings too")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "lectern check: unexpected argument %q; check reads the whole site (use --source DIR)\n", fs.Arg(0))
		return exitUsage
	}
	// The same view of the folder as build's: a link out of it is not
	// followed, and is reported as build reports it.
	fsys, closeSource, err := build.OpenSource(*source)
	if err != nil {
		fmt.Fprintf(stderr, "lectern check: %v\n", err)
		return exitError
	}
	defer closeSource()
	m, diags := build.LoadModel(ctx, fsys, build.ModelOptions{Drafts: *drafts, History: true, Dir: *source})
	if m.Site != nil {
		file, key := m.Layout.AddressSetting()
		zoneFile, zoneKey := m.Layout.ZoneSetting()
		diags.Append(site.Advice(m.Site, file, key, zoneFile, zoneKey))
	}
	if l := m.Layout.Describe(); l != "" {
		fmt.Fprintln(stdout, l)
	}
	printDiags(stderr, diags.Strings())
	errs, warns := len(diags.Errors().Sorted()), len(diags.Warnings().Sorted())
	talks, events := 0, 0
	if m.Site != nil {
		talks, events = len(m.Site.Talks), len(m.Site.Events)
	}
	fmt.Fprintf(stdout, "Checked %s, %s, %s: %s, %s\n", plural(len(m.Docs), "file"), plural(talks, "talk"), plural(events, "event"), plural(errs, "error"), plural(warns, "warning"))
	if errs > 0 || (*strict && warns > 0) {
		return exitError
	}
	return exitOK
}
