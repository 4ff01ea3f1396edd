package content

import (
	"reflect"
	"strings"
	"testing"
)

func TestTitleFallback(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		src      string
		title    string
		body     string
		bodyLine int
		diag     string
	}{
		{"ATX heading opening the body is plainly the title", "notes/a.md", "---\ndate: 2020-01-01\n---\n\n# Hello *world* #\n\nText.\n",
			"Hello world", "Text.\n", 7, ""},
		{"a heading's markup is not the title's", "notes/a.md", "# `lectern` [notes](https://x.org) **now** [![Build](https://ci/b.svg)](https://ci/)\n\nText.\n",
			"lectern notes now", "Text.\n", 3, ""},
		{"a heading that is a logo is its alternative text", "notes/a.md", "## ![Papers We Love](http://x.org/logo.svg)\n\nText.\n",
			"Papers We Love", "Text.\n", 3, ""},
		{"underscore emphasis is not the title's", "notes/a.md", "# _Keys Under Doormats_ Background\n\nText.\n",
			"Keys Under Doormats Background", "Text.\n", 3, ""},
		{"snake_case stays", "notes/a.md", "# The read_file function\n\nText.\n",
			"The read_file function", "Text.\n", 3, ""},
		{"a level-2 heading is a fallback", "notes/a.md", "---\ndate: 2020-01-01\n---\n\n## Hello\n\nText.\n",
			"Hello", "Text.\n", 7,
			`content/notes/a.md:5:1: warning: no title, so the first heading "Hello" is used; add "title: …" to the front matter to choose one`},
		{"setext heading without front matter is plainly the title", "notes/a.md", "Hello\n=====\nText.\n",
			"Hello", "Text.\n", 3, ""},
		{"level-2 setext heading", "notes/a.md", "Hello\n-----\nText.\n",
			"Hello", "Text.\n", 3,
			`content/notes/a.md:1:1: warning: no title, so the first heading "Hello" is used; add "title: …" to the front matter to choose one`},
		{"first # heading without front matter is plainly the title", "notes/a.md", "\n# Papers &amp; notes\n\nText.\n",
			"Papers & notes", "Text.\n", 4, ""},
		{"first ## heading without front matter is plainly the title", "notes/a.md", "## Part one\n\nText.\n",
			"Part one", "Text.\n", 3, ""},
		{"first ### heading after blank lines, without front matter", "notes/a.md", "\n\n### Part two\n\nText.\n",
			"Part two", "Text.\n", 5, ""},
		{"first ## heading under front matter is a fallback", "notes/a.md", "---\ntags: [a]\n---\n## Part one\n\nText.\n",
			"Part one", "Text.\n", 6,
			`content/notes/a.md:4:1: warning: no title, so the first heading "Part one" is used; add "title: …" to the front matter to choose one`},
		{"# heading after a break is not plainly the title", "notes/a.md", "---\n\n# Hi\n",
			"Hi", "---\n\n\n", 1,
			`content/notes/a.md:3:1: warning: no title, so the first heading "Hi" is used; add "title: …" to the front matter to choose one`},
		{"heading after a thematic break keeps the break", "notes/a.md", "***\n## Hi\n\nText.\n",
			"Hi", "***\n\n\nText.\n", 1,
			`content/notes/a.md:2:1: warning: no title, so the first heading "Hi" is used; add "title: …" to the front matter to choose one`},
		{"entities in a title are decoded once", "notes/a.md", "---\ntitle: \"Q&amp;A&#58; &quot;why&quot; &amp;lt;\"\n---\n",
			"Q&A: \"why\" &lt;", "", 4, ""},
		{"entities in a heading taken as the title", "notes/a.md", "---\ndate: 2020-01-01\n---\n# Tom &amp; Jerry\n",
			"Tom & Jerry", "", 5, ""},
		{"short first line", "notes/a.md", "A short line\n\nText.\n",
			"A short line", "Text.\n", 3,
			`content/notes/a.md:1:1: warning: no title, so the first line "A short line" is used; add "title: …" to the front matter to choose one`},
		{"a first line's markup is not the title's", "notes/a.md", "A *short* `line`\n\nText.\n",
			"A short line", "Text.\n", 3,
			`content/notes/a.md:1:1: warning: no title, so the first line "A short line" is used; add "title: …" to the front matter to choose one`},
		{"a first line with a link is text, not a title", "notes/thick-data.md", "Notes moved to [b.md](./b.md)\n\n\n",
			"Thick data", "Notes moved to [b.md](./b.md)\n\n\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the file name "Thick data" is used; add "title: …" to the front matter to choose one`},
		{"a first line with a wikilink is text, not a title", "notes/hub.md", "Learning hub. [[Deliberate practice]]\n",
			"Hub", "Learning hub. [[Deliberate practice]]\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the file name "Hub" is used; add "title: …" to the front matter to choose one`},
		{"a first line with an address is text, not a title", "notes/see.md", "See https://x.org/a\n",
			"See", "See https://x.org/a\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the file name "See" is used; add "title: …" to the front matter to choose one`},
		{"a comment above the opening heading does not count", "notes/a.md", "<!-- Source: https://x.org/a -->\n# Coding fast\n\nText.\n",
			"Coding fast", "<!-- Source: https://x.org/a -->\n\n\nText.\n", 1, ""},
		{"a comment of several lines and blanks above the opening heading", "notes/a.md", "\n<!--\nfrom x\n-->\n\n# Coding fast\nText.\n",
			"Coding fast", "<!--\nfrom x\n-->\n\n\nText.\n", 2, ""},
		{"a date suffix is no part of the title", "notes/ViennaJS-2013-11-27.md", "* one\n",
			"ViennaJS", "* one\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the file name "ViennaJS" is used; add "title: …" to the front matter to choose one`},
		{"first line of a paragraph is not a title", "notes/my_first-note.md", "A short line\ncontinues here.\n",
			"My first note", "A short line\ncontinues here.\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the file name "My first note" is used; add "title: …" to the front matter to choose one`},
		{"list item is not a title", "notes/2020-01-02-list-of-things.md", "- one\n- two\n",
			"List of things", "- one\n- two\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the file name "List of things" is used; add "title: …" to the front matter to choose one`},
		{"index file takes its folder", "talks/big-keynote/index.md", "",
			"Big keynote", "", 1,
			`content/notes/a.md:1:1: warning: no title, so the file name "Big keynote" is used; add "title: …" to the front matter to choose one`},
		{"noise file name uses the first sentence", "notes/002_03c659c29ec7e8f4.txt", "Short sentence here. And more text follows it on this line that is long enough to skip a title line.\n",
			"Short sentence here", "Short sentence here. And more text follows it on this line that is long enough to skip a title line.\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the first sentence "Short sentence here" is used; add "title: …" to the front matter to choose one`},
		{"long sentence is cut at a word", "notes/12345.txt", "No matter whether you run a web app, search for gravitational waves, or maintain a backup script: it matters.\n",
			"No matter whether you run a web app, search for gravitational waves…", "No matter whether you run a web app, search for gravitational waves, or maintain a backup script: it matters.\n", 1,
			`content/notes/a.md:1:1: warning: no title, so the first sentence "No matter whether you run a web app, search for gravitational waves…" is used; add "title: …" to the front matter to choose one`},
		{"a section's intro with no title is its folder's, quietly", "my_notes/_index.md", "---\naliases: [/notes]\n---\n",
			"My notes", "", 4, ""},
		{"a language's section intro too, its text kept", "note/_index.fr.md", "---\naliases: [/fr/notes]\n---\nAll the notes\n",
			"Note", "All the notes\n", 4, ""},
		{"a section's intro opening with its title", "note/_index.md", "# Notes\n\nText.\n",
			"Notes", "Text.\n", 3, ""},
		{"the home's intro with an empty title takes the site's, quietly", "_index.md", "---\ntitle: \"\"\ntype: landing\n---\n",
			"Index", "", 5, ""},
		{"the home's intro keeps its opening heading as text", "_index.en.md", "---\ndate: 2020-01-01\n---\n## Hi\n",
			"Hi", "## Hi\n", 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/"+tt.path, []byte(tt.src), Options{})
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			if string(d.Body) != tt.body || d.BodyLine != tt.bodyLine {
				t.Errorf("body %q at line %d, want %q at line %d", d.Body, d.BodyLine, tt.body, tt.bodyLine)
			}
			// The table names every file content/notes/a.md for brevity.
			if tt.diag == "" {
				wantDiags(t, d)
				return
			}
			wantDiags(t, d, strings.Replace(tt.diag, "content/notes/a.md", "content/"+tt.path, 1))
		})
	}
}

func TestSpeakerPage(t *testing.T) {
	src := "---\nname: Andrew Godwin\nbio: Flies planes.\ncompany: Eventbrite\ntwitter: \"@andrewgodwin\"\nwebsite: http://www.aeracode.org\nphoto: ag.png\nlocation: London\n---\nLonger bio.\n"
	d := Parse("content/speakers/andrew.md", []byte(src), Options{})
	want := []Person{{Name: "Andrew Godwin", Slug: "andrew-godwin", Bio: "Flies planes.", Company: "Eventbrite",
		Twitter: "andrewgodwin", URL: "http://www.aeracode.org", Photo: "ag.png"}}
	if d.Kind != KindSpeaker || d.Title != "Andrew Godwin" || !reflect.DeepEqual(d.Speakers, want) {
		t.Errorf("kind %q title %q speakers\n%#v\nwant\n%#v", d.Kind, d.Title, d.Speakers, want)
	}
	if !reflect.DeepEqual(d.Params, map[string]any{"location": "London"}) {
		t.Errorf("params %#v: the person's fields must not be params", d.Params)
	}
	wantDiags(t, d)
}

// A speaker's name is their name and, beside it, a title is their job
// title (djangocon's presenters, Eleventy's speakers.json); a title alone,
// or one saying the name, is the name.
func TestSpeakerNameBeforeTitle(t *testing.T) {
	for _, tc := range []struct {
		src, name, role string
	}{
		{"name: Natalia Bidart\ntitle: Django Fellow\n", "Natalia Bidart", "Django Fellow"},
		{"name: Natalia Bidart\ntitle: Django Fellow\nrole: Fellow\n", "Natalia Bidart", "Fellow"},
		{"name: Adrienne Franke\ntitle: null\n", "Adrienne Franke", ""},
		{"title: Ada Lovelace\n", "Ada Lovelace", ""},
		{"title: Ada Lovelace\nname: ada lovelace\n", "ada lovelace", ""},
		{"title: Nelson Bighetti\nrole: Professor of AI\n", "Nelson Bighetti", "Professor of AI"},
	} {
		d := Parse("content/speakers/x.md", []byte("---\n"+tc.src+"---\nBio.\n"), Options{})
		if d.Title != tc.name || len(d.Speakers) == 0 || d.Speakers[0].Name != tc.name || d.Speakers[0].Role != tc.role {
			t.Errorf("%q: title %q, person %+v; want name %q, role %q", tc.src, d.Title, d.Speakers, tc.name, tc.role)
		}
		if _, kept := d.Params["title"]; kept && (tc.role != "" && !strings.Contains(tc.src, "role:") || strings.Contains(tc.src, "title: null")) {
			t.Errorf("%q: the title read as the role, or empty, stays in params", tc.src)
		}
	}
}

// Hugo Academic's author profile: organizations give the company, the
// social list of {icon, link} the accounts and web site, role the role.
func TestAcademicAuthor(t *testing.T) {
	src := `---
title: Ada Lovelace
role: Professor of Engines
organizations:
  - name: Analytical University
    url: https://example.edu
social:
  - {icon: envelope, icon_pack: fas, link: "mailto:ada@example.edu"}
  - {icon: twitter, icon_pack: fab, link: "https://twitter.com/ada"}
  - {icon: github, icon_pack: fab, link: "https://github.com/ada-l"}
  - {icon: mastodon, icon_pack: fab, link: "https://fosstodon.org/@ada"}
  - {icon: globe, link: "https://ada.example.org"}
---
Bio.
`
	d := Parse("content/authors/admin/_index.md", []byte(src), Options{})
	want := Person{Name: "Ada Lovelace", Slug: "ada-lovelace", Role: "Professor of Engines", Company: "Analytical University",
		Twitter: "ada", Github: "ada-l", Mastodon: "https://fosstodon.org/@ada", URL: "https://ada.example.org", Bio: "Bio."}
	if len(d.Speakers) == 0 || !reflect.DeepEqual(d.Speakers[0], want) {
		t.Errorf("person\n%#v\nwant\n%#v", d.Speakers, want)
	}
	if _, kept := d.Params["organizations"]; kept {
		t.Error("organizations read as the company stay in params")
	}
}

// A speaker record in Sessionize's names (Astro and Eleventy sites keep
// their Sessionize speakers so): fullName, or firstName and lastName,
// tagLine as the role, profilePicture as the photo.
func TestSessionizeNamedSpeaker(t *testing.T) {
	for _, src := range []string{
		`{"id": "ada", "fullName": "Ada Lovelace", "tagLine": "Engineer at Engines", "profilePicture": "https://s.example/ada.jpg"}`,
		`{"id": "ada", "firstName": "Ada", "lastName": "Lovelace", "tagLine": "Engineer at Engines", "profilePicture": "https://s.example/ada.jpg"}`,
	} {
		d := Parse("content/speakers/ada.json.md", []byte(src+"\n"), Options{})
		want := Person{Name: "Ada Lovelace", Slug: "ada-lovelace", Role: "Engineer at Engines", Photo: "https://s.example/ada.jpg"}
		if d.Title != "Ada Lovelace" || len(d.Speakers) == 0 || !reflect.DeepEqual(d.Speakers[0], want) {
			t.Errorf("%s: title %q, people %#v", src, d.Title, d.Speakers)
		}
	}
	// In a talk's list of people, too.
	d := Parse("content/talks/a.md", []byte("---\ntitle: T\nspeakers:\n  - {fullName: Ada Lovelace, tagLine: Engineer}\n---\n"), Options{})
	if len(d.Speakers) != 1 || d.Speakers[0].Name != "Ada Lovelace" || d.Speakers[0].Role != "Engineer" {
		t.Errorf("talk's people %#v", d.Speakers)
	}
}

// TestJobTitleBesideName: a speaker whose name is written in a field of
// its own (fullName, firstName and lastName) is called by it, and the
// "title" beside it is their job title, not their name.
func TestJobTitleBesideName(t *testing.T) {
	for _, src := range []string{
		`{"fullName": "Jessica Greene", "id": "SK-01", "title": "Software Engineer at Ecosia"}`,
		`{"firstName": "Jessica", "lastName": "Greene", "title": "Software Engineer at Ecosia"}`,
		`{"full_name": "Jessica Greene", "title": "Software Engineer at Ecosia"}`,
	} {
		d := Parse("content/speakers/jg.json.md", []byte(src+"\n"), Options{})
		if d.Title != "Jessica Greene" || len(d.Speakers) == 0 || d.Speakers[0].Role != "Software Engineer at Ecosia" {
			t.Errorf("%s: title %q, people %#v", src, d.Title, d.Speakers)
		}
		if _, kept := d.Params["title"]; kept {
			t.Errorf("%s: the job title stays in params", src)
		}
	}
	// Alone, a speaker's title is their name.
	if d := Parse("content/speakers/ada.md", []byte("---\ntitle: Ada Lovelace\n---\n"), Options{}); d.Title != "Ada Lovelace" {
		t.Errorf("title alone: %q", d.Title)
	}
}

func TestEntitiesInNames(t *testing.T) {
	src := "---\ntitle: x\nspeakers:\n- name: Zo&euml; &amp; Ada\n- Bj&#246;rn\n---\n"
	d := Parse("content/talks/a.md", []byte(src), Options{})
	var names []string
	for _, p := range d.Speakers {
		names = append(names, p.Name+"|"+p.Slug)
	}
	want := []string{"Zoë & Ada|" + Slugify("Zoë & Ada"), "Björn|" + Slugify("Björn")}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("speakers %q, want %q", names, want)
	}
}

func TestFolderTitle(t *testing.T) {
	for dir, want := range map[string]string{
		"posts":            "Posts",
		"my_guides":        "My guides",
		"blog/2024-talks":  "2024 talks",
		"über-uns":         "Über uns",
		"notes/2012-04-23": "2012-04-23",
	} {
		if got := FolderTitle(dir); got != want {
			t.Errorf("FolderTitle(%q) = %q, want %q", dir, got, want)
		}
	}
}

// A Jekyll post or collection document without a title is titled by its
// file name, as Jekyll titles it, without a warning; a page outside a
// collection, and a document opening with its title's heading, keep
// lectern's fallbacks.
func TestJekyllTitleFromName(t *testing.T) {
	for _, tc := range []struct {
		path, src, title string
		warned           bool
	}{
		{"_tabs/about.md", "---\nicon: fas fa-info\n---\nI write notes on talks.\n", "About", false},
		{"_posts/2024-05-01-gophercon-notes.md", "---\ntags: [go]\n---\nRhys talked.\n", "Gophercon Notes", false},
		{"_talks/opening_keynote.md", "---\nspeakers: [Ada]\n---\n", "Opening Keynote", false},
		{"_talks/b.md", "---\nspeakers: [Ada]\n---\n# Engines at scale\n\nText.\n", "Engines at scale", false},
		{"about.md", "---\nlayout: page\n---\nI write notes.\n", "I write notes.", true},
		{"_talks/2024-04-10-devnexus-coding.md", "---\nlayout: talk\n---\n\n<!-- Source: https://x.org/a -->\n# Coding Fast and Slow\n\nText.\n", "Coding Fast and Slow", false},
	} {
		t.Run(tc.path, func(t *testing.T) {
			doc := Parse(tc.path, []byte(tc.src), Options{KeepFront: true})
			if doc.Title != tc.title {
				t.Errorf("title %q, want %q", doc.Title, tc.title)
			}
			if warned := len(doc.Diags.Strings()) > 0; warned != tc.warned {
				t.Errorf("diagnostics %q, want warned=%v", doc.Diags.Strings(), tc.warned)
			}
		})
	}
	// Without KeepFront (not a Jekyll site) the first line is the title.
	if doc := Parse("_tabs/about.md", []byte("---\nicon: x\n---\nI write notes.\n"), Options{}); doc.Title != "I write notes." {
		t.Errorf("not Jekyll: title %q", doc.Title)
	}
}

// TestPeopleByReference: a talk's speakers written as mappings of one
// key naming a page (speakers: [{speaker: ado-kukic}]) are references to
// those people, as are Astro's references ({collection: speakers, id:
// grace}); a speaker's headline is their role; in a talk's list, a
// person's title beside their name is their job title.
func TestPeopleByReference(t *testing.T) {
	d := Parse("content/talks/a.md", []byte("---\ntitle: T\nspeakers:\n  - speaker: ado-kukic\n  - speaker: Noah Gift\n  - {fullName: Jessica Greene, title: Engineer at Ecosia}\n  - {collection: speakers, id: grace-hopper}\n  - {collection: speakers, slug: alan}\n---\n"), Options{})
	var got []string
	for _, p := range d.Speakers {
		got = append(got, p.Slug+"|"+p.Name+"|"+p.Role)
	}
	want := []string{"ado-kukic|Ado Kukic|", "noah-gift|Noah Gift|", "jessica-greene|Jessica Greene|Engineer at Ecosia", "grace-hopper|Grace Hopper|", "alan|Alan|"}
	if !reflect.DeepEqual(got, want) || len(d.Diags) > 0 {
		t.Errorf("speakers %q, diags %q; want %q", got, d.Diags.Strings(), want)
	}
	s := Parse("content/speakers/someone/index.md", []byte("---\ntitle: Someone Somewhere\nheadline: CEO of Flat Globe\n---\n"), Options{})
	if len(s.Speakers) == 0 || s.Speakers[0].Role != "CEO of Flat Globe" {
		t.Errorf("headline: %#v", s.Speakers)
	}
}

// On a Quartz site or an Obsidian vault a note without a title is titled
// by its file name as written, whatever opens its body, and says nothing.
func TestFileTitles(t *testing.T) {
	for _, c := range []struct{ name, path, src, title, body string }{
		{"hyphens and case kept", "Literature notes/Ericsson and Pool - Peak.md", "Text.\n", "Ericsson and Pool - Peak", "Text.\n"},
		{"lower case kept", "Areas/mental representations.md", "Text.\n", "mental representations", "Text.\n"},
		{"a first line stays text", "Areas/Learning.md", "Learning hub.\n\nMore.\n", "Learning", "Learning hub.\n\nMore.\n"},
		{"another heading stays", "Areas/Deep work.md", "# Why it matters\n\nText.\n", "Deep work", "# Why it matters\n\nText.\n"},
		{"the same heading goes", "Areas/Deep work.md", "# Deep work\n\nText.\n", "Deep work", "\n\nText.\n"},
		{"an index is its folder's", "Areas/Books/index.md", "Text.\n", "Books", "Text.\n"},
		{"a date prefix stays", "Journal/2024-05-01 Monday.md", "Text.\n", "2024-05-01 Monday", "Text.\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Parse("content/"+c.path, []byte(c.src), Options{FileTitles: true})
			if d.Title != c.title || string(d.Body) != c.body {
				t.Errorf("title %q body %q, want %q and %q", d.Title, d.Body, c.title, c.body)
			}
			wantDiags(t, d)
		})
	}
}
