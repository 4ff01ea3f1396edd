package build

import (
	"strings"
	"testing"
)

// A multilingual Hugo site is built in its default language: the other
// languages' translations, by file name or by content folder, are left
// out with one warning, and a name with a dot that is no language stays.
func TestBuildLeavesOutTranslations(t *testing.T) {
	read, diags := buildSite(t, `-- hugo.toml --
title = "Multi"
[languages.en]
weight = 1
[languages.de]
weight = 2
[languages.fr]
contentDir = "content/fr"
-- content/about.md --
---
title: About
---
English.
-- content/about.de.md --
---
title: Über uns
---
Deutsch.
-- content/talks/keynote.de.md --
---
title: Hauptvortrag
---
DE.
-- content/fr/talks/keynote.md --
---
title: Discours
---
FR.
-- content/talks/v1.2.md --
---
title: Version 1.2
---
V.
`)
	if got := read("about/index.html"); !strings.Contains(got, "English.") {
		t.Errorf("about: %.300s", got)
	}
	for _, p := range []string{"about-de/index.html", "talks/keynote-de/index.html", "fr/talks/keynote/index.html"} {
		if read(p) != "" {
			t.Errorf("%s: a translation is published", p)
		}
	}
	if read("talks/v1.2/index.html") == "" && read("talks/v12/index.html") == "" && read("talks/v1-2/index.html") == "" {
		t.Errorf("a file name with a dot that names no language is left out")
	}
	want := "content/about.de.md:1:1: warning: this page and 2 more (content/fr/talks/keynote.md, content/talks/keynote.de.md) are translations"
	n := 0
	for _, d := range diags {
		if strings.Contains(d, "translation") {
			n++
			if !strings.HasPrefix(d, want) {
				t.Errorf("diagnostic %q, want %q…", d, want)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d warnings about translations, want 1: %q", n, diags)
	}
}

// The default language's own content folder is where the pages are read
// from, at the URLs Hugo gives them.
func TestBuildReadsTheDefaultLanguagesFolder(t *testing.T) {
	read, _ := buildSite(t, `-- hugo.toml --
title = "Multi"
[languages.en]
contentDir = "content/en"
[languages.de]
contentDir = "content/de"
-- content/en/about.md --
---
title: About
---
English.
-- content/de/about.md --
---
title: Über uns
---
Deutsch.
`)
	if got := read("about/index.html"); !strings.Contains(got, "English.") {
		t.Errorf("about: %.300s", got)
	}
	if read("en/about/index.html") != "" || read("de/about/index.html") != "" {
		t.Error("a language's folder is part of the URL")
	}
}

// A jekyll-polyglot site is built in its default language: a page whose
// front matter names another of its languages is a translation.
func TestBuildLeavesOutPolyglotTranslations(t *testing.T) {
	read, diags := buildSite(t, `-- _config.yml --
title: Poly
languages: ["en", "es"]
default_lang: "en"
-- about.md --
---
title: About
permalink: /about/
---
English.
-- about-es.md --
---
title: Acerca de
permalink: /about/
lang: es
---
Español.
-- news.md --
---
title: News
permalink: /news/
lang: en
---
Noticias no.
`)
	if got := read("about/index.html"); !strings.Contains(got, "English.") || strings.Contains(got, "Español") {
		t.Errorf("about: %.400s", got)
	}
	if got := read("news/index.html"); !strings.Contains(got, "Noticias no.") {
		t.Errorf("a page of the default language: %.300s", got)
	}
	n := 0
	for _, d := range diags {
		if strings.Contains(d, "translation") {
			n++
			if !strings.HasPrefix(d, "about-es.md:1:1: warning: this page is a translation") {
				t.Errorf("diagnostic %q", d)
			}
		}
		if strings.Contains(d, "both make the URL") {
			t.Errorf("a translation clashes: %s", d)
		}
	}
	if n != 1 {
		t.Errorf("%d warnings about translations, want 1: %q", n, diags)
	}
}

// Quarto's index.qmd at the top introduces the home page, as Hugo's
// _index.md does; one further down is its folder's page.
func TestQuartoIndexIntroducesTheHome(t *testing.T) {
	read, _ := buildSite(t, "-- _quarto.yml --\nproject:\n  type: website\nwebsite:\n  title: Data Blog\n"+
		"-- index.qmd --\n---\ntitle: Blog\nlisting:\n  contents: posts\n---\nI write about *data*.\n"+
		"-- posts/first/index.qmd --\n---\ntitle: First\ndate: 2024-03-01\n---\nHello.\n")
	if got := read("index.html"); !strings.Contains(got, "I write about <em>data</em>.") || !strings.Contains(got, "First") {
		t.Errorf("home: %.800s", got)
	}
	if read("index/index.html") != "" {
		t.Error("index.qmd is a page of its own at /index/")
	}
	if got := read("posts/first/index.html"); !strings.Contains(got, "Hello.") {
		t.Errorf("post: %.300s", got)
	}
}

// On a jekyll-polyglot site a dotted file name is no language: only the
// front matter says a page is a translation.
func TestPolyglotReadsNoLanguageInFileNames(t *testing.T) {
	read, _ := buildSite(t, "-- _config.yml --\ntitle: Poly\nlanguages: [\"en\", \"es\"]\n"+
		"-- notes.es.md --\n---\ntitle: Notes\npermalink: /notes-es/\n---\nA page named so.\n")
	if got := read("notes-es/index.html"); !strings.Contains(got, "A page named so.") {
		t.Errorf("a page with a dotted name is left out: %.300s", got)
	}
}

// A Hugo site's file names may carry the default language (about.en.md,
// index.en.md, _index.en.md), with or without a languages table: such a
// page is the page its name without the language gives, at its URL, a
// bundle's page when it is an index.
func TestBuildReadsTheDefaultLanguageInFileNames(t *testing.T) {
	for name, config := range map[string]string{
		"one language": "title = \"Mono\"\n",
		"several":      "title = \"Multi\"\ndefaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n",
	} {
		t.Run(name, func(t *testing.T) {
			read, diags := buildSite(t, "-- hugo.toml --\n"+config+`-- content/about.en.md --
---
title: About
---
English.
-- content/talks/_index.en.md --
---
title: Talks
---
Every talk of the day.
-- content/talks/keynote/index.en.md --
---
title: Keynote
speakers: [Ada Lovelace]
date: 2020-01-01T10:00:00
---
The keynote.
-- content/talks/keynote/slides.pdf --
PDF
-- content/talks/keynote/part.md --
---
title: A part
---
A resource of the bundle.
`)
			if got := read("about/index.html"); !strings.Contains(got, "English.") {
				t.Errorf("about.en.md is not /about/: %.300s", got)
			}
			if got := read("talks/keynote/index.html"); !strings.Contains(got, "The keynote.") {
				t.Errorf("index.en.md is not its bundle's page: %.300s", got)
			}
			if read("talks/keynote/slides.pdf") == "" {
				t.Error("the bundle's file is not beside its page")
			}
			if got := read("talks/index.html"); !strings.Contains(got, "Every talk of the day.") {
				t.Errorf("_index.en.md does not introduce its section: %.500s", got)
			}
			for _, p := range []string{"about-en/index.html", "talks/keynote/index-en/index.html", "talks/keynote/part/index.html", "talks/index-en/index.html"} {
				if read(p) != "" {
					t.Errorf("%s is published", p)
				}
			}
			for _, d := range diags {
				if strings.Contains(d, "translation") {
					t.Errorf("a page of the default language is a translation: %s", d)
				}
			}
		})
	}
}
