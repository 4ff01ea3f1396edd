package build

import (
	"strings"
	"testing"
)

// eleventySpeakers is an Eleventy conference site whose speaker pages
// keep their person under "speaker:" beside Eleventy's "page:" data,
// with the talk as the body, in a folder per edition; the home page
// links to them as Eleventy publishes them.
const eleventySpeakers = `-- .eleventy.js --
module.exports = function () { return { dir: { input: 'src/web/' } } }
-- src/web/speakers/202007/linda.md --
---
layout: speaker202007.njk
page:
    title: ServerlessDays Virtual - Linda Nichols
speaker:
    name: Linda Nichols
    title: 'Technical Specialist - Microsoft'
    bio: 'Linda Nichols is a Technical Specialist.'
    img: /img/202007/linda.jpeg
---

## Serverless to Code-ess

The future will not demand more code.
-- src/web/speakers/202010/chris.md --
---
layout: speaker202010.njk
speaker:
    name: Chris Lee
    title: Engineer
    bio: Chris builds things.
---

## Small functions

Text.
-- src/web/img/202007/linda.jpeg --
not really a picture
-- src/web/talks/panel.md --
---
title: Panel
date: 2020-07-01 10:00
speakers: [Linda Nichols]
---
A panel.
-- src/web/index.md --
---
title: ServerlessDays
---
Hear [Chris](/speakers/202010/chris) and [Linda](/speakers/202007/linda/).
`

// TestEleventySpeakerPage: such a page is its person's (named by the
// mapping, the heading left as the page's text, no warning), at the URL
// Eleventy gives its file, and the person's links lead there.
func TestEleventySpeakerPage(t *testing.T) {
	read, diags := buildSite(t, eleventySpeakers)
	for _, d := range diags {
		if !strings.Contains(d, "base_url is not set") {
			t.Errorf("diagnostic: %s", d)
		}
	}
	linda := read("speakers/202007/linda/index.html")
	for _, want := range []string{
		"<h1>Linda Nichols</h1>",
		"Technical Specialist - Microsoft",
		"Linda Nichols is a Technical Specialist.",
		`src="/img/202007/linda.jpeg"`,
		`id="serverless-to-code-ess">Serverless to Code-ess`,
		"The future will not demand more code.",
	} {
		if !strings.Contains(linda, want) {
			t.Errorf("Linda's page lacks %q:\n%s", want, linda)
		}
	}
	if read("speakers/202010/chris/index.html") == "" {
		t.Error("the page the home page links to, /speakers/202010/chris, is not written")
	}
	for _, p := range []string{"speakers/serverless-to-code-ess/index.html", "speakers/linda-nichols/index.html", "speakers/small-functions/index.html"} {
		if read(p) != "" {
			t.Errorf("%s was written", p)
		}
	}
	for _, p := range []string{"talks/panel/index.html", "speakers/index.html"} {
		if got := read(p); !strings.Contains(got, `href="/speakers/202007/linda/"`) {
			t.Errorf("%s does not link to Linda's page:\n%s", p, got)
		}
	}
}

// TestSpeakerPagesAtTheirPaths: on a site whose tool publishes pages at
// their paths, a speaker's own page is there too, unless a pattern for
// speakers is set; lectern's own layout names it by its person.
func TestSpeakerPagesAtTheirPaths(t *testing.T) {
	const ada = "---\ntitle: Ada Lovelace\n---\nAda wrote programs.\n"
	for _, tc := range []struct {
		name, archive string
		want, absent  []string
	}{{
		name:    "Eleventy",
		archive: "-- .eleventy.js --\nmodule.exports = {}\n-- speakers/2024/ada.md --\n" + ada,
		want:    []string{"speakers/2024/ada/index.html", "speakers/index.html"},
		absent:  []string{"speakers/ada-lovelace/index.html"},
	}, {
		name:    "Hugo",
		archive: "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n-- content/speakers/ada.md --\n" + ada,
		want:    []string{"speakers/ada/index.html"},
		absent:  []string{"speakers/ada-lovelace/index.html"},
	}, {
		name:    "Hugo's author profile",
		archive: "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n-- content/authors/ada/_index.md --\n" + ada,
		want:    []string{"authors/ada/index.html"},
		absent:  []string{"speakers/ada-lovelace/index.html"},
	}, {
		name: "Hugo's [permalinks] win",
		archive: "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n[permalinks]\nspeakers = \"/people/:slug/\"\n" +
			"-- content/speakers/ada.md --\n" + ada,
		want:   []string{"people/ada-lovelace/index.html"},
		absent: []string{"speakers/ada/index.html"},
	}, {
		name: "lectern's config beside the tool's wins",
		archive: "-- .eleventy.js --\nmodule.exports = {}\n-- config.toml --\n[permalinks]\nspeaker = \"/people/:slug/\"\n" +
			"-- speakers/ada.md --\n" + ada,
		want:   []string{"people/ada-lovelace/index.html"},
		absent: []string{"speakers/ada/index.html"},
	}, {
		// Jekyll fills a collection's :title from the file's name, case
		// kept: the page is where the theme's links lead, and its
		// person takes that URL.
		name: "Jekyll's collection permalink",
		archive: "-- _config.yml --\ntitle: J\ncollections:\n  speakers:\n    output: true\n    permalink: /:collection/:title/\n" +
			"-- _speakers/AdaLovelace.md --\n---\nname: Ada Lovelace\n---\nAda wrote programs.\n" +
			"-- _talks/engine.md --\n---\ntitle: The engine\nspeakers: [Ada Lovelace]\n---\nNotes.\n",
		want:   []string{"speakers/AdaLovelace/index.html"},
		absent: []string{"speakers/ada-lovelace/index.html"},
	}, {
		name:    "lectern's own layout",
		archive: "-- config.toml --\ntitle = \"L\"\n-- content/speakers/ada.md --\n" + ada,
		want:    []string{"speakers/ada-lovelace/index.html"},
		absent:  []string{"speakers/ada/index.html"},
	}} {
		t.Run(tc.name, func(t *testing.T) { buildWrites(t, tc.archive, tc.want, tc.absent) })
	}
}
