package build

import (
	"strings"
	"testing"
)

// TestPeopleByTheirFiles: a talk naming its speaker by the file of the
// speaker's record or page (its base name, or its path as CMS relation
// fields write it) names that person, linked at their page, whatever
// the person's name says; no person is made of the reference.
func TestPeopleByTheirFiles(t *testing.T) {
	tests := []struct {
		name, site string
		talk       string // the talk's output
		link       string // the speaker's link on it, with their name
		want       []string
		absent     []string
	}{
		{
			name: "a record's hyphenated file name",
			site: `-- config.toml --
title = "Conf"
-- data/speakers/bill-kennedy.toml --
name = "William Kennedy"
bio = "Bill teaches Go."
-- content/talks/design.md --
---
title: Design
speakers: [bill-kennedy]
---
A workshop.
`,
			talk:   "talks/design/index.html",
			link:   `href="/speakers/william-kennedy/">William Kennedy</a>`,
			want:   []string{"speakers/william-kennedy/index.html"},
			absent: []string{"speakers/bill-kennedy/index.html"},
		},
		{
			name: "a page's file name beside a slug of its own",
			site: `-- config.toml --
title = "Conf"
-- content/speakers/bill-kennedy.md --
---
name: William Kennedy
slug: william
---
Bill teaches Go.
-- content/talks/design.md --
---
title: Design
speakers: [bill-kennedy]
---
A workshop.
`,
			talk:   "talks/design/index.html",
			link:   `>William Kennedy</a>`,
			absent: []string{"speakers/bill-kennedy/index.html"},
		},
		{
			name: "a Jekyll page's path, as a CMS relation field writes it",
			site: `-- _config.yml --
title: Conf
permalink: pretty
collections:
  talks: {output: true}
  speakers: {output: true}
  participants: {output: true}
-- _participants/ada-l.md --
---
name: Ada Lovelace
tagline: Analyst
---
Ada wrote the first program.
-- _speakers/grace.md --
---
name: Grace Hopper
---
Grace wrote the first compiler.
-- _talks/engines.md --
---
title: Engines
speakers:
  - _participants/ada-l.md
  - _speakers/grace.md
---
A talk.
`,
			talk: "talks/engines/index.html",
			link: `href="/participants/ada-l/">Ada Lovelace</a>`,
			want: []string{"participants/ada-l/index.html", "speakers/grace/index.html"},
			absent: []string{"speakers/participants-ada-l-md/index.html", "speakers/speakers-grace-md/index.html",
				"speakers/ada-lovelace/index.html", "speakers/grace-hopper/index.html"},
		},
		{
			name: "a Hugo person/ section, dated, named by folder",
			site: `-- config.toml --
title = "Casts"
baseURL = "https://casts.example/"
-- content/person/_index.md --
---
title: People
date: 2021-04-08
---
Our guests.
-- content/person/adalove/index.md --
---
Title: Ada Lovelace
Date: 2020-02-18
GitHub: adalove
YouTube: AdaCodes
---
Ada wrote the first program.
-- content/talk/engines/index.md --
---
Title: Engines
Date: 2022-02-23
speakers: [adalove]
---
A talk.
`,
			talk:   "talk/engines/index.html",
			link:   `href="/person/adalove/">Ada Lovelace</a>`,
			want:   []string{"person/adalove/index.html"},
			absent: []string{"notes/index.html", "speakers/adalove/index.html"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.site)
			talk := read(tt.talk)
			if !strings.Contains(talk, tt.link) {
				t.Errorf("%s lacks %q:\n%s", tt.talk, tt.link, talk)
			}
			for _, p := range tt.want {
				if read(p) == "" {
					t.Errorf("%s not written", p)
				}
			}
			for _, p := range tt.absent {
				if read(p) != "" {
					t.Errorf("%s written", p)
				}
			}
			if strings.Contains(talk, "youtube.com/watch?v=AdaCodes") {
				t.Errorf("a person's channel is the talk's video:\n%s", talk)
			}
		})
	}
}

// TestSpeakerRecordOfAPage: a data file's record of the person a speaker
// page is about is that page's, though the page's slug comes from its
// file and the record's from the name: no second page, no clash.
func TestSpeakerRecordOfAPage(t *testing.T) {
	read, diags := buildSite(t, `-- _config.yml --
title: Conf
collections:
  speakers_2024:
    output: true
    permalink: /2024/speaker/:name/
-- _speakers_2024/ada.html --
---
name: Ada "Countess" Lovelace
bio: Analyst.
permalink: /2024/speakers/ada/
---
-- _data/archive/2024/speakers.yml --
- name: Ada "Countess" Lovelace
  bio: Analyst.
  company: Engines Ltd
  url: "ada"
-- _data/archive/2024/other.yml --
- name: Grace Hopper
  url: "grace"
`)
	for _, d := range diags {
		if strings.Contains(d, "this page is published at") {
			t.Errorf("diagnostic: %s", d)
		}
	}
	if ada := read("2024/speakers/ada/index.html"); !strings.Contains(ada, "Engines Ltd") {
		t.Errorf("the page lacks the record's company:\n%s", ada)
	}
	for _, p := range []string{"2024/speakers/ada-countess-lovelace/index.html", "speakers/ada-countess-lovelace/index.html"} {
		if read(p) != "" {
			t.Errorf("%s written", p)
		}
	}
}
