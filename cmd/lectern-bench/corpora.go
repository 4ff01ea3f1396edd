package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"lectern/internal/build"
	"lectern/internal/content"
	"lectern/internal/site"
)

// siteReport is what corpora measures of one site. Its JSON form is the
// -json output, one object per site.
type siteReport struct {
	Site string `json:"site"`
	// Layout is the first line a build prints ("Reading a Jekyll site in
	// place (_config.yml)"); "" for lectern's own layout.
	Layout string `json:"layout"`
	// Files counts the documents read; Assets the files copied as they are.
	Files  int `json:"files"`
	Assets int `json:"assets"`
	// Pages counts the built pages by kind.
	Pages map[content.Kind]int `json:"pages"`
	// Talks counts the talks but breaks; the next three those with a
	// date, with a room (or every room) and with at least one speaker.
	// Breaks counts the programme's pauses (site.IsBreak).
	Talks        int `json:"talks"`
	TalksDated   int `json:"talks_with_date"`
	TalksRoomed  int `json:"talks_with_room"`
	TalksSpeaker int `json:"talks_with_speaker"`
	Breaks       int `json:"breaks"`
	Errors       int `json:"errors"`
	// Warnings counts the build's warnings by category (see warningKinds).
	Warnings map[string]int `json:"warnings"`
	// Exit is the exit code lectern build gives: 0, or 1 on an error.
	Exit int `json:"exit"`
	// ErrorText holds the first errors, so a failing site says why.
	ErrorText []string `json:"error_text,omitempty"`
}

// runCorpora builds each site in place into a temporary folder and
// prints what lectern made of it.
func runCorpora(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("corpora", stderr)
	asJSON := fs.Bool("json", false, "print a JSON array with one object per site")
	each := fs.Bool("each", false, "each argument is a folder holding sites, one per subfolder")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "lectern-bench corpora: name at least one site folder (or, with -each, a folder of sites)")
		return exitUsage
	}
	sites, err := siteDirs(fs.Args(), *each)
	if err != nil {
		fmt.Fprintf(stderr, "lectern-bench corpora: %v\n", err)
		return exitUsage
	}
	tmp, err := os.MkdirTemp("", "lectern-corpora-")
	if err != nil {
		fmt.Fprintf(stderr, "lectern-bench corpora: %v\n", err)
		return exitError
	}
	defer os.RemoveAll(tmp)

	reports := make([]siteReport, 0, len(sites))
	for i, dir := range sites {
		r, err := measureSite(context.Background(), dir, filepath.Join(tmp, fmt.Sprint(i)))
		if err != nil {
			fmt.Fprintf(stderr, "lectern-bench corpora: %s: %v\n", dir, err)
			return exitError
		}
		reports = append(reports, r)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(reports); err != nil {
			fmt.Fprintf(stderr, "lectern-bench corpora: %v\n", err)
			return exitError
		}
		return exitOK
	}
	printCorpora(stdout, reports)
	return exitOK
}

// siteDirs lists the sites named by args: each argument, or with each
// every subfolder of each argument, in name order.
func siteDirs(args []string, each bool) ([]string, error) {
	var sites []string
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("%s is not a folder", a)
		}
		if !each {
			sites = append(sites, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				sites = append(sites, filepath.Join(a, e.Name()))
			}
		}
	}
	return sites, nil
}

// measureSite reads dir's model for the counts, then builds it into dest
// (outside dir) for the diagnostics and the exit code, as lectern build
// would.
func measureSite(ctx context.Context, dir, dest string) (siteReport, error) {
	r := siteReport{Site: filepath.Base(filepath.Clean(dir)), Pages: map[content.Kind]int{}, Warnings: map[string]int{}}
	fsys, closeSource, err := build.OpenSource(dir)
	if err != nil {
		return r, err
	}
	m, _ := build.LoadModel(ctx, fsys, build.ModelOptions{})
	closeSource()
	r.Layout = m.Layout.Describe()
	r.Files = len(m.Docs)
	r.Assets = len(m.Site.Assets)
	for _, p := range m.Site.Pages {
		r.Pages[p.Doc.Kind]++
		if p.Doc.Kind != content.KindTalk {
			continue
		}
		if site.IsBreak(p) {
			r.Breaks++
			continue
		}
		r.Talks++
		if !p.Doc.Date.IsZero() {
			r.TalksDated++
		}
		if p.Doc.Room != "" || p.Doc.AllRooms {
			r.TalksRoomed++
		}
		if len(p.Speakers) > 0 {
			r.TalksSpeaker++
		}
	}

	_, diags := build.Build(ctx, build.Options{Source: dir, Dest: dest})
	for _, d := range diags.Warnings() {
		r.Warnings[warningKind(d.Msg)]++
	}
	errs := diags.Errors()
	r.Errors = len(errs)
	if r.Errors > 0 {
		r.Exit = exitError
		for _, d := range errs[:min(len(errs), 5)] {
			r.ErrorText = append(r.ErrorText, d.String())
		}
	}
	return r, nil
}

// printCorpora prints one row per site, then each site's warnings by
// category.
func printCorpora(w io.Writer, reports []siteReport) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "site\tfiles\tpages\ttalks\tdated\troom\tspeaker\tbreaks\terrors\twarnings\texit\t")
	for _, r := range reports {
		pages, warns := 0, 0
		for _, n := range r.Pages {
			pages += n
		}
		for _, n := range r.Warnings {
			warns += n
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n",
			r.Site, r.Files, pages, r.Talks, r.TalksDated, r.TalksRoomed, r.TalksSpeaker, r.Breaks, r.Errors, warns, r.Exit)
	}
	tw.Flush()
	for _, r := range reports {
		fmt.Fprintf(w, "\n%s", r.Site)
		if r.Layout != "" {
			fmt.Fprintf(w, " (%s)", r.Layout)
		}
		fmt.Fprintf(w, "\n  pages: %s\n", counts(r.Pages))
		if len(r.Warnings) > 0 {
			fmt.Fprintf(w, "  warnings: %s\n", counts(r.Warnings))
		}
		for _, e := range r.ErrorText {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
}

// counts formats a map of counts as "a 3, b 1", largest first, then by
// name, so the output is stable.
func counts[K ~string](m map[K]int) string {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(string(a), string(b))
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
