package build

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// planSite has two pages of talks on the home page, the talks index and
// under tag x, a note, a speaker with a page of their own and one
// without, and no base_url, so no share cards or sitemap.
const planSite = `-- config.toml --
title = "Plan"
[pagination]
per_page = 2
-- content/speakers/ada-lovelace.md --
---
name: Ada Lovelace
company: Analytical
bio: Wrote the first program.
---
Long biography.
-- content/talks/t1.md --
---
title: Talk one
date: 2026-06-11 10:00
speakers: [Ada Lovelace]
tags: [x]
---
First paragraph of one.

Body of one.
-- content/talks/t2.md --
---
title: Talk two
date: 2026-06-11 11:00
speakers: [Grace Hopper]
tags: [x]
---
Body of two.
-- content/talks/t3.md --
---
title: Talk three
date: 2026-06-11 12:00
speakers: [Grace Hopper]
tags: [y]
---
Body of three.
-- content/notes/n.md --
---
title: A note
date: 2026-06-01
authors: [Ada Lovelace]
tags: [x]
---
Body of the note.
`

// TestPlanRendersExactlyWhatReadsTheChange: each edit, made after those
// before it, re-renders exactly the outputs that read what it changed,
// and every output is then what a fresh build gives.
func TestPlanRendersExactlyWhatReadsTheChange(t *testing.T) {
	dir, s := startSession(t, planSite)
	ctx := context.Background()
	// The outputs every front matter edit of a talk re-renders: its own
	// page, the feeds carrying it and the frab exports holding its
	// markdown, and those that sum up the whole site (page 1 of home, the
	// search index, the service worker). The HTML pages are rendered at
	// once; the rest, fetched when needed, is left stale until asked for
	// (whether the model is patched or built again).
	talkT1, carryT1 := []string{"talks/t1/index.html"}, []string{"feed.xml", "tags/x/feed.xml", "schedule.json", "schedule.xml"}
	site, siteFiles := []string{"index.html"}, []string{"search.json", "sw.js"}
	// The outputs listing talk one, which show its entry (view.Entry):
	// every field of its front matter, and its people and terms.
	listsT1, calendarsT1 := []string{"schedule/index.html", "tags/x/index.html", "talks/index.html", "speakers/ada-lovelace/index.html", "speakers/index.html"}, []string{"talks/t1/t1.ics", "schedule.ics"}
	for _, tc := range []struct {
		name, file, text string
		want             []string
		// stale, when set, are the outputs left to render when asked
		// for (a patch's), which sameAsFullBuild then asks for.
		stale []string
	}{{
		// A list entry holds the slides' link: the lists showing the
		// talk are rendered again, not those of other talks.
		name:  "slides",
		file:  "content/talks/t1.md",
		text:  "---\ntitle: Talk one\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\nslides: https://example.org/s\n---\nFirst paragraph of one.\n\nBody of one.\n",
		want:  concat(talkT1, site, listsT1),
		stale: concat(carryT1, siteFiles, calendarsT1),
	}, {
		// Lists show a speaker page's first paragraph, not the rest:
		// the edit is patched in, and no list page is rendered again.
		name: "a speaker page's body, which no list shows",
		file: "content/speakers/ada-lovelace.md",
		text: "---\nname: Ada Lovelace\ncompany: Analytical\nbio: Wrote the first program.\n---\nLong biography.\n\nA longer one.\n",
		want: []string{"speakers/ada-lovelace/index.html"},
	}, {
		name: "the body below the first paragraph",
		file: "content/talks/t1.md",
		text: "---\ntitle: Talk one\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\nslides: https://example.org/s\n---\nFirst paragraph of one.\n\nA new body of one.\n",
		// The feeds and exports are stale, rendered when asked for.
		want: []string{"talks/t1/index.html"},
	}, {
		// A title changes what the talk and the lists showing it show,
		// not where anything is: the model is patched, and the HTML
		// pages showing the talk are rendered at once (its own, page 1
		// of home, its tag's and speaker's pages, the speakers index,
		// the schedule); the search index, its feeds, calendars, frab
		// exports and the service worker when asked for.
		name:  "a title lists show",
		file:  "content/talks/t1.md",
		text:  "---\ntitle: Talk one, renamed\ndate: 2026-06-11 10:00\nspeakers: [Ada Lovelace]\ntags: [x]\nslides: https://example.org/s\n---\nFirst paragraph of one.\n\nA new body of one.\n",
		want:  concat(talkT1, site, listsT1),
		stale: concat(siteFiles, carryT1, calendarsT1),
	}, {
		name: "a speaker's company",
		file: "content/speakers/ada-lovelace.md",
		text: "---\nname: Ada Lovelace\ncompany: Difference\nbio: Wrote the first program.\n---\nLong biography.\n\nA longer one.\n",
		// Every page naming her shows her company (view.PersonRef).
		want:  concat(site, listsT1, []string{"talks/t1/index.html", "notes/n/index.html", "notes/index.html", "tags/x/page/2/index.html"}),
		stale: concat(siteFiles, calendarsT1, carryT1),
	}, {
		name: "a date that moves a talk to the second page",
		file: "content/talks/t1.md",
		text: "---\ntitle: Talk one, renamed\ndate: 2026-06-11 13:00\nspeakers: [Ada Lovelace]\ntags: [x]\nslides: https://example.org/s\n---\nFirst paragraph of one.\n\nA new body of one.\n",
		// The talk is now the site's newest, which stamps every feed,
		// and tag x lists it after talk two; the talks index, like the
		// home page, moves talk three to its first page. Talk two's
		// page, which shows tag x, is left alone.
		want:  concat(talkT1, site, []string{"schedule/index.html", "page/2/index.html", "talks/index.html", "talks/page/2/index.html", "speakers/ada-lovelace/index.html", "speakers/index.html", "tags/x/index.html"}),
		stale: concat(carryT1, siteFiles, calendarsT1, []string{"tags/y/feed.xml"}),
	}, {
		// The note's author is named on the home page, the notes index
		// and the tag's pages, and the note is listed on its authors'
		// pages and the speakers index. The people themselves are as
		// they were (an author merges no person), so the talk pages
		// and the schedule, which show them, are not rendered.
		name: "a note's author",
		file: "content/notes/n.md",
		text: "---\ntitle: A note\ndate: 2026-06-01\nauthors: [Grace Hopper]\ntags: [x]\n---\nBody of the note.\n",
		want: concat(site, []string{"notes/n/index.html", "notes/index.html", "tags/x/page/2/index.html",
			"speakers/ada-lovelace/index.html", "speakers/grace-hopper/index.html", "speakers/index.html"}),
		stale: concat(siteFiles, []string{"feed.xml", "tags/x/feed.xml"}),
	}, {
		// A slug moves the talk's page and its calendar: the new paths
		// are rendered at once even where their kind is left stale,
		// so that the site has every output a fresh build has, and the
		// old ones go. Every list and the speaker showing the talk
		// show its new link; the feeds, the exports, the search index
		// and the schedule's calendar are left stale.
		name:  "a slug that moves a talk",
		file:  "content/talks/t1.md",
		text:  "---\ntitle: Talk one, renamed\nslug: first\ndate: 2026-06-11 13:00\nspeakers: [Ada Lovelace]\ntags: [x]\nslides: https://example.org/s\n---\nFirst paragraph of one.\n\nA new body of one.\n",
		want:  concat(site, []string{"talks/first/index.html", "talks/first/first.ics", "page/2/index.html", "talks/page/2/index.html", "schedule/index.html", "tags/x/index.html", "speakers/ada-lovelace/index.html", "speakers/index.html"}),
		stale: concat(carryT1, siteFiles, []string{"schedule.ics"}),
	}, {
		// A tag new to the site adds a term: the tags index lists it
		// and page 1 of home counts the tags, as the later pages of
		// home, which show no taxonomy, do not: they stay.
		name: "a tag new to the site",
		file: "content/talks/t2.md",
		text: "---\ntitle: Talk two\ndate: 2026-06-11 11:00\nspeakers: [Grace Hopper]\ntags: [x, z]\n---\nBody of two.\n",
		want: concat(site, []string{"talks/t2/index.html", "talks/index.html", "schedule/index.html", "speakers/grace-hopper/index.html", "speakers/index.html",
			"tags/index.html", "tags/x/index.html", "tags/z/index.html", "tags/z/feed.xml"}),
	}, {
		// Talk three's page shows its speaker, who also gives talk
		// two, but not her talks: moving talk two leaves it alone.
		name: "a slug that moves a talk whose speaker gives another",
		file: "content/talks/t2.md",
		text: "---\ntitle: Talk two\nslug: second\ndate: 2026-06-11 11:00\nspeakers: [Grace Hopper]\ntags: [x, z]\n---\nBody of two.\n",
		want: concat(site, []string{"talks/second/index.html", "talks/second/second.ics", "talks/index.html", "schedule/index.html",
			"speakers/grace-hopper/index.html", "speakers/index.html", "tags/x/index.html", "tags/z/index.html"}),
	}} {
		t.Run(tc.name, func(t *testing.T) {
			edit(t, dir, tc.file, tc.text)
			rb, diags := s.Rebuild(ctx, []string{tc.file})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			got, want := slices.Sorted(slices.Values(rb.Rendered)), slices.Sorted(slices.Values(tc.want))
			if !slices.Equal(got, want) {
				t.Errorf("rendered\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
			if tc.stale != nil {
				if got, want := slices.Sorted(slices.Values(rb.Stale)), slices.Sorted(slices.Values(tc.stale)); !slices.Equal(got, want) {
					t.Errorf("stale\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
				}
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}

func concat(lists ...[]string) []string { return slices.Concat(lists...) }
