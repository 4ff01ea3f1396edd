package build

import (
	"strings"
	"testing"
)

// conferenceThemeSite is a site on jekyll-theme-conference: talks,
// speakers and rooms as collections, _data/program.yml placing the
// talks, the navigation among the theme's settings in _config.yml, the
// overview pages empty but for their layouts, and a landing page with
// its buttons. The speaker goes by an id in "name", their page showing
// first_name and last_name.
const conferenceThemeSite = `-- _config.yml --
title: Harbour Days
collections:
  talks: {output: true, permalink: "/:collection/:title/"}
  speakers: {output: true, permalink: "/:collection/:title/"}
  rooms: {output: true, permalink: "/:collection/:title/"}
conference:
  lang: en
  navigation:
    links:
      - name: Program
        relative_url: /program/
      - live: true
      - name: Speakers
        relative_url: /speakers/
      - name: Tickets
        disabled: true
        absolute_url: ''
      - name: Earlier years
        menu:
          - {name: '2030', relative_url: /2030/}
-- _talks/tides.md --
---
name: Reading the Tides
speakers:
  - MiraOkafor
---
Tide tables from scratch.
-- _talks/knots.md --
---
name: Knots at Sea
speakers:
  - MiraOkafor
---
Six knots and when to use them.
-- _talks/sails.md --
---
name: Mending Sails
speakers:
  - MiraOkafor
---
A needle, a palm and patience.
-- _speakers/mira.md --
---
name: MiraOkafor
first_name: Mira
last_name: Okafor
---
Mira charts harbours.
-- _rooms/hall.md --
---
name: Hall
---
The hall by the quay.
-- _data/program.yml --
days:
  - name: Monday
    date: 2031-03-03
    rooms:
      - name: Hall
        talks:
          - {name: Reading the Tides, time_start: "9:00", time_end: "9:45"}
          - {name: Knots at Sea, time_start: "10:00", time_end: "10:45"}
          - {name: Mending Sails, time_start: "11:00", time_end: "11:45"}
-- program/index.md --
---
layout: program
---
-- speakers/index.md --
---
layout: speaker-overview
---
-- index.md --
---
layout: home
links:
  - name: Program
    relative_url: /program/
  - name: Tickets
    disabled: true
    absolute_url: ''
---
Three talks by the water.
`

// TestConferenceThemeSite: a speaker named by an id beside first_name
// and last_name is one person, titled by those, whose talks link their
// page; the theme's navigation, among its settings, is the menu, its
// program page's link leading to the schedule and its live, disabled
// and dropdown entries left out; the landing page's buttons make no
// reading list.
func TestConferenceThemeSite(t *testing.T) {
	read, _ := buildSite(t, conferenceThemeSite)
	speaker := read("speakers/mira/index.html")
	if !strings.Contains(speaker, "<h1>Mira Okafor</h1>") || !strings.Contains(speaker, `href="/talks/tides/"`) {
		t.Errorf("the speaker's page is not Mira Okafor's with her talks:\n%s", speaker)
	}
	if p := read("speakers/miraokafor/index.html"); p != "" {
		t.Error("the talks' speaker is a second person")
	}
	if talk := read("talks/tides/index.html"); !strings.Contains(talk, `href="/speakers/mira/"`) || !strings.Contains(talk, "Mira charts harbours.") {
		t.Errorf("the talk does not link its speaker's page and bio:\n%s", talk)
	}
	home := read("index.html")
	nav := home[strings.Index(home, `<nav class="site-nav"`):]
	nav = nav[:strings.Index(nav, "</nav>")]
	want := `<ul><li><a href="/schedule/">Program</a></li><li><a href="/speakers/">Speakers</a></li></ul>`
	if !strings.Contains(nav, want) {
		t.Errorf("navigation\n%s\nwant\n%s", nav, want)
	}
	if read("reading/index.html") != "" {
		t.Error("the landing page's buttons made a reading list")
	}
}
