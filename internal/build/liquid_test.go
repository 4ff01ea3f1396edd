package build

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"lectern/internal/diag"
	"lectern/internal/layout"
)

// TestSessionJekyllLiquid: a Jekyll page's Liquid lists the talks through
// an include; editing the include, or a talk's title the list shows,
// changes the page as a fresh build does.
func TestSessionJekyllLiquid(t *testing.T) {
	dir, s := startSession(t, `-- _config.yml --
title: Liquid conf
collections:
  talks:
    output: true
-- _includes/talks.html --
<ul>
{% for t in site.talks %}
  <li>{{ t.title }}</li>
{% endfor %}
</ul>
-- _talks/a.md --
---
title: Alpha
date: 2024-05-01 10:00
room: Hall
tags: [go]
---
A.
-- _talks/b.md --
---
title: Beta
date: 2024-05-01 11:00
room: Hall
tags: [go, web]
---
B.
-- programme.md --
---
title: Programme
permalink: /programme/
---
{% include talks.html %}
`)
	ctx := context.Background()
	if b := body(t, s, "programme/index.html"); !strings.Contains(b, "<li>Alpha</li>") {
		t.Fatalf("the include is not run: %.900s", b)
	}
	edit(t, dir, "_includes/talks.html", "<ol>{% for t in site.talks %}<li>{{ t.title | upcase }}</li>{% endfor %}</ol>\n")
	_, diags := s.Rebuild(ctx, []string{"_includes/talks.html"})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if b := body(t, s, "programme/index.html"); !strings.Contains(b, "<li>ALPHA</li>") {
		t.Errorf("the edited include is not shown: %.900s", b)
	}
	sameAsFullBuild(t, s, dir, diags)
	edit(t, dir, "_includes/talks.html", "<ol>{% for t in site.talks %}<li>{{ t.title | upcase }} {{ t.date | date: \"%H:%M\" }} {{ t.room }} {{ t.tags | join: \",\" }} {{ t.url }}</li>{% endfor %}</ol>\n")
	if _, diags = s.Rebuild(ctx, []string{"_includes/talks.html"}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	// Each edit below but the permalink's is patched or moved in place,
	// on another tool's site as on lectern's, the programme whose Liquid
	// shows the talks rendered again.
	for _, tc := range []struct{ name, text, want string }{
		{"title", "---\ntitle: Alpha two\ndate: 2024-05-01 10:00\nroom: Hall\ntags: [go]\n---\nA.\n", "<li>ALPHA TWO 10:00 Hall go"},
		{"time", "---\ntitle: Alpha two\ndate: 2024-05-01 12:00\nroom: Hall\ntags: [go]\n---\nA.\n", "<li>ALPHA TWO 12:00 Hall go"},
		{"room", "---\ntitle: Alpha two\ndate: 2024-05-01 12:00\nroom: Annex\ntags: [go]\n---\nA.\n", "<li>ALPHA TWO 12:00 Annex go"},
		{"tags", "---\ntitle: Alpha two\ndate: 2024-05-01 12:00\nroom: Annex\ntags: [go, web]\n---\nA.\n", "<li>ALPHA TWO 12:00 Annex go,web"},
		{"slug", "---\ntitle: Alpha two\ndate: 2024-05-01 12:00\nroom: Annex\ntags: [go, web]\npermalink: /talks/alpha-2/\n---\nA.\n", "alpha-2"},
	} {
		edit(t, dir, "_talks/a.md", tc.text)
		var rb Rebuild
		if rb, diags = s.Rebuild(ctx, []string{"_talks/a.md"}); diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		if !patched(rb) && !moved(rb) && tc.name != "slug" {
			t.Errorf("%s: the model was built again (stages %v)", tc.name, rb.Stages)
		}
		if b := body(t, s, "programme/index.html"); !strings.Contains(b, tc.want) {
			t.Errorf("%s: the programme does not show %q: %s", tc.name, tc.want, b[strings.Index(b, "<main"):])
		}
		sameAsFullBuild(t, s, dir, diags)
	}
}

func TestWatchedMachinery(t *testing.T) {
	jekyll := layout.Layout{Tool: layout.Jekyll, ContentDir: "."}
	under := layout.Layout{Tool: layout.Jekyll, ContentDir: "src"}
	eleventy := layout.Layout{Tool: layout.Eleventy, ContentDir: "site"}
	hugo := layout.Layout{Tool: layout.Hugo, ContentDir: "content"}
	quarto := layout.Layout{Tool: layout.Quarto, ContentDir: "."}
	for _, tc := range []struct {
		l    layout.Layout
		rel  string
		want bool
	}{
		{jekyll, "_includes", true},
		{jekyll, "_includes/nav.html", true},
		{jekyll, "_data/schedule.yml", true},
		{jekyll, "_layouts/default.html", false},
		{jekyll, "_includes.md", false},
		{under, "src/_includes/nav.html", true},
		{under, "_includes/nav.html", false},
		{eleventy, "site/_data/site.json", true},
		{eleventy, "site/_includes/card.liquid", true},
		{eleventy, "site/_layouts/base.njk", false},
		{hugo, "_includes/x.html", false},
		{quarto, "talks/_bio.qmd", true},
		{quarto, "_links.md", true},
		{quarto, "_site/talks/_bio.md", false},
		{quarto, "talks/_freeze/_x.md", false},
		{quarto, "_quarto.yml", false},
		{hugo, "talks/_bio.qmd", false},
	} {
		if got := Watched(tc.l, tc.rel); got != tc.want {
			t.Errorf("Watched(%s in %q, %q) = %v, want %v", tc.l.Tool, tc.l.ContentDir, tc.rel, got, tc.want)
		}
	}
}

// TestBuildJekyllLiquid: a cold build, which lets each page's markdown go
// as it is converted, runs pages' Liquid on all cores beside it (the race
// detector in CI watches them), and every Liquid page lists every talk.
func TestBuildJekyllLiquid(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- _config.yml --\ntitle: Liquid conf\ncollections:\n  talks:\n    output: true\n")
	for i := range 40 {
		fmt.Fprintf(&b, "-- _talks/t%02d.md --\n---\ntitle: Talk %02d\ndate: 2024-05-01 %02d:00\n---\nBody %d.\n", i, i, i%24, i)
	}
	for i := range 8 {
		fmt.Fprintf(&b, "-- list%d.md --\n---\ntitle: List %d\npermalink: /list%d/\n---\n{%% for t in site.talks %%}{{ t.title }};{%% endfor %%}\n", i, i, i)
	}
	read, diags := buildSite(t, b.String())
	for _, d := range diags {
		if strings.Contains(d, "Liquid") || strings.Contains(d, "template tag") {
			t.Errorf("diagnostic: %s", d)
		}
	}
	for i := range 8 {
		page := read(fmt.Sprintf("list%d/index.html", i))
		// Talks of the same hour are listed by path.
		if !strings.Contains(page, ">Talk 00;Talk 24;Talk 01;") || !strings.Contains(page, "Talk 23;</p>") {
			t.Errorf("list%d does not list the talks: %.300s", i, page)
		}
	}
}

// A Jekyll site's markdown is kramdown's where HTML is concerned; a
// lectern site's is CommonMark's.
func TestBuildReadsKramdownOnJekyllSites(t *testing.T) {
	page := "<hr>\n<span class=\"abstract\">\nHeld at the **ICC**.\n</span>\n"
	for _, tt := range []struct {
		name, files, path, want string
	}{
		{"jekyll", "-- _config.yml --\ntitle: J\n-- about.md --\n---\ntitle: About\npermalink: /about/\n---\n" + page, "about/index.html", "<strong>ICC</strong>"},
		{"lectern", "-- config.toml --\ntitle = \"L\"\n-- content/about.md --\n---\ntitle: About\nurl: /about/\n---\n" + page, "about/index.html", "**ICC**"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.files)
			if got := read(tt.path); !strings.Contains(got, tt.want) {
				t.Errorf("%s lacks %q: %.600s", tt.path, tt.want, got)
			}
		})
	}
}

