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
