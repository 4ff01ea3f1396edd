package layout

import (
	"testing"
	"testing/fstest"
)

// TestReadmeTitle: the README's opening heading names a site no config
// names, cleaned of badges, emoji and a last word naming the repository;
// a README opening with prose, or with a section heading below level 2,
// names nothing.
func TestReadmeTitle(t *testing.T) {
	for _, tc := range []struct{ name, readme, want string }{
		{"atx", "# PyCon AU 2018 website\n\nThe site.\n", "PyCon AU 2018"},
		{"level two", "## Talk archive\n", "Talk archive"},
		{"setext", "Conference notes\n================\n\ntext\n", "Conference notes"},
		{"badge after the name", "# sorg [![Build Status](https://ci/badge.svg)](https://ci/)\n\nA build script.\n", "sorg"},
		{"a logo only", "\uFEFF## ![Papers We Love](http://example.org/logo.svg)\n\ntext\n", "Papers We Love"},
		{"emoji", "# EuroPython Website 🌍🐍\n", "EuroPython"},
		{"a link", "# [Meetup talks](https://example.org) repository\n", "Meetup talks"},
		{"emphasis and code", "# The *lectern* `notes`\n", "The lectern notes"},
		{"html heading", "<h1 align=\"center\">\n  <img src=\"logo.png\" width=\"80\"><br>Rust Meetup\n</h1>\n", "Rust Meetup"},
		{"html logo only", "<h1><img src=\"logo.png\" alt=\"Go Days\"></h1>\n", "Go Days"},
		{"only the word website", "# Website\n", "Website"},
		{"prose first", "This repo holds the meetups.\n\nHow to add one\n--------------\n", ""},
		{"level three", "### Chapters\n", ""},
		{"a sentence", "# This repository contains every talk given at our meetups since the first one, with slides and videos\n", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ReadmeTitle(fstest.MapFS{"README.md": {Data: []byte(tc.readme)}}); got != tc.want {
				t.Errorf("ReadmeTitle = %q, want %q", got, tc.want)
			}
		})
	}
	if got := ReadmeTitle(fstest.MapFS{"notes.md": {Data: []byte("# Notes\n")}}); got != "" {
		t.Errorf("no README: %q", got)
	}
}

// TestConfigTitleFromReadme: the README names the site only when neither
// the other tool's config nor lectern's does.
func TestConfigTitleFromReadme(t *testing.T) {
	readme := &fstest.MapFile{Data: []byte("# Meetup archive\n")}
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"no config", fstest.MapFS{"README.md": readme, "talks/a.md": {Data: []byte("# A\n")}}, "Meetup archive"},
		{"Jekyll's title", fstest.MapFS{"README.md": readme, "_config.yml": {Data: []byte("title: Meetup\n")}, "_posts/2020-01-01-a.md": {Data: []byte("---\ntitle: A\n---\n")}}, "Meetup"},
		{"lectern's title", fstest.MapFS{"README.md": readme, "config.toml": {Data: []byte("title = \"Talks\"\n")}}, "Talks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := Detect(tc.fsys)
			c, diags := l.Config(tc.fsys)
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if c.Title != tc.want {
				t.Errorf("title %q, want %q", c.Title, tc.want)
			}
		})
	}
}