// An Eleventy site's collection tags make no tag pages; a Jekyll site's
// "post" tag is a tag like any other.
func TestBuildLeavesOutEleventyCollectionTags(t *testing.T) {
	post := "---\ntitle: CFP open\ndate: 2024-09-01\ntags: [post, news]\n---\nSend talks.\n"
	read, _ := buildSite(t, "-- .eleventy.js --\nmodule.exports = {}\n-- blog/cfp.md --\n"+post+
		"-- index.md --\n---\ntitle: Home\ntags: [home, nav]\n---\nWelcome.\n")
	if got := read("tags/news/index.html"); !strings.Contains(got, "CFP open") {
		t.Errorf("tags/news lacks the post: %.300s", got)
	}
	if got := read("tags/home/index.html"); got != "" {
		t.Errorf("eleventy: a tag page for the home page's collection home: %.200s", got)
	}
	if got := read("tags/post/index.html"); got != "" {
		t.Errorf("eleventy: a tag page for the collection tag post: %.200s", got)
	}
	read, _ = buildSite(t, "-- _config.yml --\ntitle: J\n-- _posts/2024-09-01-cfp.md --\n"+post)
	if got := read("tags/post/index.html"); !strings.Contains(got, "CFP open") {
		t.Errorf("jekyll: tags/post lacks the post: %.300s", got)
	}
}

