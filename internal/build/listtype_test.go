package build

import (
	"strings"
	"testing"
)

// listTypeSite is a site of many editions in Hugo's shape (an event's
// data in data/events/, its pages in content/events/<event>/), whose
// programme page is front matter, the given body.
func listTypeSite(frontMatter, body string) string {
	return `-- config.toml --
title = "Days"
-- data/events/2019-ponyville.yml --
name: "2019-ponyville"
city: "Ponyville"
year: "2019"
startdate: 2019-08-27T00:00:00-05:00
enddate: 2019-08-28T00:00:00-05:00
program:
  - title: "ann-lee"
    type: talk
    date: 2019-08-27
    start_time: "09:00"
    end_time: "09:30"
  - title: "bo-ray"
    type: talk
    date: 2019-08-27
    start_time: "09:30"
    end_time: "10:00"
-- data/events/2018-ponyville.yml --
name: "2018-ponyville"
city: "Ponyville"
year: "2018"
startdate: 2018-08-27T00:00:00-05:00
program:
  - title: "cy-old"
    type: talk
    date: 2018-08-27
    start_time: "09:00"
    end_time: "09:30"
  - title: "di-old"
    type: talk
    date: 2018-08-27
    start_time: "10:00"
    end_time: "10:30"
-- content/events/2019-ponyville/program/ann-lee.md --
+++
Title = "Failure and the Third Way"
Type = "talk"
Speakers = ["ann-lee"]
+++
A talk.
-- content/events/2019-ponyville/program/bo-ray.md --
+++
Title = "Pipelines"
Type = "talk"
Speakers = ["bo-ray"]
+++
A talk.
-- content/events/2018-ponyville/program/cy-old.md --
+++
Title = "Old Times"
Type = "talk"
Speakers = ["cy-old"]
+++
A talk.
-- content/events/2018-ponyville/program/di-old.md --
+++
Title = "Older Times"
Type = "talk"
Speakers = ["di-old"]
+++
A talk.
-- content/events/2019-ponyville/program.md --
` + frontMatter + body
}

// TestTypePageShowsEventSchedule: a page in an event's folder whose
// Hugo type or layout names the programme (devopsdays'
// events/<event>/program.md, Type = "program", which the theme's
// layout fills from the event's data) is that event's schedule at the
// page's own URL, where the site links, its title above the programme
// and its text, if any, under it; not the programme of another
// edition. A page of another type, or one of headings of its own (a
// programme written by hand), stays a page of its own.
func TestTypePageShowsEventSchedule(t *testing.T) {
	toml := func(typ string) string {
		return "+++\nTitle = \"Program\"\nType = \"" + typ + "\"\nDescription = \"Program for Ponyville 2019\"\n+++\n"
	}
	tests := []struct {
		name, frontMatter, body string
		schedule, text          bool
	}{
		{"Type program, with text", toml("program"), "\nSchedule may change.\n", true, true},
		{"Type program, no body", toml("program"), "", true, false},
		{"type schedule in YAML", "---\ntitle: Program\ntype: schedule\n---\n", "Schedule may change.\n", true, true},
		{"layout agenda", "---\ntitle: Program\nlayout: agenda\n---\n", "Schedule may change.\n", true, true},
		{"another type", toml("event"), "Schedule may change.\n", false, true},
		{"a programme written by hand", toml("program"), "\n## Tuesday\n\nSchedule may change.\n", false, true},
		{"a programme written in HTML", toml("program"), "\n<h2>Tuesday</h2>\n\nSchedule may change.\n", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, diags := buildSite(t, listTypeSite(tt.frontMatter, tt.body))
			page := read("events/2019-ponyville/program/index.html")
			if page == "" {
				t.Fatalf("no page at the page's URL; warnings:\n%s", strings.Join(diags, "\n"))
			}
			if got := strings.Contains(page, `<body class="kind-schedule">`); got != tt.schedule {
				t.Errorf("the event's schedule at the page's URL: %v, want %v\n%s", got, tt.schedule, page)
			}
			for _, talk := range []string{"/events/2019-ponyville/program/ann-lee/", "/events/2019-ponyville/program/bo-ray/"} {
				if got := strings.Contains(page, `href="`+talk+`"`); got != tt.schedule {
					t.Errorf("%s listed: %v, want %v", talk, got, tt.schedule)
				}
			}
			if strings.Contains(page, "/events/2018-ponyville/program/cy-old/") {
				t.Errorf("another edition's talk is listed:\n%s", page)
			}
			if got := strings.Contains(page, "Schedule may change."); got != tt.text {
				t.Errorf("the page's text shown: %v, want %v", got, tt.text)
			}
			if !strings.Contains(page, "<h1>Program</h1>") {
				t.Errorf("the page's title does not head it:\n%s", page)
			}
			if own := read("events/2019-ponyville/schedule/index.html"); !strings.Contains(own, `href="/events/2019-ponyville/program/ann-lee/"`) {
				t.Errorf("the event's own schedule page is gone:\n%s", own)
			}
		})
	}
}

