package build

import (
	"strings"
	"testing"
)

// academicSite is a scholar's talk archive as Hugo Academic (Wowchemy)
// writes it: page bundles under content/talk/, a Hugo config, talks
// given at conferences elsewhere with no event pages.
const academicSite = `
-- config.toml --
baseURL = "https://scholar.example.org/"
title = "A scholar"
languageCode = "en-us"
-- content/talk/repro/index.md --
---
title: A reproducible paper
date: "2019-08-29T13:00:00Z"
abstract: How to build your complete scientific manuscript from scratch.
summary: Writing an automatically reproducible manuscript.
authors: [admin]
---
The talk's notes.
-- content/talk/club/index.md --
---
title: An R club talk
date: "2018-05-01T13:00:00Z"
authors: [admin]
links:
- name: Club slides
  url: intro_slides.pdf
- name: Rmd source
  url: https://github.com/example/rmd
---
-- content/talk/club/intro_slides.pdf --
%PDF-1.4
-- content/talk/old/index.md --
+++
title = "An old talk"
date = 2016-04-27T00:00:00
time_start = 2017-03-01T13:00:00
time_end = 2017-03-01T15:00:00
authors = ["admin"]
+++
`

// buildAcademic builds academicSite and returns a reader of its output
// files ("" for a file it did not write) and its diagnostics.
func buildAcademic(t *testing.T) (func(string) string, []string) {
	t.Helper()
	return buildSiteWith(t, academicSite, Options{NoMinify: true})
}

// TestAcademicAbstract: a talk writing both an abstract and a summary
// shows its abstract on its page, before the body, and is described by
// its summary (meta description, lists).
func TestAcademicAbstract(t *testing.T) {
	out, diags := buildAcademic(t)
	for _, d := range diags {
		if strings.Contains(d, "talk/repro/") {
			t.Errorf("unexpected diagnostic: %s", d)
		}
	}
	page := out("talk/repro/index.html")
	abstract := strings.Index(page, `<div class="summary prose"><p>How to build your complete scientific manuscript from scratch.</p>`)
	body := strings.Index(page, "The talk’s notes.")
	if abstract < 0 || body < abstract {
		t.Errorf("the talk page does not show the abstract before the body:\n%s", page)
	}
	if !strings.Contains(page, `<meta name="description" content="Writing an automatically reproducible manuscript.">`) {
		t.Errorf("the talk page is not described by its summary")
	}
	if strings.Contains(page, `<div class="summary prose"><p>Writing`) {
		t.Errorf("the talk page shows its summary as well as its abstract")
	}
}

// TestAcademicLinks: a talk's links without icons are its materials,
// shown as buttons on its page, a relative address resolving against the
// page's URL to the file beside it; they make no reading list.
func TestAcademicLinks(t *testing.T) {
	out, _ := buildAcademic(t)
	page := out("talk/club/index.html")
	for _, want := range []string{
		`<a class="button" href="intro_slides.pdf">Club slides</a>`,
		`<a class="button" href="https://github.com/example/rmd">Rmd source</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the talk page lacks %s", want)
		}
	}
	if out("talk/club/intro_slides.pdf") == "" {
		t.Errorf("the slides are not published beside the talk page, where its link resolves")
	}
	if r := out("reading/index.html"); r != "" {
		t.Errorf("the talk's links made a reading list:\n%s", r)
	}
	// Talks years apart form no programme, so no frab export (see
	// TestFrabLinksAreWhole for its links).
	if frab := out("schedule.json"); frab != "" {
		t.Errorf("an archive of talks years apart has a frab export:\n%s", frab)
	}
}

// TestAcademicTimes: an old Academic talk's time_start and time_end,
// written in full, are when it was given; date, when the page was
// published, is not shown as the talk's, and nothing is reported.
func TestAcademicTimes(t *testing.T) {
	out, diags := buildAcademic(t)
	for _, d := range diags {
		if strings.Contains(d, "talk/old/") {
			t.Errorf("unexpected diagnostic: %s", d)
		}
	}
	page := out("talk/old/index.html")
	for _, want := range []string{`datetime="2017-03-01T13:00:00"`, `datetime="2017-03-01T15:00:00"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the talk page lacks %s", want)
		}
	}
	if strings.Contains(page, "2016-04-27") {
		t.Errorf("the talk page shows the date the page was published")
	}
}
