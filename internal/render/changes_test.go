package render

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/themes"
)

// emptyHref finds a link or resource without an address: href="" as
// rendered, before minifying.
var emptyHref = regexp.MustCompile(`(?:href|src)=""`)

func TestNoEmptyLinks(t *testing.T) {
	s := fixture()
	// A note's author who gives no talk has no page of their own.
	for _, p := range s.Notes {
		p.Authors = append(p.Authors, &site.Speaker{Person: content.Person{Name: "Marta Silva", Slug: "marta-silva"}})
	}
	for path, o := range renderAll(t, themes.Default(), s) {
		if loc := emptyHref.FindIndex(o.Body); loc != nil {
			from := max(0, loc[0]-120)
			t.Errorf("%s has an empty address: …%s…", path, o.Body[from:loc[1]])
		}
		if strings.HasSuffix(path, "feed.xml") && strings.Contains(string(o.Body), "<uri>https://conf.example.org/</uri>") {
			t.Errorf("%s gives a person without a page the site's address", path)
		}
	}
}

func TestTalkChanges(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2017, 8, 16, h, 0, 0, 0, time.FixedZone("", -5*3600)) }
	for _, tc := range []struct {
		name   string
		edit   func(p *site.Page)
		page   []string // shown on the talk's page
		ics    []string // in its calendar
		notICS []string
	}{
		{"as planned", func(*site.Page) {}, nil, nil, []string{"STATUS:"}},
		{"cancelled", func(p *site.Page) { p.Status = site.Cancelled },
			[]string{`<p class="talk-change"><strong class="change change-cancelled">Cancelled</strong></p>`},
			[]string{"STATUS:CANCELLED\r\n"}, nil},
		{"moved", func(p *site.Page) { p.Status = site.Moved },
			[]string{`<strong class="change change-moved">Moved</strong></p>`}, nil, []string{"STATUS:"}},
		{"moved since the last build", func(p *site.Page) { p.MovedFrom = &site.Placement{Start: at(10), Room: "Room 1"} },
			[]string{`<strong class="change change-moved">Moved</strong> <span class="change-from">from <time datetime="2017-08-16T10:00:00-05:00">10:00</time>, Room 1</span>`}, nil, nil},
		{"moved from another day", func(p *site.Page) { p.MovedFrom = &site.Placement{Start: at(10).AddDate(0, 0, -1)} },
			[]string{`from <time datetime="2017-08-15T10:00:00-05:00">Tue 15 Aug, 10:00</time></span>`}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := fixture()
			var talk *site.Page
			for _, p := range s.Talks {
				if p.Doc.Slug == "taking-django-distributed" {
					talk = p
				}
			}
			tc.edit(talk)
			outs := renderAll(t, themes.Default(), s)
			page := string(outs["talks/taking-django-distributed/index.html"].Body)
			for _, want := range tc.page {
				if !strings.Contains(page, want) {
					t.Errorf("the talk page lacks %q", want)
				}
			}
			if len(tc.page) == 0 && strings.Contains(page, "talk-change") {
				t.Errorf("the talk page shows a change that did not happen")
			}
			for _, file := range []string{"talks/taking-django-distributed/taking-django-distributed.ics"} {
				cal := string(outs[file].Body)
				for _, want := range tc.ics {
					if !strings.Contains(cal, want) {
						t.Errorf("%s lacks %q", file, want)
					}
				}
				for _, not := range tc.notICS {
					if strings.Contains(cal, not) {
						t.Errorf("%s has %q", file, not)
					}
				}
			}
		})
	}
}

// programme is a small event with a break, a cancelled talk and a talk,
// under base_url base.
func programme(base string) map[string]string {
	return map[string]string{
		"config.toml":            "title = \"Conf\"\nbase_url = \"" + base + "\"\n",
		"content/events/conf.md": "---\nname: Conf\nstart: 2026-06-11\nend: 2026-06-11\nrooms: [A, B]\n---\nOne day.\n",
		"content/talks/lunch.md": "---\ntitle: Lunch\ndate: 2026-06-11 12:00\nduration: 1h\nevent: conf\n---\nOn the terrace.\n",
		"content/talks/go.md":    "---\ntitle: Go\ndate: 2026-06-11 10:00\nduration: 45m\nroom: A\nevent: conf\nspeakers: [Ada Lovelace]\nstatus: cancelled\n---\nGenerics.\n",
		"content/talks/rust.md":  "---\ntitle: Rust\ndate: 2026-06-11 10:00\nduration: 45m\nroom: B\nevent: conf\nspeakers: [Ben Kraus]\n---\nTraits.\n",
	}
}

