package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
)

// TestInspectNamedFiles checks that a file named by its whole path is
// shown alone and under its own name, though other files' paths hold it,
// and that each diagnostic is printed once: in the entry of the file it
// is about, or after the entries when it is about none of them, each on
// a line of its own.
func TestInspectNamedFiles(t *testing.T) {
	folder := checkSite(t, map[string]string{
		"README.md":        "# Notes\n\nTop.\n",
		"craft/README.md":  "# Craft\n\nTalks.\n",
		"pycon/README.md":  "Untitled.\n",
		"talks/keynote.md": "---\ntitle: Keynote\ntitle: Opening keynote\n---\nHello.\n",
	})
	records := checkSite(t, map[string]string{
		"config.toml":      "base_url = \"https://example.org/\"\n",
		"content/index.md": "# Home\n",
		"data/talks/one.yml": "- title: One\n  date: 2024-01-01 10:00\n" +
			"- title: Two\n  date: 2024-13-45 10:00\n",
		"data/talks/other.yml": "title: Other\ndate: 2024-13-45 10:00\n",
	})
	noTitle := `pycon/README.md:1:1: warning: no title`
	twice := `talks/keynote.md:3:1: warning: "title" is set twice`
	badDate := `data/talks/one.yml:4:9: warning: cannot read "date"`
	tests := []struct {
		name    string
		dir     string
		args    []string
		entries []string // the names the entries are shown under, in order
		once    []string // diagnostics printed exactly once
		never   []string // diagnostics not printed
	}{
		{"a file at the top", folder, []string{"README.md"}, []string{"README.md"}, nil, []string{noTitle}},
		{"a README in a folder", folder, []string{"pycon/README.md"}, []string{"pycon/README.md"}, []string{noTitle}, nil},
		{"part of a path", folder, []string{"README"}, []string{"README.md", "craft/README.md", "pycon/README.md"}, []string{noTitle}, []string{twice}},
		{"./ before a path", folder, []string{"./talks/keynote.md"}, []string{"talks/keynote.md"}, []string{twice}, []string{noTitle}},
		{"a data file's records", records, []string{"data/talks/one.yml"}, []string{"data/talks/one.yml:1", "data/talks/one.yml:3"}, []string{badDate}, []string{"other.yml"}},
	}
	entry := regexp.MustCompile(`(?m)^\S+$`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			runInspect(context.Background(), append([]string{"--source", tt.dir}, tt.args...), &stdout, &stderr)
			out := stdout.String() + stderr.String()
			got := entry.FindAllString(stdout.String(), -1)
			if strings.Join(got, " ") != strings.Join(tt.entries, " ") {
				t.Errorf("entries %q, want %q\n%s", got, tt.entries, out)
			}
			for _, d := range tt.never {
				if strings.Contains(out, d) {
					t.Errorf("%q printed:\n%s", d, out)
				}
			}
			for _, d := range tt.once {
				if n := strings.Count(out, d); n != 1 {
					t.Errorf("%q printed %d times, want once:\n%s", d, n, out)
				}
				if !regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(d)).MatchString(out) {
					t.Errorf("%q does not start a line:\n%s", d, out)
				}
			}
		})
	}
}
