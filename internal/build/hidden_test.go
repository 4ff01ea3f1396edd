package build

import (
	"context"
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
