package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// programmeSite is an event far in the future, so that a move is shown
// whatever the clock says while the test runs.
const programmeSite = `-- config.toml --
title = "Conf"
base_url = "https://conf.example.org/"
-- content/events/conf.md --
---
name: Conf
start: 2099-06-11
end: 2099-06-11
rooms: [A, B]
---
-- content/talks/go.md --
---
title: Go
date: 2099-06-11 10:00
duration: 45m
room: A
event: conf
speakers: [Ada Lovelace]
---
`

func TestMovedSinceLastBuild(t *testing.T) {
	src := writeSite(t, programmeSite)
	page := filepath.Join(src, "public", "talks", "go", "index.html")
	build := func() string {
		t.Helper()
		if _, diags := Build(context.Background(), Options{Source: src, NoMinify: true}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if first := build(); strings.Contains(first, "change-moved") {
		t.Fatalf("the first build marks the talk moved")
	}
	text, _ := os.ReadFile(filepath.Join(src, "content/talks/go.md"))
	write(t, src, "content/talks/go.md", strings.Replace(strings.Replace(string(text), "10:00", "11:30", 1), "room: A", "room: B", 1))
	want := `<span class="change-from">from <time datetime="2099-06-11T10:00:00">10:00</time>, A</span>`
	if second := build(); !strings.Contains(second, want) {
		t.Errorf("the moved talk's page lacks %s", want)
	}
	// An edit of something else: the move is still news.
	write(t, src, "content/about.md", "---\ntitle: About\n---\nHello.\n")
	if third := build(); !strings.Contains(third, want) {
		t.Errorf("the next build forgot the move")
	}
	// The record is in the output folder's state, not among its pages.
	if _, err := os.Stat(filepath.Join(src, "public", filepath.FromSlash(ProgrammePath))); err != nil {
		t.Errorf("no programme recorded: %v", err)
	}
}

func TestUndatedNoteDatedByGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	src := writeSite(t, "-- config.toml --\ntitle = \"Notes\"\nbase_url = \"https://example.org/\"\n-- content/notes/thoughts.md --\n---\ntitle: Thoughts\n---\nUndated.\n")
	// Not a repository yet: the build says why the note is left out.
	_, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out")})
	if got := strings.Join(diags.Strings(), "\n"); !strings.Contains(got, "content/notes/thoughts.md:1:1: warning: 1 note is left out of the feeds: it has no date, and the site folder is not in a git repository") {
		t.Errorf("diagnostics: %s", got)
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = src
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org",
			"GIT_AUTHOR_DATE=2024-05-06T07:08:09Z", "GIT_COMMITTER_DATE=2024-05-06T07:08:09Z", "GIT_CONFIG_GLOBAL=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "notes")
	dest := filepath.Join(t.TempDir(), "out")
	_, diags = Build(context.Background(), Options{Source: src, Dest: dest, NoMinify: true})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags.Strings())
	}
	feed, err := os.ReadFile(filepath.Join(dest, "feed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(feed), "<title>Thoughts</title>") || !strings.Contains(string(feed), "<updated>2024-05-06T07:08:09Z</updated>") {
		t.Errorf("the note is not in the feed, dated by its commit:\n%s", feed)
	}
}
