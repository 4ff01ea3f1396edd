package build

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestHomeByPermalink: a page whose permalink is / is the home page's
// text, introducing lectern's home as a root index.md does, without a
// warning that the home page is left out; a Jekyll site named by name:
// (jekyll-seo-tag's fallback) is so titled.
func TestHomeByPermalink(t *testing.T) {
	for _, file := range []string{"index.md", "_pages/home.md"} {
		read, diags := buildSite(t, `
-- _config.yml --
name: RubyConf TH 2022
-- _talks/a.md --
---
title: Alpha
date: 2024-05-01 10:00:00
---
A.
-- `+file+` --
---
title: Home
permalink: /
---
Welcome to the **conference**.
`)
		home := read("index.html")
		for _, want := range []string{"<title>RubyConf TH 2022</title>", "<strong>conference</strong>", `href="/talks/a/"`} {
			if !strings.Contains(home, want) {
				t.Errorf("%s: home lacks %q: %s", file, want, home)
			}
		}
		if all := strings.Join(diags, "\n"); strings.Contains(all, "home page is left out") {
			t.Errorf("%s: %q", file, diags)
		}
	}
}

// TestRecordURLOnJekyll: on a Jekyll site a data record's url is the
// author's data, as a page's is: a slug their templates use publishes no
// page at the site's root, and a web address is a speaker's own site.
func TestRecordURLOnJekyll(t *testing.T) {
	read, diags := buildSite(t, `
-- _config.yml --
title: Conf
-- _data/speakers.yml --
- name: Marek Piasecki
  url: marek-piasecki
- name: Ada Lovelace
  url: https://ada.example
`)
	if read("marek-piasecki/index.html") != "" {
		t.Error("a record's url made a page at /marek-piasecki/")
	}
	if page := read("speakers/marek-piasecki/index.html"); !strings.Contains(page, "Marek Piasecki") {
		t.Errorf("no speaker page at /speakers/marek-piasecki/")
	}
	if page := read("speakers/ada-lovelace/index.html"); !strings.Contains(page, `href="https://ada.example"`) {
		t.Errorf("Ada's site is not linked: %s", page)
	}
	if all := strings.Join(diags, "\n"); strings.Contains(all, "should start with") {
		t.Errorf("warnings: %q", diags)
	}
}

// TestYearlyCollections: a Jekyll conference keeps each year's speakers
// in a collection of their own (_speakers_2024); they are speakers, each
// page where its collection's pattern puts it as Jekyll fills it,
// whatever the order the config is read in, and a speaker written as
// front matter alone in an .html file is one too.
func TestYearlyCollections(t *testing.T) {
	for range 4 { // collections are a mapping: its order must not matter
		read, _ := buildSite(t, `
-- _config.yml --
title: Conf
collections:
  speakers_2024:
    output: true
    permalink: /2024/speaker/:name/
  speakers:
    output: true
-- _speakers_2024/ada.md --
---
name: Ada Lovelace
---
Engines.
-- _speakers/allan.html --
---
layout: archive_speaker
name: Allan Ouma
bio: Founder
---
`)
		for _, p := range []string{"2024/speaker/ada/index.html", "speakers/allan.html"} {
			if !strings.Contains(read(p), `class="kind-speaker"`) {
				t.Fatalf("%s is not a speaker page: %s", p, read(p))
			}
		}
		if !strings.Contains(read("speakers/index.html"), "Allan Ouma") {
			t.Fatal("Allan Ouma is not among the speakers")
		}
	}
}

// TestJekyllBrokenFrontMatter: Jekyll logs a page whose front matter is
// not YAML it can read and publishes it with no fields, so a Jekyll
// repository that builds may hold one. lectern reads it so too, with a
// warning, where on its own layout it is an error: the post keeps the
// date and title of its file's name and its text.
func TestJekyllBrokenFrontMatter(t *testing.T) {
	read, diags := buildSite(t, `
-- _config.yml --
title: Conf
-- _posts/2023-01-03-second-look.md --
---
title: "A second look"
tags: [python, django
---
The text after it.
-- _posts/2023-01-04-fine.md --
---
title: Fine
---
Fine.
`)
	page := read("2023/01/03/second-look.html")
	for _, want := range []string{"Second Look", "The text after it."} {
		if !strings.Contains(page, want) {
			t.Errorf("the post lacks %q: %s", want, page)
		}
	}
	want := `_posts/2023-01-03-second-look.md:3:7: warning: cannot parse front matter: did not find expected ',' or ']'; check the brackets opened here; the page is read without its front matter until it is fixed`
	if !slices.Contains(diags, want) {
		t.Errorf("diags %q lack %q", diags, want)
	}
}

// TestFolderBrokenFrontMatter: a folder of markdown no tool builds reads
// a page whose front matter cannot be read without it, as a code host
// shows it below an error box; on lectern's own layout it is an error.
func TestFolderBrokenFrontMatter(t *testing.T) {
	const page = "---\ntitle: Notes\ntags: [a, b\n---\n# Notes on a talk\n\nThe text.\n"
	read, diags := buildSite(t, "-- README.md --\n# Talk notes\n-- talks/notes.md --\n"+page)
	if got := read("talks/notes/index.html"); !strings.Contains(got, "The text.") {
		t.Errorf("talks/notes/index.html lacks the text: %s", got)
	}
	if !strings.Contains(strings.Join(diags, "\n"), "talks/notes.md:3:7: warning: cannot parse front matter") {
		t.Errorf("no warning: %q", diags)
	}
	src := writeSite(t, "-- config.toml --\ntitle = \"x\"\n-- content/notes/notes.md --\n"+page)
	if _, d := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out")}); !d.HasErrors() {
		t.Errorf("lectern's own layout: no error: %q", d.Strings())
	}
}
