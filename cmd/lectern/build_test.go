package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lectern/internal/build"
)

// TestSummaryCountsWarnings checks the last line of a build in English:
// no count for none, "1 warning", "2 warnings", fresh or up to date.
func TestSummaryCountsWarnings(t *testing.T) {
	for _, tc := range []struct {
		warnings int
		upToDate bool
		want     string // the line's end; "" means no warning part
	}{
		{0, false, ""},
		{1, false, "; 1 warning"},
		{2, false, "; 2 warnings"},
		{1, true, "; 1 warning"},
		{12, true, "; 12 warnings"},
	} {
		line := summary(build.Result{Dest: "public", Duration: time.Second, UpToDate: tc.upToDate}, tc.warnings)
		switch {
		case tc.want == "" && strings.Contains(line, "warning"):
			t.Errorf("%d warnings: %q names warnings", tc.warnings, line)
		case tc.want != "" && !strings.HasSuffix(line, tc.want):
			t.Errorf("%d warnings (up to date %v): %q, want it to end in %q", tc.warnings, tc.upToDate, line, tc.want)
		}
	}
}

// TestSummaryCounts checks that the summary's counts agree with their
// numbers: "1 page", not "1 pages".
func TestSummaryCounts(t *testing.T) {
	for _, tc := range []struct {
		r    build.Result
		want string
	}{
		{build.Result{Pages: 1, Indexes: 1, Assets: 1}, "Built 1 page, 1 index, 1 asset in "},
		{build.Result{Pages: 2, Indexes: 0, Assets: 3}, "Built 2 pages, 0 indexes, 3 assets in "},
		{build.Result{Pages: 1, Indexes: 2, Assets: 0, UpToDate: true}, "Nothing changed since the last build: 1 page, 2 indexes, 0 assets in "},
	} {
		if got := summary(tc.r, 0); !strings.HasPrefix(got, tc.want) {
			t.Errorf("summary %q, want it to start %q", got, tc.want)
		}
	}
}

// TestBuildRefusesFolders checks that build refuses an output folder that
// holds the site's sources or someone else's files, exits 1, deletes
// nothing and says how to proceed; --force takes over only the last.
func TestBuildRefusesFolders(t *testing.T) {
	const why = `; lectern deletes from its output folder every file the build did not produce, so choose a folder of its own, such as "public" inside the site`
	const takeOver = "; lectern deletes from its output folder every file a build does not produce, so give --dest an empty or new folder, empty this one, or pass --force to let lectern take it over"
	files := map[string]string{
		"content/talks/a.md": "---\ntitle: A\ndate: 2026-06-11 10:15\n---\nBody.\n",
		"content/about.md":   "---\ntitle: About\n---\n",
		"layouts/note.html":  "{{define \"main\"}}note{{end}}",
		"old/index.xml":      "<rss/>",
		"old/posts/a.html":   "<p>a</p>",
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // with SITE for the site's folder
	}{
		{"content", []string{"--dest", "SITE/content"}, exitError,
			`output folder "SITE/content" is the site's source folder "content"` + why + "\n" +
				`lectern build: 1 error; SITE/content was left as it was` + "\n"},
		{"layouts", []string{"--dest", "SITE/layouts"}, exitError,
			`output folder "SITE/layouts" is the site's source folder "layouts"` + why + "\n" +
				`lectern build: 1 error; SITE/layouts was left as it was` + "\n"},
		{"content, forced", []string{"--dest", "SITE/content", "--force"}, exitError,
			`output folder "SITE/content" is the site's source folder "content"` + why + "\n" +
				`lectern build: 1 error; SITE/content was left as it was` + "\n"},
		{"someone else's", []string{"--dest", "SITE/old"}, exitError,
			`output folder "SITE/old" holds 2 files that lectern did not write (for example "index.xml")` + takeOver + "\n" +
				`lectern build: 1 error; SITE/old was left as it was` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := checkSite(t, files)
			args := []string{"build", "--source", dir}
			for _, a := range tt.args {
				args = append(args, strings.ReplaceAll(a, "SITE", dir))
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), args, &stdout, &stderr)
			want := strings.ReplaceAll(tt.stderr, "SITE", dir)
			if code != tt.code || stdout.String() != "" || stderr.String() != want {
				t.Errorf("exit %d\nstdout: %s\nstderr: %s\nwant exit %d\nstderr: %s", code, stdout.String(), stderr.String(), tt.code, want)
			}
			for name, text := range files {
				if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != text {
					t.Errorf("%s: %q, %v after the refused build; want it untouched", name, b, err)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "content", ".lectern")); err == nil {
				t.Error("the refused build marked content/ as its output folder")
			}
		})
	}

	t.Run("someone else's, forced", func(t *testing.T) {
		dir := checkSite(t, files)
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"build", "--source", dir, "--dest", filepath.Join(dir, "old"), "--force"}, &stdout, &stderr)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if _, err := os.Stat(filepath.Join(dir, "old", "index.xml")); err == nil {
			t.Error("--force kept a file the build did not produce")
		}
		if _, err := os.Stat(filepath.Join(dir, "old", ".lectern")); err != nil {
			t.Errorf("the forced build did not mark its folder: %v", err)
		}
		// The folder is lectern's now: the next build needs no --force.
		stderr.Reset()
		if code := run(context.Background(), []string{"build", "--source", dir, "--dest", filepath.Join(dir, "old")}, &stdout, &stderr); code != exitOK {
			t.Errorf("second build: exit %d: %s", code, stderr.String())
		}
	})
}

// TestBuildStrict checks that a URL clash lectern resolves is a warning
// that still publishes both pages, and that --strict makes it a failing
// build that writes nothing.
func TestBuildStrict(t *testing.T) {
	files := map[string]string{
		"config.toml": "base_url = \"https://example.org/\"\n",
		"content/talks/2019-09-23-11-00-break.md": "---\ntitle: Morning talk\n---\nMorning.\n",
		"content/talks/2019-09-23-15-40-break.md": "---\ntitle: Afternoon talk\n---\nAfternoon.\n",
	}
	const warning = `content/talks/2019-09-23-15-40-break.md:1:1: warning: content/talks/2019-09-23-11-00-break.md and this page both make the URL /talks/break/; the first in path order keeps it, so this page is published at /talks/2019-09-23-15-40-break/; set "slug:" or "url:" to choose another` + "\n"

	t.Run("strict", func(t *testing.T) {
		dir := checkSite(t, files)
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"build", "--strict", "--source", dir}, &stdout, &stderr)
		want := warning + "lectern build: 1 warning, which --strict makes a failure; " + filepath.Join(dir, "public") + " was left as it was\n"
		if code != exitError || stdout.String() != "" || stderr.String() != want {
			t.Errorf("exit %d\nstdout: %s\nstderr: %s\nwant exit 1\nstderr: %s", code, &stdout, &stderr, want)
		}
		if _, err := os.Stat(filepath.Join(dir, "public", "talks")); err == nil {
			t.Error("a strict build with a warning wrote pages")
		}
	})
	t.Run("not strict", func(t *testing.T) {
		dir := checkSite(t, files)
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{"build", "--source", dir}, &stdout, &stderr); code != exitOK || stderr.String() != warning {
			t.Fatalf("exit %d\nstderr: %s\nwant exit 0\nstderr: %s", code, &stderr, warning)
		}
		for _, page := range []string{"talks/break/index.html", "talks/2019-09-23-15-40-break/index.html"} {
			if _, err := os.Stat(filepath.Join(dir, "public", filepath.FromSlash(page))); err != nil {
				t.Errorf("no page lost: %v", err)
			}
		}
	})
}