// TestSessionReadsAnotherToolsPageAlone edits a Jekyll site whose walk
// warns of its own (a translation left out): a post's title and body are
// patched in place, read as the walk reads them (the config's defaults
// given), and a permalink moved in place, its diagnostics those of the
// files read alone with the walk's warning kept; a file in a drafts folder, which no walk
// reads, changes nothing; the translation, which the warning names, is
// read by a walk again. Each step is compared with a fresh build.
func TestSessionReadsAnotherToolsPageAlone(t *testing.T) {
	dir, s := startSession(t, `-- _config.yml --
title: Poly
exclude: [NOTES.md]
languages: ["en", "es"]
default_lang: "en"
defaults:
  - scope: {path: "", type: posts}
    values: {author: Ada Lovelace}
-- _posts/2024-05-01-hello.md --
---
title: Hello
---
Hi.
-- _posts/2024-05-02-again.md --
---
title: Again
---
Hi again.
-- about-es.md --
---
title: Acerca de
permalink: /about/
lang: es
---
Español.
-- _drafts/soon.md --
---
title: Soon
---
Later.
`)
	ctx := context.Background()
	steps := []struct {
		name, file, text string
		inPlace, none    bool
	}{
		{"a post's title", "_posts/2024-05-01-hello.md", "---\ntitle: Hello there\n---\nHi.\n", true, false},
		{"a post's body", "_posts/2024-05-02-again.md", "---\ntitle: Again\n---\nHi once more.\n", true, false},
		{"a post's permalink", "_posts/2024-05-02-again.md", "---\ntitle: Again\npermalink: /again/\n---\nHi once more.\n", true, false},
		{"a file the config excludes", "NOTES.md", "# Notes\n\nTo self.\n", false, true},
		{"a draft", "_drafts/soon.md", "---\ntitle: Sooner\n---\nLater.\n", false, true},
		{"the translation", "about-es.md", "---\ntitle: Acerca\npermalink: /about/\nlang: es\n---\nEspañol.\n", false, false},
	}
	for _, st := range steps {
		edit(t, dir, st.file, st.text)
		rb, diags := s.Rebuild(ctx, []string{st.file})
		t.Run(st.name, func(t *testing.T) {
			if patched(rb) != st.inPlace {
				t.Errorf("patched %v, want %v (stages %v)", patched(rb), st.inPlace, rb.Stages)
			}
			if none := len(rb.Stages) == 0; none != st.none {
				t.Errorf("stages %v, want none: %v", rb.Stages, st.none)
			}
			if !slices.ContainsFunc(diags, func(d diag.Diag) bool { return d.Pos.File == "about-es.md" }) {
				t.Errorf("the walk's warning is gone: %v", diags)
			}
			if b := body(t, s, "2024/05/01/hello.html"); !strings.Contains(b, "Ada Lovelace") {
				t.Errorf("the config's default author is not shown: %.600s", b)
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}