func TestProgrammeChangesAndBreaks(t *testing.T) {
	outs := renderSite(t, programme("https://conf.example.org/"))
	has := func(path string, want ...string) {
		t.Helper()
		o, ok := outs[path]
		if !ok {
			t.Errorf("%s is missing", path)
			return
		}
		for _, w := range want {
			if !strings.Contains(string(o.Body), w) {
				t.Errorf("%s lacks %q", path, w)
			}
		}
	}
	hasNot := func(path string, not ...string) {
		t.Helper()
		for _, n := range not {
			if strings.Contains(string(outs[path].Body), n) {
				t.Errorf("%s has %q", path, n)
			}
		}
	}
	for path := range outs {
		if strings.HasPrefix(path, "talks/lunch/") {
			t.Errorf("the break has an output of its own: %s", path)
		}
	}
	has("events/conf/schedule/index.html", "<h3 class=\"session-title\">Lunch</h3>", "session-cancelled",
		`<p class="session-change"><strong class="change change-cancelled">Cancelled</strong></p>`)
	has("events/conf/schedule.ics", "SUMMARY:Go\r\nSTATUS:CANCELLED\r\n", "SUMMARY:Rust\r\n")
	hasNot("events/conf/schedule.ics", "SUMMARY:Lunch")
	has("events/conf/schedule.json", `"title":"Lunch"`, `"type":"break"`)
	has("events/conf/schedule.xml", "<title>Lunch</title>", "<type>break</type>")
	has("index.html", `<span class="item-title item-break">Lunch</span>`, `Go</a> <strong class="change change-cancelled">Cancelled</strong>`)
	hasNot("feed.xml", "Lunch")
	hasNot("sitemap.xml", "/talks/lunch/")
	hasNot("events/conf/index.html", `href="/talks/lunch/"`)
}

func TestSubscribeLink(t *testing.T) {
	for _, tc := range []struct {
		base, want string
	}{
		{"https://conf.example.org/", `href="webcal://conf.example.org/events/conf/schedule.ics"`},
		{"http://conf.example.org/sub/", `href="webcal://conf.example.org/sub/events/conf/schedule.ics"`},
		{"", ""},
	} {
		t.Run(tc.base, func(t *testing.T) {
			outs := renderSite(t, programme(tc.base))
			// The site's /schedule/ is the event's, with its calendar.
			for _, path := range []string{"events/conf/index.html", "events/conf/schedule/index.html", "schedule/index.html"} {
				body := string(outs[path].Body)
				if tc.want == "" {
					if strings.Contains(body, "webcal:") {
						t.Errorf("%s offers a subscription without base_url", path)
					}
				} else if !strings.Contains(body, tc.want) {
					t.Errorf("%s lacks %s", path, tc.want)
				}
			}
		})
	}
}

func TestInitials(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Ada Lovelace", "AL"},
		{"Ada", "A"},
		{"josé maría garcía-lópez", "JG"},
		{"Ludwig van Beethoven", "LB"},
		{"  Ada   Lovelace  ", "AL"},
		{"Ryan Cheley (he/him)", "RH"},
		{"— Ada", "A"},
		{"", "?"},
		{"Ω", "Ω"},
	} {
		if got := initials(tc.name); got != tc.want {
			t.Errorf("initials(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestUndatedNoteInFeed(t *testing.T) {
	s := fixture()
	changed := time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)
	undated := &site.Page{
		Doc: content.Document{
			File: "content/notes/undated.md", Path: "notes/undated.md", Kind: content.KindNote,
			Title: "Undated thoughts", Slug: "undated", Updated: changed,
		},
		URL: "/notes/undated/", Output: "notes/undated/index.html",
	}
	undated.SetContent("<p>Thoughts.</p>")
	s.Notes = append(s.Notes, undated)
	s.Pages = append(s.Pages, undated)
	feed := string(renderAll(t, themes.Default(), s)["feed.xml"].Body)
	entry := feed[strings.Index(feed, "<title>Undated thoughts</title>"):]
	entry = entry[:strings.Index(entry, "</entry>")]
	if !strings.Contains(entry, "<updated>2021-03-04T05:06:07Z</updated>") || strings.Contains(entry, "<published>") {
		t.Errorf("the undated note's entry is not dated by its last change alone:\n%s", entry)
	}
}
