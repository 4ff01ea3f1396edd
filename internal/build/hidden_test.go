package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// hiddenSite has hidden files in static/ and beside a page: a secret, tool
// litter, and the .well-known folder published by default.
const hiddenSite = `
-- config.toml --
title = "Hidden"
base_url = "https://x.example/"
-- content/talks/a.md --
---
title: A talk
---
Hello.
-- content/talks/.notes.txt --
private notes
-- static/.env --
SECRET=hunter2
-- static/.DS_Store --
x
-- static/.gitignore --
*.tmp
-- static/.git/config --
[core]
-- static/.well-known/security.txt --
Contact: mailto:security@example.org
-- static/.well-known/.env --
SECRET=2
-- static/css/.htaccess --
Deny from all
-- static/css/site.css --
body{}
`

// TestBuildLeavesHiddenFilesOut checks that no hidden file of static/ or
// content/ reaches the output except .well-known/, and that each one left
// out that is not tool litter is named in a warning.
func TestBuildLeavesHiddenFilesOut(t *testing.T) {
	src := writeSite(t, hiddenSite)
	dest := filepath.Join(src, "public")
	_, diags := Build(context.Background(), Options{Source: src})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	var hidden []string
	for p := range readTree(t, dest) {
		if strings.HasPrefix(p, ".") || strings.Contains(p, "/.") {
			hidden = append(hidden, p)
		}
	}
	slices.Sort(hidden)
	if want := []string{".well-known/security.txt"}; !slices.Equal(hidden, want) {
		t.Errorf("hidden files published: %q, want %q", hidden, want)
	}
	want := []string{
		`content/talks/.notes.txt: warning: not published: hidden files are kept private; list ".notes.txt" in publish_hidden in config.toml to publish it`,
		`static/.env: warning: not published: hidden files are kept private; list ".env" in publish_hidden in config.toml to publish it`,
		`static/.well-known/.env: warning: not published: hidden files are kept private; list ".env" in publish_hidden in config.toml to publish it`,
		`static/css/.htaccess: warning: not published: hidden files are kept private; list ".htaccess" in publish_hidden in config.toml to publish it`,
	}
	if got := diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics\n got %q\nwant %q", got, want)
	}

	// Listed, .htaccess is published; .well-known is not, once the list
	// leaves it out.
	write(t, src, "config.toml", "title = \"Hidden\"\npublish_hidden = [\".htaccess\"]\n")
	if _, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(src, "out")}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	tree := readTree(t, filepath.Join(src, "out"))
	if _, ok := tree["css/.htaccess"]; !ok {
		t.Errorf("css/.htaccess listed in publish_hidden was not published")
	}
	if _, ok := tree[".well-known/security.txt"]; ok {
		t.Errorf(".well-known published though publish_hidden no longer lists it")
	}
}

// secretSite has a draft with a warning, a hidden file in static/ and one
// beside a page: names that must not appear in the published manifest.
const secretSite = smallSite + `
-- content/talks/secret-launch.md --
---
title: Secret launch
draft: true
date: someday
---
Not yet.
-- content/talks/.speaker-notes.txt --
private
-- static/.env --
SECRET=hunter2
-- static/site.css --
body{}
`

// TestManifestNamesNoUnpublishedFile checks that the manifest, which is
// deployed with the site, names no draft and no hidden file, while a
// build with nothing changed still stops early with the same warnings and
// any change to those files still makes a full build.
func TestManifestNamesNoUnpublishedFile(t *testing.T) {
	secrets := []string{"secret-launch", "Secret launch", ".env", "hunter2", ".speaker-notes", "someday"}
	tests := []struct {
		name   string
		drafts bool
		change func(t *testing.T, src string)
	}{
		{"draft edited", false, func(t *testing.T, src string) {
			write(t, src, "content/talks/secret-launch.md", "---\ntitle: Secret launch, renamed\ndraft: true\n---\n")
		}},
		{"draft edited, built with drafts", true, func(t *testing.T, src string) {
			write(t, src, "content/talks/secret-launch.md", "---\ntitle: Secret launch, renamed\ndraft: true\n---\n")
		}},
		{"hidden file edited", false, func(t *testing.T, src string) {
			write(t, src, "static/.env", "SECRET=other")
		}},
		{"hidden file removed", false, func(t *testing.T, src string) {
			if err := os.Remove(filepath.Join(src, "static/.env")); err != nil {
				t.Fatal(err)
			}
		}},
		{"file added", false, func(t *testing.T, src string) {
			write(t, src, "static/new.txt", "new")
		}},
		{"hidden file added", false, func(t *testing.T, src string) {
			write(t, src, "content/talks/.more-notes", "x")
		}},
		{"draft added in a new folder", false, func(t *testing.T, src string) {
			write(t, src, "content/talks/2027/next.md", "---\ntitle: Next\ndraft: true\n---\n")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := writeSite(t, secretSite)
			dest := filepath.Join(src, "public")
			opts := Options{Source: src, Drafts: tt.drafts}
			_, diags := Build(context.Background(), opts)
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			b, err := os.ReadFile(filepath.Join(dest, ManifestPath))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range secrets {
				if tt.drafts && strings.Contains(s, "ecret") {
					continue // built with --drafts, the draft is published
				}
				if bytes.Contains(b, []byte(s)) {
					t.Errorf("the manifest holds %q", s)
				}
			}
			again, diags2 := Build(context.Background(), opts)
			if !again.UpToDate {
				t.Fatalf("a build with nothing changed ran %v", again.Stages)
			}
			if got, want := diags2.Strings(), diags.Strings(); !slices.Equal(got, want) || !slices.ContainsFunc(want, func(s string) bool { return strings.Contains(s, "secret-launch") }) {
				t.Errorf("the early stop reports\n%q\nthe full build\n%q", got, want)
			}
			tt.change(t, src)
			res, diags := Build(context.Background(), opts)
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if res.UpToDate {
				t.Fatal("the build took the change for no change")
			}
		})
	}
}
