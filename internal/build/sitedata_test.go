package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteDataFile checks that {{ site.X }} in a body reads the site's
// data file named site, as Eleventy's global data, when the config has
// no such setting: the site's config title wins over the file's.
func TestSiteDataFile(t *testing.T) {
	src := writeSite(t, `
-- _config.yml --
title: Conf
-- _data/site.json --
{"ticket_link": "https://tickets.example.org/", "title": "Not this one", "social": {"mastodon": "@conf@example.social"}}
-- tickets.md --
---
title: Tickets
---
Buy [tickets]({{ site.ticket_link }}) for {{ site.title }}, follow {{ site.social.mastodon }}.
`)
	res, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	for _, d := range diags.Strings() {
		if strings.Contains(d, "template tag") {
			t.Errorf("unexpected %s", d)
		}
	}
	b, err := os.ReadFile(filepath.Join(res.Dest, "tickets.html")) // Jekyll's URL for a page
	if err != nil {
		t.Fatal(err)
	}
	want := `Buy <a href="https://tickets.example.org/">tickets</a> for Conf, follow @conf@example.social.`
	if !strings.Contains(string(b), want) {
		t.Errorf("page lacks %s:\n%s", want, b)
	}
}

// TestCardURLIsALink checks that in a site laid out for a tool that sets
// a page's URL with permalink alone, a card's url field names the page it
// links to and takes nothing from it: the page keeps its own URL.
func TestCardURLIsALink(t *testing.T) {
	src := writeSite(t, `
-- astro.config.mjs --
export default {}
-- src/content/pages/finaid.md --
---
title: Financial Aid
---
How to apply.
-- src/content/deadlines/finaid.md --
---
title: Financial aid is open
url: /finaid
---
Open until May.
`)
	res, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	if w := diags.Strings(); len(w) > 0 && strings.Contains(strings.Join(w, "\n"), "finaid") {
		t.Errorf("warnings: %q", w)
	}
	b, err := os.ReadFile(filepath.Join(res.Dest, "finaid", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "How to apply.") {
		t.Errorf("/finaid/ is not the page of pages/finaid.md:\n%s", b)
	}
	if _, err := os.Stat(filepath.Join(res.Dest, "deadlines", "finaid", "index.html")); err != nil {
		t.Errorf("the card's page is not at its own URL: %v", err)
	}
}

// TestEleventySiteData: an Eleventy site's global data names the site
// (title, base URL) when no config does, and its directory and template
// data files — in a folder named as records, too — are neither pages
// nor records nor published.
func TestEleventySiteData(t *testing.T) {
	src := writeSite(t, `
-- .eleventy.js --
module.exports = function() { return { dir: { input: "src" } } }
-- src/_data/metadata.json --
{"title": "Gopher Days", "url": "https://gophers.example.org/", "author": {"name": "Ada"}}
-- src/talks/talks.json --
{"layout": "talk.njk", "tags": "talks"}
-- src/talks/generics.md --
---
title: Generics, two years on
speakers: [Ann Example]
---
What we learned.
-- src/talks/generics.11tydata.json --
{"room": "A"}
`)
	res, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	if w := strings.Join(diags.Strings(), "\n"); strings.Contains(w, "base_url") {
		t.Errorf("warnings: %s", w)
	}
	home, err := os.ReadFile(filepath.Join(res.Dest, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<title>Gopher Days", `href="https://gophers.example.org/"`} {
		if !strings.Contains(string(home), want) {
			t.Errorf("home page lacks %s", want)
		}
	}
	for _, p := range []string{"talks/talks/index.html", "talks/talks.json", "talks/generics.11tydata.json", "tags/talks/index.html"} {
		if _, err := os.Stat(filepath.Join(res.Dest, filepath.FromSlash(p))); err == nil {
			t.Errorf("%s was written from a data file", p)
		}
	}
	talk, err := os.ReadFile(filepath.Join(res.Dest, "talks", "generics", "index.html"))
	if err != nil {
		t.Fatalf("the talk is missing: %v", err)
	}
	// Its template data file gives it its room.
	if !strings.Contains(string(talk), "<dt>Room</dt><dd>A</dd>") {
		t.Errorf("the talk does not show the room of its template data")
	}
}

// TestSiteDataTimeZone: the time zone of a site's global data file says
// how its pages' dates are read, as no config gives one: a talk at 09:00
// in New York is at 13:00 UTC in its calendar. Its domain is the base URL.
func TestSiteDataTimeZone(t *testing.T) {
	out, _ := buildSite(t, `
-- .eleventy.js --
module.exports = {}
-- _data/site.json --
{"domain": "https://conf.example.org", "timezone": "America/New_York"}
-- talks/keynote.md --
---
title: Keynote
date: 2025-05-03 09:00
speakers: [Ann Example]
---
Welcome.
`)
	ics := out("talks/keynote/keynote.ics")
	if !strings.Contains(ics, "DTSTART:20250503T130000Z") {
		t.Errorf("the talk is not at 09:00 in New York:\n%s", ics)
	}
	if !strings.Contains(out("index.html"), `href="https://conf.example.org/"`) {
		t.Errorf("the home page does not name the site's domain as its URL")
	}
}

// TestSessionRenamesTheSite: on a site no config names, the README's
// opening heading, else the title of the page at "/", names it. An edit
// that renames it renders every page again, as a fresh build does; one
// that does not (a README's text below the heading, another page's body)
// renders only what it changes.
func TestSessionRenamesTheSite(t *testing.T) {
	const talk = "-- content/talks/a.md --\n---\ntitle: A talk\ndate: 2026-03-01\n---\nBody.\n"
	for _, tc := range []struct {
		name, site, file string
		// quiet is an edit of file that keeps the name; rename one
		// that renames the site to "Rust meetup".
		quiet, rename string
		// most is how many outputs the quiet edit may render.
		most int
	}{{
		name:   "the README",
		site:   "-- README.md --\n# Meetup archive\n\nTalks of our meetup.\n" + talk,
		file:   "README.md",
		quiet:  "# Meetup archive\n\nTalks of our meetup, since 2019.\n",
		rename: "# Rust meetup website\n\nTalks of our meetup.\n",
	}, {
		name:   "the home page",
		site:   "-- content/index.md --\n---\ntitle: Meetup archive\nurl: /\n---\nWelcome.\n" + talk,
		file:   "content/index.md",
		quiet:  "---\ntitle: Meetup archive\nurl: /\n---\nWelcome, all.\n",
		rename: "---\ntitle: Rust meetup\nurl: /\n---\nWelcome.\n",
		most:   3,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			dir, s := startSession(t, tc.site)
			ctx := context.Background()
			if b := body(t, s, "talks/a/index.html"); !strings.Contains(b, "<title>A talk · Meetup archive</title>") {
				t.Fatalf("the site is not named: %.400s", b)
			}
			edit(t, dir, tc.file, tc.quiet)
			rb, diags := s.Rebuild(ctx, []string{tc.file})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if rb.Full || len(rb.Rendered) > tc.most {
				t.Errorf("an edit keeping the name rendered %d outputs (full %v): %q", len(rb.Rendered), rb.Full, rb.Rendered)
			}
			edit(t, dir, tc.file, tc.rename)
			if _, diags = s.Rebuild(ctx, []string{tc.file}); diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			if b := body(t, s, "talks/a/index.html"); !strings.Contains(b, "A talk · Rust meetup</title>") {
				t.Errorf("the talk's page keeps the old name: %.400s", b)
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}

// TestSessionFranklinCommands: a Franklin site's pages use the commands
// its config.md defines; an edit of one there shows on the pages, as a
// fresh build does.
func TestSessionFranklinCommands(t *testing.T) {
	dir, s := startSession(t, `-- config.md --
+++
author = "Team"
+++
\newcommand{\email}{[a@b.org](mailto:a@b.org)}
-- _layout/head.html --
<head>
-- contact.md --
+++
title = "Contact"
+++
Write to \email.
`)
	ctx := context.Background()
	if b := body(t, s, "contact/index.html"); !strings.Contains(b, `<a href="mailto:a@b.org">a@b.org</a>`) {
		t.Fatalf("the command is not expanded: %.600s", b)
	}
	edit(t, dir, "config.md", "+++\nauthor = \"Team\"\n+++\n\\newcommand{\\email}{[c@d.org](mailto:c@d.org)}\n")
	_, diags := s.Rebuild(ctx, []string{"config.md"})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if b := body(t, s, "contact/index.html"); !strings.Contains(b, "c@d.org") {
		t.Errorf("the page keeps the old command: %.600s", b)
	}
	sameAsFullBuild(t, s, dir, diags)
}

// TestSessionFranklinNavigation: a Franklin site's menu is the links of
// its _layout/ header; an edit there shows in the navigation, as a
// fresh build does.
func TestSessionFranklinNavigation(t *testing.T) {
	dir, s := startSession(t, `-- config.md --
@def website_title = "Notes"
-- _layout/header.html --
<nav><ul><li><a href="/">Home</a></li><li><a href="/talks/">Talks</a></li></ul></nav>
-- talks.md --
@def title = "Talks"
-- about.md --
@def title = "About"
`)
	if b := body(t, s, "talks/index.html"); !strings.Contains(b, `<a href="/talks/" aria-current="page">Talks</a>`) {
		t.Fatalf("the header's navigation is not the menu: %.1200s", b)
	}
	edit(t, dir, "_layout/header.html", `<nav><ul><li><a href="/">Home</a></li><li><a href="/about/">About us</a></li></ul></nav>`)
	_, diags := s.Rebuild(context.Background(), []string{"_layout/header.html"})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if b := body(t, s, "talks/index.html"); !strings.Contains(b, `<a href="/about/">About us</a>`) {
		t.Errorf("the menu keeps the old links: %.1200s", b)
	}
	sameAsFullBuild(t, s, dir, diags)
}

// TestReadmeIntroducesTheHomePage: a folder of notes whose README lists
// them is shown as a code host shows it: the README above the home
// page's lists, titled by its heading, not a page at /readme/.
func TestReadmeIntroducesTheHomePage(t *testing.T) {
	_, s := startSession(t, `-- README.md --
# Session notes

- [Keynote](notes/keynote.md)
-- notes/keynote.md --
---
title: Keynote
date: 2019-12-03
---
Notes.
`)
	home := body(t, s, "index.html")
	for _, want := range []string{"<title>Session notes</title>", `href="/notes/keynote/"`} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %q: %.800s", want, home)
		}
	}
	if _, ok := s.Output("readme/index.html"); ok {
		t.Error("the README still has a page of its own")
	}
}

// TestEleventyJSData: Eleventy's base blog names the site in
// _data/metadata.js, JavaScript written plainly, beside its config's
// dir.data ("../_data"), which lectern reads without running it.
func TestEleventyJSData(t *testing.T) {
	read, diags := buildSite(t, `-- eleventy.config.js --
export const config = {
	dir: {
		input: "content",
		data: "../_data",
	},
};
-- _data/metadata.js --
export default {
	title: "Naval Navel-Gazing",
	url: "https://blog.example.org/",
	author: {
		name: "Ada",
	},
};
-- content/blog/firstpost.md --
---
title: First
date: 2025-01-02
---
Hi.
`)
	for _, d := range diags {
		if strings.Contains(d, "base_url") {
			t.Errorf("warning: %s", d)
		}
	}
	home := read("index.html")
	for _, want := range []string{"<title>Naval Navel-Gazing", `href="https://blog.example.org/"`} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
}
