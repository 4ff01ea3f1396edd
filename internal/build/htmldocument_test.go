package build

import (
	"strings"
	"testing"
)

// documentSite is a Jekyll site with HTML pages written as whole
// documents: a landing page with its own head and styles, and a testing
// harness opening with a comment.
const documentSite = `
-- _config.yml --
title: Conf
url: https://conf.example.org
-- _talks/a.md --
---
title: Alpha
date: 2024-05-01 10:00:00
---
A.
-- landing.html --
---
title: Conf comes to Durham
permalink: /landing/
sitemap: false
---
<!DOCTYPE html>
<html lang="en">
<head>
  <title>{{ page.title }}</title>
  <style>html { font-size: 15px }</style>
</head>
<body><h1>Conf comes to Durham</h1><p>{{ site.title }} in October.</p></body>
</html>
-- harness.html --
---
layout: null
---
<!-- A testing harness. -->
{% comment %}Not for visitors.{% endcomment %}
<html><head><title>Harness &amp; test</title></head><body><iframe src="/"></iframe></body></html>
-- about.html --
---
title: About
---
<p>An html page: <code>&lt;html&gt;</code> in its text.</p>
`

// TestHTMLDocumentPages: an HTML page whose body is a whole document is
// published as that document, its Liquid run, without the theme around
// it and with its own heading; an HTML fragment is still shown in the
// theme.
func TestHTMLDocumentPages(t *testing.T) {
	read, diags := buildSite(t, documentSite)
	landing := read("landing/index.html")
	if !strings.HasPrefix(strings.ToLower(landing), "<!doctype html>") || strings.Count(strings.ToLower(landing), "<html") != 1 {
		t.Fatalf("/landing/ is not the page's own document: %s", landing)
	}
	for _, want := range []string{"<title>Conf comes to Durham</title>", "<h1>Conf comes to Durham</h1>", "<p>Conf in October.</p>", "font-size:15px"} {
		if !strings.Contains(landing, want) {
			t.Errorf("/landing/ lacks %q: %s", want, landing)
		}
	}
	if strings.Contains(landing, `class="site-header`) || strings.Contains(landing, "main.css") {
		t.Errorf("/landing/ is inside the theme: %s", landing)
	}
	harness := read("harness.html")
	if !strings.Contains(harness, `<iframe src="/"></iframe>`) || strings.Contains(harness, "Not for visitors") || strings.Contains(harness, "<main") {
		t.Errorf("harness.html: %s", harness)
	}
	if about := read("about.html"); !strings.Contains(about, "<main") || !strings.Contains(about, "in its text.") {
		t.Errorf("about.html, a fragment, is not in the theme: %s", about)
	}
	if sitemap := read("sitemap.xml"); strings.Contains(sitemap, "/landing/") || !strings.Contains(sitemap, "harness.html") {
		t.Errorf("sitemap: %s", sitemap)
	}
	if all := strings.Join(diags, "\n"); strings.Contains(all, "landing.html") || strings.Contains(all, "harness.html") {
		t.Errorf("warnings about whole documents: %q", diags)
	}
}

// TestHTMLDocumentHome: an index.html at the top written as a whole
// document is the author's home page, published as itself (with a
// warning that lectern's is left out), not an introduction inside
// lectern's.
func TestHTMLDocumentHome(t *testing.T) {
	read, diags := buildSite(t, `
-- _config.yml --
title: Conf
-- _talks/a.md --
---
title: Alpha
date: 2024-05-01 10:00:00
---
A.
-- index.html --
---
layout: null
---
<!doctype html>
<html><head><title>Conf home</title></head><body><h1>Welcome</h1></body></html>
`)
	home := read("index.html")
	if strings.Count(strings.ToLower(home), "<html") != 1 || !strings.Contains(home, "<h1>Welcome</h1>") || strings.Contains(home, "site-header") {
		t.Errorf("home page is not the author's document: %s", home)
	}
	if read("index/index.html") != "" {
		t.Error("index.html was also written to /index/")
	}
	if all := strings.Join(diags, "\n"); !strings.Contains(all, "index.html:1:1: warning: this page is written to index.html, where lectern writes the home page") {
		t.Errorf("no warning that lectern's home page is left out: %q", diags)
	}
}

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
// in a collection of their own (_speakers_2024); they are speakers, at
// the pattern of the collection of them all whatever the order the
// config is read in, and a speaker written as front matter alone in an
// .html file is one too.
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
		for _, p := range []string{"speakers/ada-lovelace.html", "speakers/allan-ouma.html"} {
			if !strings.Contains(read(p), `class="kind-speaker"`) {
				t.Fatalf("%s is not a speaker page: %s", p, read(p))
			}
		}
		if !strings.Contains(read("speakers/index.html"), "Allan Ouma") {
			t.Fatal("Allan Ouma is not among the speakers")
		}
	}
}
