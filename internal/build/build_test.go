package build

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"lectern/internal/sitegen"
)

// write writes text to the file name (slash-separated) under dir,
// making the folders above it.
func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeSite writes the files of a txtar archive into a new folder.
func writeSite(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		write(t, dir, f.Name, string(f.Data))
	}
	return dir
}

// buildSite builds the site of a txtar archive into a new folder, failing
// the test on an error, and returns a reader of its outputs by slash
// path ("" for an output not written) and the build's diagnostics.
func buildSite(t *testing.T, archive string) (func(p string) string, []string) {
	t.Helper()
	return buildSiteWith(t, archive, Options{})
}

// buildSiteWith is buildSite with options o, whose Source and Dest it sets.
func buildSiteWith(t *testing.T, archive string, o Options) (func(p string) string, []string) {
	t.Helper()
	o.Source, o.Dest = writeSite(t, archive), filepath.Join(t.TempDir(), "out")
	res, diags := Build(context.Background(), o)
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	return func(p string) string {
		b, err := os.ReadFile(filepath.Join(res.Dest, filepath.FromSlash(p)))
		if err != nil {
			return ""
		}
		return string(b)
	}, diags.Strings()
}

// buildWrites builds the site of archive and checks that it writes each
// file of want and none of absent.
func buildWrites(t *testing.T, archive string, want, absent []string) {
	t.Helper()
	res, diags := Build(context.Background(), Options{Source: writeSite(t, archive), Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	for _, p := range want {
		if _, err := os.Stat(filepath.Join(res.Dest, filepath.FromSlash(p))); err != nil {
			t.Errorf("missing %s", p)
		}
	}
	for _, p := range absent {
		if _, err := os.Stat(filepath.Join(res.Dest, filepath.FromSlash(p))); err == nil {
			t.Errorf("%s was written", p)
		}
	}
}

// readTree returns every file under dir by slash path, with its bytes and
// modification time.
type file struct {
	body    string
	modTime time.Time
}

func readTree(t *testing.T, dir string) map[string]file {
	t.Helper()
	out := map[string]file{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && path == filepath.Join(dir, ".lectern") {
			return fs.SkipDir // the build's manifest, not part of the site
		}
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		out[filepath.ToSlash(rel)] = file{string(b), info.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestExampleSiteBuildsWithoutWarnings(t *testing.T) {
	dest := t.TempDir()
	res, diags := Build(context.Background(), Options{Source: "../..", Dest: dest})
	if len(diags) != 0 {
		t.Fatalf("the example site must build without a diagnostic:\n%s", strings.Join(diags.Strings(), "\n"))
	}
	if res.Pages < 20 || res.Indexes < 10 {
		t.Errorf("suspiciously small build: %+v", res)
	}
	tree := readTree(t, dest)
	for _, want := range []string{"index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "tags/index.html", "speakers/index.html", "reading/index.html", "talks/incident-reviews-without-blame/index.html", "images/speakers/amara-okafor.svg"} {
		if _, ok := tree[want]; !ok {
			t.Errorf("missing output %s", want)
		}
	}
	if _, ok := tree["talks/draft-unconference/index.html"]; ok {
		t.Errorf("a draft was built without --drafts")
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dest := range []string{a, b} {
		if _, diags := Build(context.Background(), Options{Source: "../..", Dest: dest}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
	}
	ta, tb := readTree(t, a), readTree(t, b)
	if len(ta) != len(tb) {
		t.Fatalf("%d files vs %d", len(ta), len(tb))
	}
	for path, f := range ta {
		if tb[path].body != f.body {
			t.Errorf("%s differs between two builds of the same input", path)
		}
	}
}

const smallSite = `
-- config.toml --
title = "Small"
-- content/talks/a.md --
---
title: A talk
speakers: [Ada Lovelace]
---
Hello.
-- content/notes/n.md --
---
title: A note
tags: [x]
---
Note.
`

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	src := writeSite(t, smallSite)
	dest := filepath.Join(src, "public")
	if _, diags := Build(context.Background(), Options{Source: src}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	before := readTree(t, dest)
	if len(before) == 0 {
		t.Fatal("first build wrote nothing")
	}
	// Let a rewrite show up in the modification time.
	time.Sleep(20 * time.Millisecond)
	if err := os.WriteFile(filepath.Join(src, "content/talks/a.md"), []byte("---\ntitle: A talk, edited\n---\nChanged.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "content/talks/broken.md"), []byte("---\ntitle: [unclosed\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, diags := Build(context.Background(), Options{Source: src})
	if !diags.HasErrors() {
		t.Fatal("a broken front matter must fail the build")
	}
	if got := diags.Errors()[0].Pos.File; got != "content/talks/broken.md" {
		t.Errorf("the error names %q", got)
	}
	after := readTree(t, dest)
	if len(after) != len(before) {
		t.Fatalf("output changed: %d files before, %d after", len(before), len(after))
	}
	for path, f := range before {
		if g := after[path]; g.body != f.body || !g.modTime.Equal(f.modTime) {
			t.Errorf("%s was touched by a failed build", path)
		}
	}
}

func TestRebuildWithoutChangeWritesNothing(t *testing.T) {
	src := writeSite(t, smallSite)
	if _, diags := Build(context.Background(), Options{Source: src}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	res, diags := Build(context.Background(), Options{Source: src})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if res.Written.Written != 0 || res.Written.Removed != 0 || res.Written.Unchanged == 0 {
		t.Errorf("a rebuild without change wrote %d and removed %d files (%d unchanged)", res.Written.Written, res.Written.Removed, res.Written.Unchanged)
	}
}

func TestRefusesDangerousDest(t *testing.T) {
	src := writeSite(t, smallSite)
	for _, dest := range []string{src, filepath.Dir(src), "/"} {
		_, diags := Build(context.Background(), Options{Source: src, Dest: dest})
		if !diags.HasErrors() {
			t.Errorf("dest %s was accepted", dest)
		}
	}
	if _, err := os.Stat(filepath.Join(src, "content/talks/a.md")); err != nil {
		t.Fatalf("the source was damaged: %v", err)
	}
}

const hostile = `<script>alert(1)</script>`

func TestHostileFrontMatterIsEscapedEverywhere(t *testing.T) {
	site := strings.ReplaceAll(`
-- config.toml --
base_url = "https://example.org/"
[markup]
# Text fields are escaped under every policy; the summary is markdown and
# follows the raw HTML policy, so it is sanitized here.
raw_html = "sanitize"
-- content/talks/evil.md --
---
title: "HOSTILE title"
room: "HOSTILE room"
track: "HOSTILE track"
level: "HOSTILE"
format: "HOSTILE"
tags: ["HOSTILE tag"]
date: 2024-01-01 10:00
speakers:
  - name: "HOSTILE speaker"
    company: "HOSTILE co"
summary: "HOSTILE summary"
---
Body.
`, "HOSTILE", hostile)
	src := writeSite(t, site)
	if _, diags := Build(context.Background(), Options{Source: src, NoMinify: true}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for path, f := range readTree(t, filepath.Join(src, "public")) {
		// iCalendar is plain text, where markup is only text; its own
		// escaping is tested in internal/render/ical_test.go.
		if strings.HasSuffix(path, ".ics") {
			continue
		}
		if strings.Contains(f.body, hostile) {
			i := strings.Index(f.body, hostile)
			t.Errorf("%s holds unescaped front matter text: …%s…", path, f.body[max(0, i-80):i+len(hostile)])
		}
	}
}

// TestSeeds builds the five real documents in ../shared/seeds as a site of
// their own, with no config.toml, and checks that each is read as its
// author meant.
func TestSeeds(t *testing.T) {
	seeds, err := filepath.Glob("../../../shared/seeds/*")
	if err != nil || len(seeds) == 0 {
		t.Skip("no ../shared/seeds beside the repository: the seed documents are not part of it")
	}
	src := t.TempDir()
	if err := os.MkdirAll(filepath.Join(src, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, "content", filepath.Base(s)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m, diags := LoadModel(context.Background(), os.DirFS(src), ModelOptions{})
	if diags.HasErrors() {
		t.Fatalf("seeds must build:\n%s", diags.Err())
	}
	titles := map[string]bool{}
	for _, p := range m.Site.Pages {
		titles[p.Doc.Title] = true
	}
	for _, want := range []string{
		"You Have Control: Learning lessons from aviation",
		"Taking Django Distributed",
		"DOP342-R - [REPEAT] Amazon's approach to building resilient services",
		"Failover Conf",
	} {
		if !titles[want] {
			t.Errorf("no page titled %q; titles: %v", want, titles)
		}
	}
	if len(m.Site.Speakers) != 1 || len(m.Site.Speakers[0].Talks) != 2 {
		t.Fatalf("Andrew Godwin must be one speaker with two talks: %+v", m.Site.Speakers)
	}

	res, diags := Build(context.Background(), Options{Source: src})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	tree := readTree(t, res.Dest)
	for _, want := range []string{"speakers/andrew-godwin/index.html", "tags/sre/index.html", "tags/chaos-engineering/index.html", "tracks/general/index.html", "talks/taking-django-distributed/index.html"} {
		if _, ok := tree[want]; !ok {
			t.Errorf("missing %s", want)
		}
	}
	speaker := tree["speakers/andrew-godwin/index.html"].body
	for _, talk := range []string{"Taking Django Distributed", "You Have Control"} {
		if !strings.Contains(speaker, talk) {
			t.Errorf("Andrew Godwin's page does not list %q", talk)
		}
	}
	for path, f := range tree {
		for _, bad := range []string{"â€", "Ã©", "Ã¢"} {
			if strings.Contains(f.body, bad) {
				t.Errorf("%s still holds mojibake %q", path, bad)
			}
		}
		if strings.HasSuffix(path, ".xml") {
			if err := wellFormed(f.body); err != nil {
				t.Errorf("%s is not well-formed XML: %v", path, err)
			}
		}
	}
	var bullets string
	for path, f := range tree {
		if strings.Contains(f.body, "Try simpler constructs first") && strings.HasSuffix(path, "index.html") && !strings.Contains(path, "tags") && path != "index.html" {
			bullets = f.body
		}
	}
	if !strings.Contains(bullets, "<li>") || strings.Count(bullets, "<ul>") < 2 || strings.Contains(bullets, "•") {
		t.Errorf("seed 002's bullets must be nested lists")
	}
}

func wellFormed(s string) error {
	d := xml.NewDecoder(bytes.NewReader([]byte(s)))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// TestGeneratedSiteBuildsWithoutWarnings keeps the benchmarks' site
// honest: a programme that double-booked rooms or speakers would have
// lectern spend its time on warnings no real site has.
func TestGeneratedSiteBuildsWithoutWarnings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated site of 600 talks")
	}
	src := t.TempDir()
	// Three events: one across a change of daylight saving time is what
	// caught the generator writing fixed offsets.
	if err := sitegen.New(sitegen.Options{Talks: 600}).Write(src); err != nil {
		t.Fatal(err)
	}
	res, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "public")})
	if len(diags) > 0 {
		t.Fatalf("the generated site built with %d diagnostics, first %s", len(diags), diags[0])
	}
	if res.Pages < 600 {
		t.Errorf("built %d pages from 600 talks", res.Pages)
	}
}
