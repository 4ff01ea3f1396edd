package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eleventyRecordPages is an Eleventy conference site whose speakers and
// talks are records of global data files, each made a page by a
// template paginating the file one record a page, at the URL its
// permalink gives.
const eleventyRecordPages = `-- .eleventy.js --
module.exports = () => ({ dir: { input: "src" } })
-- src/_data/speakers.json --
[{"slug": "mara-k", "name": "Mara Kovač", "bio": "Mara builds ferry timetables."}]
-- src/_data/talks.json --
[{"slug": "timetables-at-sea", "title": "Timetables at sea", "speaker": "Mara Kovač", "date": "2025-10-09 10:00"}]
-- src/speaker.njk --
---
layout: speaker.njk
pagination:
  data: speakers
  size: 1
  alias: speaker
permalink: "/speaker/{{ speaker.name | slugify }}/index.html"
---
<h1>{{ speaker.name }}</h1>
-- src/talk.njk --
---
layout: talk.njk
pagination:
  data: talks
  size: 1
  alias: talk
permalink: "sessions/{{ talk.slug }}/"
---
<h1>{{ talk.title }}</h1>
`

// TestEleventyRecordPages: each record is published where the
// template's permalink puts it (not at lectern's /talks/ and
// /speakers/ URLs), the talk's page links its speaker there, and the
// templates, whose pages are made, are left out without a warning.
func TestEleventyRecordPages(t *testing.T) {
	res, diags := Build(context.Background(), Options{Source: writeSite(t, eleventyRecordPages), Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	for _, w := range diags.Strings() {
		if strings.Contains(w, ".njk") {
			t.Errorf("warning about a template: %s", w)
		}
	}
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(res.Dest, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("missing %s", p)
		}
		return string(b)
	}
	if talk := read("sessions/timetables-at-sea/index.html"); !strings.Contains(talk, `href="/speaker/mara-kovac/"`) {
		t.Errorf("the talk's page does not link its speaker at /speaker/mara-kovac/")
	}
	read("speaker/mara-kovac/index.html")
	for _, p := range []string{"talks/timetables-at-sea/index.html", "speakers/mara-k/index.html", "speakers/mara-kovac/index.html"} {
		if _, err := os.Stat(filepath.Join(res.Dest, filepath.FromSlash(p))); err == nil {
			t.Errorf("%s was written", p)
		}
	}
}

// jekyllDataPages is a Jekyll conference site whose speakers are
// records of _data/speakers.yml, each made a page by Jekyll's data page
// generator (page_gen:) at people/<name>.html, and listed by a page
// linking each with the generator's datapage_url filter; one speaker is
// not confirmed, so the generator's filter makes no page of her.
const jekyllDataPages = `-- _config.yml --
title: Harbour Voice Summit
page_gen:
  - data: speakers
    template: speaker
    dir: people
    name: full_name
    filter: confirmed
  - data: talks
    template: talk
    name: slug
    title: talk.title
-- _data/talks.yml --
- slug: tide-tables
  speaker: {name: Mara Kovač}
  talk: {title: Tide Tables in Rust}
-- _data/speakers.yml --
- full_name: Mara Kovač
  confirmed: true
  bio: Mara builds telephony bridges for small harbours.
- full_name: Olu Adeyemi (Reefnet)
  confirmed: true
  bio: Olu maintains an open source media server.
- full_name: Pending Person
-- _layouts/speaker.html --
<h1>{{ page.full_name }}</h1>
-- _includes/nav.html --
<nav></nav>
-- line-up.html --
---
title: Line-up
---
<ul>{% for s in site.data.speakers %}{% if s.confirmed %}<li><a href="/{{ s.full_name | datapage_url: 'people' }}">{{ s.full_name }}</a></li>{% endif %}{% endfor %}</ul>
`

// TestJekyllDataPages: each record is published where Jekyll's data
// page generator puts it (people/<name>.html, the name made a file name
// as its sanitize_filename makes it), the datapage_url filter links
// there without a warning, a record its filter leaves out has no
// page, and a record without a title of its own is titled by the field
// the entry's title names (talk.title).
func TestJekyllDataPages(t *testing.T) {
	res, diags := Build(context.Background(), Options{Source: writeSite(t, jekyllDataPages), Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	for _, w := range diags.Strings() {
		if strings.Contains(w, "datapage_url") {
			t.Errorf("warning about the filter: %s", w)
		}
	}
	exists := func(p string) bool {
		_, err := os.Stat(filepath.Join(res.Dest, filepath.FromSlash(p)))
		return err == nil
	}
	for _, p := range []string{"people/mara-kovac.html", "people/olu-adeyemi-reefnet.html"} {
		if !exists(p) {
			t.Errorf("missing %s", p)
		}
	}
	if talk, err := os.ReadFile(filepath.Join(res.Dest, "talks", "tide-tables.html")); err != nil || !strings.Contains(string(talk), "Tide Tables in Rust</h1>") {
		t.Errorf("talks/tide-tables.html is not titled Tide Tables in Rust (%v)", err)
	}
	for _, p := range []string{"people/pending-person.html", "speakers/mara-kovac/index.html"} {
		if exists(p) {
			t.Errorf("%s was written", p)
		}
	}
	b, err := os.ReadFile(filepath.Join(res.Dest, "line-up.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, link := range []string{`href="/people/mara-kovac.html"`, `href="/people/olu-adeyemi-reefnet.html"`} {
		if !strings.Contains(string(b), link) {
			t.Errorf("line-up.html has no %s", link)
		}
	}
}
