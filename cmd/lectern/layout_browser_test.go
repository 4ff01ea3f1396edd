package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// headerRows says where the header's parts are: whether the search box
// shares the title's row, whether the first menu link does, and how many
// rows the menu's links take.
const headerRows = `(() => {
	const mid = e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; };
	const title = document.querySelector(".site-title").getBoundingClientRect();
	const onTitleRow = e => { const m = mid(e); return m >= title.top && m <= title.bottom; };
	const links = [...document.querySelectorAll(".site-nav a")];
	return {
		search: onTitleRow(document.querySelector(".site-search")),
		nav: onTitleRow(links[0]),
		rows: new Set(links.map(a => Math.round(a.getBoundingClientRect().top))).size,
	};
})()`

// header is what headerRows returns.
type header struct {
	Search bool `json:"search"`
	Nav    bool `json:"nav"`
	Rows   int  `json:"rows"`
}

// TestBrowserHeaderRows loads the header of a site with a long menu (the
// example site's eight links) and of one with a short menu at desktop and
// tablet widths: the search box always stays on the title's row; a short
// menu shares it too, and a long one takes the row under them, whole,
// rather than leaving the search box alone on a row of its own.
func TestBrowserHeaderRows(t *testing.T) {
	ctx := browser(t)
	long := serveExample(t)
	short := serveSite(t, map[string]string{
		"config.toml":        "title = \"A blog\"\n",
		"content/notes/a.md": "---\ntitle: A note\ndate: 2026-01-02\ntags: [go]\n---\nText.\n",
	})
	for _, tc := range []struct {
		name, base string
		width      int64
		want       header
	}{
		{"long menu", long, 1280, header{Search: true, Nav: false, Rows: 1}},
		{"long menu", long, 1024, header{Search: true, Nav: false, Rows: 1}},
		{"long menu", long, 800, header{Search: true, Nav: false, Rows: 1}},
		{"short menu", short, 1280, header{Search: true, Nav: true, Rows: 1}},
		{"short menu", short, 800, header{Search: true, Nav: true, Rows: 1}},
	} {
		var got header
		err := chromedp.Run(ctx,
			chromedp.EmulateViewport(tc.width, 900),
			chromedp.Navigate(tc.base+"/"),
			chromedp.WaitReady("body"),
			chromedp.Evaluate(headerRows, &got),
		)
		if err != nil {
			t.Fatalf("%s at %dpx: %v", tc.name, tc.width, err)
		}
		if got != tc.want {
			t.Errorf("%s at %dpx: search box on the title's row %v, links on it %v, links in %d rows; want %v, %v, %d",
				tc.name, tc.width, got.Search, got.Nav, got.Rows, tc.want.Search, tc.want.Nav, tc.want.Rows)
		}
	}
}

// serveSite writes files into a new site folder, builds it and serves the
// output as a static host would, until the test ends; it returns the base
// URL.
func serveSite(t *testing.T, files map[string]string) string {
	t.Helper()
	return serveBuilt(t, checkSite(t, files))
}

// TestBrowserEventListLines loads the home page of a site of evening
// meetups at phone and desktop widths: each event in the hero's list
// shows its name, then its day, time and place as one run of text, not
// stacked a line each with the place starting a line of its own.
func TestBrowserEventListLines(t *testing.T) {
	ctx := browser(t)
	base := serveSite(t, map[string]string{
		"config.toml":            "title = \"Meetups\"\ntimezone = \"Europe/Prague\"\n",
		"content/events/june.md": "---\nname: June meetup\nstart: 2026-06-10 18:00\nvenue: The Raven, Main Street 1\n---\n",
		"content/events/july.md": "---\nname: July meetup\nstart: 2026-07-08 18:00\nvenue: The Raven, Main Street 1\n---\n",
		"content/talks/a.md":     "---\ntitle: Pub quiz\nevent: june\nspeakers: [Ada Lovelace]\n---\n",
		"content/talks/b.md":     "---\ntitle: Lightning talks\nevent: july\nspeakers: [Grace Hopper]\n---\n",
	})
	const rows = `[...document.querySelectorAll(".event-list li")].map(li => {
		const top = s => { const e = li.querySelector(s); return e ? Math.round(e.getBoundingClientRect().top) : -1; };
		return [top("a"), top(".when-day"), top(".when-time")];
	})`
	for _, width := range []int64{390, 1280} {
		var got [][]int
		err := chromedp.Run(ctx,
			chromedp.EmulateViewport(width, 900),
			chromedp.Navigate(base+"/"),
			chromedp.WaitReady("body"),
			chromedp.Evaluate(rows, &got),
		)
		if err != nil {
			t.Fatalf("at %dpx: %v", width, err)
		}
		if len(got) != 2 {
			t.Fatalf("at %dpx: %d events listed on the home page, want 2", width, len(got))
		}
		for i, r := range got {
			name, day, at := r[0], r[1], r[2]
			if day < 0 || at < 0 || day != at || day <= name {
				t.Errorf("at %dpx, event %d: name at %d, day at %d, time at %d; want the day and time on one line under the name", width, i+1, name, day, at)
			}
		}
	}
}

// TestBrowserSpriteIconsTextSized loads a page whose HTML names icons of
// a sprite the site's own layout would define (<svg><use
// href="#twitter-icon"/></svg> in each of a team's links, as Jekyll
// themes' includes write them): each is drawn at about the size of the
// text, not at SVG's default 300 × 150, which left a screen of blank
// space between the cards of a team page.
func TestBrowserSpriteIconsTextSized(t *testing.T) {
	ctx := browser(t)
	base := serveSite(t, map[string]string{
		"config.toml": "title = \"Conf\"\n",
		"content/organizers.md": "---\ntitle: Organizers\n---\n" +
			"<ul class=\"social-icons\"><li><a class=\"twitter\" href=\"https://twitter.com/ada\"><svg class=\"twitter-icon\"><use xlink:href=\"#twitter-icon\"/></svg></a></li>" +
			"<li><a href=\"https://example.org/\"><svg class=\"social-icon\"><use href=\"#web-icon\"></use></svg></a></li></ul>\n",
	})
	var sizes [][2]float64
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(390, 900),
		chromedp.Navigate(base+"/organizers/"),
		chromedp.WaitReady("body"),
		chromedp.Evaluate(`[...document.querySelectorAll(".prose svg")].map(s => { const r = s.getBoundingClientRect(); return [r.width, r.height]; })`, &sizes),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(sizes) != 2 {
		t.Fatalf("the page shows %d icons, want 2", len(sizes))
	}
	for i, s := range sizes {
		if s[0] > 40 || s[1] > 40 {
			t.Errorf("icon %d is drawn %.0f × %.0f px, want the size of the text", i, s[0], s[1])
		}
	}
}
