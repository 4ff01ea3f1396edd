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
