package build

import (
	"strings"
	"testing"
)

// TestJekyllRecordsWithoutOutput: a Jekyll collection of presenters
// declared output: false gets no pages, as in Jekyll, but its records
// are read: the talk naming a presenter shows their bio and company,
// which a site that dropped the collection lost; its sponsors are listed.
func TestJekyllRecordsWithoutOutput(t *testing.T) {
	read, _ := buildSite(t, `
-- _config.yml --
title: Conf
collections:
  schedule:
    output: true
    permalink: /:collection/:name/
  presenters:
    output: false
    permalink: /:collection/
  sponsors:
    output: false
-- _presenters/lena-vogt.md --
---
name: Lena Vogt
company: Fjord Labs
permalink: /presenters/lena-vogt/
---
Lena maintains a queue library.
-- _schedule/queues.md --
---
title: Queues in Practice
date: 2021-10-22 11:00
presenter_slugs: [lena-vogt]
---
Queues.
-- _sponsors/acme.md --
---
name: Acme Widgets
url: https://acme.example
---
`)
	if read("presenters/lena-vogt/index.html") != "" || read("speakers/lena-vogt/index.html") != "" {
		t.Errorf("a presenter of a collection without output has a page")
	}
	talk := read("schedule/queues/index.html")
	for _, want := range []string{"Lena maintains a queue library.", "Fjord Labs"} {
		if !strings.Contains(talk, want) {
			t.Errorf("the talk page does not show %q of its presenter:\n%s", want, talk)
		}
	}
	if !strings.Contains(read("sponsors/index.html"), "Acme Widgets") {
		t.Errorf("the sponsors of a collection without output are not listed")
	}
}

// TestJekyllTeamWithoutOutput: a Jekyll collection of the site's team
// declared output: false (DjangoCon's _organizers) gets no pages, but
// its cards are read, so that the organizers' page looping over
// site.organizers lists each one with their role and link, as Jekyll
// shows it, where it showed only its introduction.
func TestJekyllTeamWithoutOutput(t *testing.T) {
	read, _ := buildSite(t, `
-- _config.yml --
title: Conf
include: [_pages]
collections:
  organizers:
    output: false
    permalink: /:collection/
-- _organizers/lena-vogt.md --
---
layout: base
name: "Lena Vogt"
role: "Programme Chair"
website: "https://lena.example/"
---
-- _organizers/odo-brandt.md --
---
name: "Odo Brandt"
role: "Treasurer"
hidden: true
---
-- _pages/organizers.html --
---
title: Organizers
permalink: /organizers/
---
<p>Thank you to our volunteers.</p>
{% for organizer in site.organizers %}{% unless organizer.hidden %}
<div class="profile"><h3>{{ organizer.name }}</h3>{{ organizer.role }} <a href="{{ organizer.website }}">web</a></div>
{% endunless %}{% endfor %}
`)
	if read("organizers/lena-vogt/index.html") != "" || read("organizers/lena-vogt.html") != "" {
		t.Errorf("an organizer of a collection without output has a page")
	}
	page := read("organizers/index.html")
	for _, want := range []string{"Lena Vogt", "Programme Chair", `href="https://lena.example/"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the organizers' page does not show %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "Odo Brandt") {
		t.Errorf("the organizers' page shows an organizer written hidden")
	}
}
