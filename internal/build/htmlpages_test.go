package build

import (
	"strings"
	"testing"
)

// htmlPagesSite is a Jekyll conference site whose pages are HTML files
// with front matter and Liquid, as DjangoCon's are.
const htmlPagesSite = `
-- _config.yml --
title: Conf
url: https://conf.example.org
contact: team@conf.example.org
-- _layouts/default.html --
<html>{{ content }}</html>
-- _talks/a.md --
---
title: Alpha
date: 2024-05-01 10:00:00-04:00
end_date: 2024-05-01 10:45:00-04:00
speakers: [Ada]
room: Hall
---
A.
-- _talks/b.md --
---
title: Beta
date: 2024-05-01 11:00:00-04:00
speakers: [Bo]
room: Hall
---
B.
-- _talks/c.md --
---
title: Gamma
date: 2024-05-01 12:00:00-04:00
speakers: [Cy]
room: Hall
---
C.
-- conduct.html --
---
layout: default
title: Code of Conduct
heading: Code of Conduct
permalink: /conduct/
---
{% seo %}
<header class="subpage-header">
  <h1>{{ page.heading }}</h1>
</header>
{% comment %}Old text below.{% endcomment %}
<p>Write to {{ site.contact }}.</p>
{% markdown %}
  Be **kind**.
{% endmarkdown %}
{{ "*Thank you*" | markdownify }}
-- index.html --
---
layout: home
---
<p>Welcome to {{ site.title }}.</p>
-- venue.html --
---
title: Venue
hotels:
  - {name: Grand, price: $150}
  - {name: Little, price: $90}
---
<ul>{% for h in page.hotels %}<li>{{ h.name }} {{ h.price }}</li>{% endfor %}</ul>
<p>Talks end {{ site.talks.first.end_date | date: "%H:%M" }}.</p>
-- schedule.html --
---
title: Schedule
permalink: /schedule/
---
{% for t in site.talks %}<p>{{ t.title }}</p>{% endfor %}
-- feed.html --
---
permalink: /feed.xml
---
<rss>{% for p in site.posts %}<item>{{ p.title }}</item>{% endfor %}</rss>
-- layout-nunjucks.html --
---
title: Nunjucks
---
{% extends "base.njk" %}{% block content %}<p>x</p>{% endblock %}
-- redirects.html --
---js
{ permalink: "/r/" }
---
<p>{{ redirect.to }}</p>
`

// TestHTMLPagesOfJekyll: an HTML page with front matter is a page whose
// Liquid runs (values, comments, loops over its own front matter, the
// filters and tags of Jekyll's plugins), its repeated title dropped; a
// template at the address of lectern's own page gives way to it, an
// index.html of values introduces lectern's home page, a
// template of a feed or in Nunjucks is left out, each with a warning,
// and a file with JavaScript front matter is no page.
func TestHTMLPagesOfJekyll(t *testing.T) {
	read, diags := buildSite(t, htmlPagesSite)
	conduct := read("conduct/index.html")
	for _, want := range []string{"Write to team@conf.example.org.", "Be <strong>kind</strong>.", "<em>Thank you</em>"} {
		if !strings.Contains(conduct, want) {
			t.Errorf("/conduct/ lacks %q: %s", want, conduct)
		}
	}
	if strings.Count(conduct, "Code of Conduct</h1>") != 1 || strings.Contains(conduct, "{%") || strings.Contains(conduct, "Old text") {
		t.Errorf("/conduct/ repeats its title or shows template code: %s", conduct)
	}
	venue := read("venue.html")
	if !strings.Contains(venue, "<li>Grand $150</li><li>Little $90</li>") || !strings.Contains(venue, "Talks end 10:45.") {
		t.Errorf("venue.html: %s", venue)
	}
	if home := read("index.html"); !strings.Contains(home, "Welcome to Conf.") || !strings.Contains(home, "Alpha") {
		t.Errorf("the home page is not lectern's, introduced by index.html: %s", home)
	}
	if schedule := read("schedule/index.html"); !strings.Contains(schedule, "Alpha") || !strings.Contains(schedule, `class="schedule`) {
		t.Errorf("lectern's schedule page gave way to the template: %s", schedule)
	}
	if feed := read("feed.xml"); !strings.Contains(feed, "<feed") {
		t.Errorf("feed.xml is not lectern's feed: %s", feed)
	}
	for _, want := range []string{
		"schedule.html:3:12: warning: this page is a template ({% for t in site.talks %}) written to schedule/index.html, where lectern writes the schedule page; lectern's is kept",
		"feed.html:1:1: warning: this template and 1 more (layout-nunjucks.html) are code",
	} {
		if !containsPrefix(diags, want) {
			t.Errorf("no warning %q in %q", want, diags)
		}
	}
	if all := strings.Join(diags, "\n"); strings.Contains(all, "conduct.html") || strings.Contains(all, "venue.html") || strings.Contains(all, "\nindex.html") {
		t.Errorf("warnings about pages Liquid runs: %q", diags)
	}
	for _, p := range []string{"layout-nunjucks.html", "layout-nunjucks/index.html", "redirects.html", "r/index.html"} {
		if got := read(p); got != "" {
			t.Errorf("%s published: %s", p, got)
		}
	}
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}