// TestTypePageIsCanonicalSchedule: when a page of the author's shows
// an event's schedule at its own URL (devopsdays' program.md), lectern's
// copy at /events/<event>/schedule/ links it as the canonical page and
// is left out of the sitemap, so a search engine sees one programme; the
// page itself is its own canonical. An event with no such page keeps
// its schedule canonical and listed.
func TestTypePageIsCanonicalSchedule(t *testing.T) {
	const base = "https://days.example.org"
	for _, tt := range []struct {
		name, typ, canonical string
	}{
		{"a page standing for the programme", "program", base + "/events/2019-ponyville/program/"},
		{"a page of another type", "event", base + "/events/2019-ponyville/schedule/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := strings.Replace(listTypeSite("+++\nTitle = \"Program\"\nType = \""+tt.typ+"\"\n+++\n", "Schedule may change.\n"), `title = "Days"`, "title = \"Days\"\nbase_url = \""+base+"/\"", 1)
			read, _ := buildSite(t, site)
			link := func(canonical string) string { return `<link rel="canonical" href="` + canonical + `">` }
			if own := read("events/2019-ponyville/schedule/index.html"); !strings.Contains(own, link(tt.canonical)) {
				t.Errorf("the event's schedule page does not name %s as canonical:\n%s", tt.canonical, own)
			}
			if page := read("events/2019-ponyville/program/index.html"); !strings.Contains(page, link(base+"/events/2019-ponyville/program/")) {
				t.Errorf("the programme page is not its own canonical:\n%s", page)
			}
			sitemap := read("sitemap.xml")
			if got, want := strings.Contains(sitemap, "<loc>"+base+"/events/2019-ponyville/schedule/</loc>"), tt.typ != "program"; got != want {
				t.Errorf("the event's schedule page in the sitemap: %v, want %v\n%s", got, want, sitemap)
			}
			if !strings.Contains(sitemap, "<loc>"+base+"/events/2019-ponyville/program/</loc>") {
				t.Errorf("the programme page is not in the sitemap:\n%s", sitemap)
			}
		})
	}
}

// TestTypePageIntroducesSiteSchedule: outside an event's folder, a page
// whose Hugo type names the programme (content/program.md, type:
// program) shows the site's schedule at its URL, and one at /schedule/
// (a conference theme's content/schedule/_index.md, type: schedule)
// introduces lectern's schedule there rather than hiding it.
func TestTypePageIntroducesSiteSchedule(t *testing.T) {
	for _, tt := range []struct{ file, out string }{
		{"content/program.md", "program/index.html"},
		{"content/schedule/_index.md", "schedule/index.html"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			read, diags := buildSite(t, threeTalks+`-- `+tt.file+` --
---
title: Programme
type: program
---
Doors open at nine.
`)
			page := read(tt.out)
			for _, want := range []string{`<body class="kind-schedule">`, "<h1>Programme</h1>", "Doors open at nine.", `href="/talks/a/"`} {
				if !strings.Contains(page, want) {
					t.Errorf("%s lacks %s:\n%s", tt.out, want, page)
				}
			}
			if joined := strings.Join(diags, "\n"); strings.Contains(joined, "is left out") {
				t.Errorf("a page or list is left out:\n%s", joined)
			}
		})
	}
}

