package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"lectern/internal/content"
)

// TestCorpora measures the two small sites of testdata/corpora and checks
// every count against what their files say, and that nothing was written
// inside them.
func TestCorpora(t *testing.T) {
	dir := filepath.Join("testdata", "corpora")
	before := tree(t, dir)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"corpora", "-json", "-each", dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("corpora exited %d: %s", code, &stderr)
	}
	var got []siteReport
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, &stdout)
	}
	want := []siteReport{{
		Site: "broken", Files: 2, Pages: map[content.Kind]int{"talk": 1},
		Talks: 1, TalksDated: 1, TalksRoomed: 1, Errors: 1, Warnings: map[string]int{"no-base-url": 1}, Exit: 1,
		ErrorText: []string{"content/talks/bad.md:2:8: cannot parse front matter: did not find expected ',' or ']'; check the brackets opened here"},
	}, {
		Site: "tiny", Files: 6, Pages: map[content.Kind]int{"talk": 4, "note": 1, "page": 1},
		Talks: 3, TalksDated: 2, TalksRoomed: 2, TalksSpeaker: 2, Breaks: 1, Warnings: map[string]int{"no-title": 1},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
	if after := tree(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("the sites' folders changed:\nbefore %v\nafter  %v", before, after)
	}

	stdout.Reset()
	if code := run([]string{"corpora", filepath.Join(dir, "tiny")}, &stdout, &stderr); code != exitOK {
		t.Fatalf("corpora exited %d: %s", code, &stderr)
	}
	for _, line := range []string{
		"  site  files  pages  talks  dated  room  speaker  breaks  errors  warnings  exit",
		"  tiny      6      6      3      2     2        2       1       0         1     0",
		"  pages: talk 4, note 1, page 1",
		"  warnings: no-title 1",
	} {
		if !strings.Contains(stdout.String(), line+"\n") {
			t.Errorf("table lacks %q:\n%s", line, &stdout)
		}
	}
}

func TestCorporaUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"corpora"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("no folder: exit %d, want %d", code, exitUsage)
	}
	if code := run([]string{"corpora", filepath.Join("testdata", "corpora", "tiny", "config.toml")}, &stdout, &stderr); code != exitUsage {
		t.Errorf("a file: exit %d, want %d", code, exitUsage)
	}
}

func TestWarningKind(t *testing.T) {
	tests := []struct{ msg, want string }{
		{`template tag "{{ site.x }}" is shown as written: lectern does not run Liquid`, "template-tag"},
		{`no title, so the file name "README" is used; add "title: …" to the front matter to choose one`, "no-title"},
		{`_schedule/a.md and this page both make the URL /talks/break/; the first in path order keeps it`, "url-clash"},
		{`"url" should be text, not a mapping; the field is ignored`, "field-type"},
		{`room "A" is double-booked on 1 July 2024: "x" (10:00–11:00) overlaps "y" (10:30–11:30)`, "double-booked"},
		{`something "new" happened in 2 places/files here`, "other: something happened in here"},
	}
	for _, tt := range tests {
		if got := warningKind(tt.msg); got != tt.want {
			t.Errorf("warningKind(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// tree lists every file under dir with its size, to tell that a run
// wrote nothing there.
func tree(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	files := map[string]int64{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files[p] = info.Size()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