// TestTypePageListsEventSpeakers: a page in an event's folder whose
// Hugo type names the speakers (devopsdays' events/<event>/speakers.md,
// Type = "speakers", with no body or a line of text) lists the people
// of that event's talks at its URL, under its title and text, and not
// those of another edition; a page of the site's speakers list (type:
// speakers at /speakers/) introduces lectern's list there.
func TestTypePageListsEventSpeakers(t *testing.T) {
	tests := []struct{ name, body string }{
		{"no body", ""},
		{"with text", "Meet the speakers.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, listTypeSite("+++\nTitle = \"Program\"\n+++\n", "A page.\n")+`-- content/events/2019-ponyville/speakers.md --
+++
Title = "Our speakers"
Type = "speakers"
+++
`+tt.body)
			page := read("events/2019-ponyville/speakers/index.html")
			for _, want := range []string{`<body class="kind-speakers">`, "<h1>Our speakers</h1>", ">Ann Lee</a>", ">Bo Ray</a>", tt.body} {
				if !strings.Contains(page, strings.TrimSpace(want)) {
					t.Errorf("the event's speakers page lacks %q:\n%s", want, page)
				}
			}
			if strings.Contains(page, "Cy Old") {
				t.Errorf("another edition's speaker is listed:\n%s", page)
			}
		})
	}
	t.Run("the site's speakers", func(t *testing.T) {
		read, diags := buildSite(t, `-- config.toml --
title = "Conf"
-- content/speakers.md --
---
title: Our speakers
type: speakers
---
Meet the speakers.
-- content/talks/a.md --
---
title: Alpha
speakers: [Ann Lee]
---
`)
		page := read("speakers/index.html")
		for _, want := range []string{`<body class="kind-speakers">`, "<h1>Our speakers</h1>", "Meet the speakers.", ">Ann Lee</a>"} {
			if !strings.Contains(page, want) {
				t.Errorf("/speakers/ lacks %q:\n%s", want, page)
			}
		}
		if joined := strings.Join(diags, "\n"); strings.Contains(joined, "is left out") {
			t.Errorf("a page or list is left out:\n%s", joined)
		}
	})
}

// TestTypePageIntroducesSponsors: a page at /sponsors/ whose Hugo type
// names the sponsors (content/sponsors.md, type: sponsors, a few words
// over the tiers its theme's layout draws from data) introduces
// lectern's sponsors page: its title and text above the tiers, rather
// than the page hiding them.
func TestTypePageIntroducesSponsors(t *testing.T) {
	read, diags := buildSite(t, `-- config.toml --
title = "Conf"
-- content/sponsors.md --
---
title: Our sponsors
type: sponsors
---
Thanks to them.
-- content/sponsors/acme.md --
---
name: Acme
level: Gold
logo: /img/acme.png
url: https://acme.example/
---
Acme makes everything.
`)
	page := read("sponsors/index.html")
	for _, want := range []string{`<body class="kind-sponsors">`, "<h1>Our sponsors</h1>", "Thanks to them.", "https://acme.example/"} {
		if !strings.Contains(page, want) {
			t.Errorf("/sponsors/ lacks %q:\n%s", want, page)
		}
	}
	if joined := strings.Join(diags, "\n"); strings.Contains(joined, "is left out") {
		t.Errorf("a page or list is left out:\n%s", joined)
	}
}
