package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sectionsSite has two talks, two notes and two speakers, one a page, so
// that each index has two pages of one entry.
const sectionsSite = `-- config.toml --
title = "Sections"
base_url = "https://sections.example/"
[pagination]
per_page = 1
-- content/talks/a.md --
---
title: Talk A
date: 2026-06-11 10:00
speakers: [Ada Lovelace]
---
A.
-- content/talks/b.md --
---
title: Talk B
date: 2026-06-11 11:00
speakers: [Grace Hopper]
---
B.
-- content/notes/n1.md --
---
title: Note one
date: 2026-06-01
---
One.
-- content/notes/n2.md --
---
title: Note two
date: 2026-06-02
---
Two.
`

// TestSectionIndexes builds a site with and without a page of the
// author's at each index's URL: lectern's index, its lede counting what
// it lists, or the author's page there, with neither a warning nor a
// second page of lectern's index beside it; or, for a Hugo-style
// _index.md, lectern's index introduced by it: its title and text above
// the list, on the first page only.
func TestSectionIndexes(t *testing.T) {
	const intro = "---\ntitle: Our own heading\ndescription: What the intro says of it.\n---\nHand-picked.\n"
	for _, tt := range []struct {
		name string
		// file is the author's page, "" for none; out is the index's
		// output and want what it holds. listed says lectern's index is
		// still made (page 2 exists).
		file, text, out string
		want            []string
		listed          bool
	}{
		{name: "talks", out: "talks/index.html", want: []string{`<p class="lede">2 talks</p>`}, listed: true},
		{name: "notes", out: "notes/index.html", want: []string{`<p class="lede">2 notes</p>`}, listed: true},
		{name: "speakers", out: "speakers/index.html", want: []string{`<p class="lede">2 people</p>`}, listed: true},
		{name: "talks/index.md", file: "content/talks/index.md", text: intro, out: "talks/index.html", want: []string{"Hand-picked."}},
		{name: "speakers/index.md", file: "content/speakers/index.md", text: intro, out: "speakers/index.html", want: []string{"Hand-picked."}},
		{name: "a page with a url", file: "content/programme.md", text: "---\ntitle: Programme\nurl: /talks/\n---\nHand-picked.\n", out: "talks/index.html", want: []string{"Hand-picked."}},
		{name: "notes/_index.md", file: "content/notes/_index.md", text: intro, out: "notes/index.html", listed: true,
			want: []string{"<h1>Our own heading</h1>", `<p class="lede">2 notes</p>`, `<div class="prose intro"><p>Hand-picked.</p>`, "<title>Our own heading · Sections</title>", `content="What the intro says of it."`, "Note two"}},
		{name: "talks/_index.md", file: "content/talks/_index.md", text: intro, out: "talks/index.html", listed: true,
			want: []string{"<h1>Our own heading</h1>", `<p class="lede">2 talks</p>`, "Hand-picked.", "Talk A"}},
		{name: "speakers/_index.md", file: "content/speakers/_index.md", text: intro, out: "speakers/index.html", listed: true,
			want: []string{"<h1>Our own heading</h1>", `<p class="lede">2 people</p>`, "Hand-picked.", "Ada Lovelace"}},
		{name: "_index.md at the top", file: "content/_index.md", text: intro, out: "index.html", listed: true,
			want: []string{"<h1>Sections</h1>", "Hand-picked.", `content="What the intro says of it."`, "Talk A"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			archive := sectionsSite
			if tt.file != "" {
				archive += "-- " + tt.file + " --\n" + tt.text
			}
			dir := writeSite(t, archive)
			dest := filepath.Join(t.TempDir(), "public")
			_, diags := Build(context.Background(), Options{Source: dir, Dest: dest})
			if len(diags) > 0 {
				t.Errorf("diagnostics %q, want none", diags.Strings())
			}
			body, err := os.ReadFile(filepath.Join(dest, tt.out))
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tt.want {
				if !strings.Contains(string(body), want) {
					t.Errorf("%s does not hold %q", tt.out, want)
				}
			}
			second := filepath.Join(dest, filepath.Dir(tt.out), "page", "2", "index.html")
			page2, err := os.ReadFile(second)
			if (err == nil) != tt.listed {
				t.Errorf("page 2 of lectern's index exists: %v, want %v", err == nil, tt.listed)
			}
			if strings.Contains(string(page2), "Hand-picked.") {
				t.Errorf("page 2 of the index shows the intro, which belongs to page 1 only")
			}
		})
	}
}

// TestIntroEditInPreview edits an _index.md introducing the notes index
// in a Session: the index shows the new title and text at once, every
// output equals a fresh build's, and the intro has no output of its own.
func TestIntroEditInPreview(t *testing.T) {
	dir, s := startSession(t, sectionsSite+"-- content/notes/_index.md --\n---\ntitle: Our notes\n---\nHand-picked.\n")
	ctx := context.Background()
	for i, text := range []string{
		"---\ntitle: Our notes\n---\nPicked by hand, again.\n",
		"---\ntitle: Notes we kept\n---\nPicked by hand, again.\n",
	} {
		write(t, dir, "content/notes/_index.md", text)
		_, diags := s.Rebuild(ctx, []string{"content/notes/_index.md"})
		out, ok := s.Output("notes/index.html")
		if !ok {
			t.Fatalf("edit %d: notes/index.html is missing", i)
		}
		for _, want := range []string{"Picked by hand, again.", `<p class="lede">2 notes</p>`} {
			if !strings.Contains(string(out.Body), want) {
				t.Errorf("edit %d: notes/index.html does not hold %q", i, want)
			}
		}
		sameAsFullBuild(t, s, dir, diags)
	}
	if out, _ := s.Output("notes/index.html"); !strings.Contains(string(out.Body), "<h1>Notes we kept</h1>") {
		t.Errorf("the index's heading is not the intro's new title")
	}
	if _, ok := s.Output("notes/_index/index.html"); ok {
		t.Errorf("the intro has an output of its own")
	}
}

// TestEventsIndex builds sites of one, three and eight events: the
// events index lists two or more, newest first, and the menu links it;
// the home page names every event up to six, by date, and the newest six
// of more with a link to the index.
func TestEventsIndex(t *testing.T) {
	site := func(n int) string {
		var b strings.Builder
		b.WriteString("-- config.toml --\ntitle = \"Series\"\n")
		for i := range n {
			fmt.Fprintf(&b, "-- content/events/e%d.md --\n---\ntitle: Meetup %d\ndate: 2026-%02d-10\nvenue: Hall %d\n---\nMeetup %d.\n", i+1, i+1, i+1, i+1, i+1)
		}
		b.WriteString("-- content/talks/a.md --\n---\ntitle: Talk A\ndate: 2026-01-10 19:00\nevent: e1\nspeakers: [Ada Lovelace]\n---\nA.\n")
		return b.String()
	}
	for _, tt := range []struct {
		events int
		// index is the events index's titles in order, nil for none;
		// home those page 1 of home names; more its link to the index.
		index, home []string
		more        bool
	}{
		{events: 1, home: []string{"Meetup 1"}},
		{events: 3, index: []string{"Meetup 3", "Meetup 2", "Meetup 1"}, home: []string{"Meetup 1", "Meetup 2", "Meetup 3"}},
		{events: 8, index: []string{"Meetup 8", "Meetup 7", "Meetup 6", "Meetup 5", "Meetup 4", "Meetup 3", "Meetup 2", "Meetup 1"},
			home: []string{"Meetup 3", "Meetup 4", "Meetup 5", "Meetup 6", "Meetup 7", "Meetup 8"}, more: true},
	} {
		t.Run(fmt.Sprint(tt.events), func(t *testing.T) {
			dir := writeSite(t, site(tt.events))
			dest := filepath.Join(t.TempDir(), "public")
			if _, diags := Build(context.Background(), Options{Source: dir, Dest: dest}); diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			page, err := os.ReadFile(filepath.Join(dest, "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			home := string(page)
			index, err := os.ReadFile(filepath.Join(dest, "events", "index.html"))
			if (err == nil) != (tt.index != nil) {
				t.Fatalf("events/index.html exists: %v, want %v", err == nil, tt.index != nil)
			}
			if got := strings.Contains(home, `<a href="/events/">Events</a>`); got != (tt.index != nil) {
				t.Errorf("the menu links the events index: %v, want %v", got, tt.index != nil)
			}
			if tt.index != nil {
				if got := titlesIn(string(index), `class="item-title" href="/events/`); !slices.Equal(got, tt.index) {
					t.Errorf("events index lists %q, want %q", got, tt.index)
				}
				if !strings.Contains(string(index), "Hall 1") || !strings.Contains(string(index), "1 talk") {
					t.Errorf("events index does not show the venue and talks of Meetup 1")
				}
			}
			_, hero, _ := strings.Cut(home, `<header class="hero">`)
			hero, _, _ = strings.Cut(hero, "</header>")
			if got := titlesIn(hero, `<li><a href="/events/`); !slices.Equal(got, tt.home) {
				t.Errorf("home names %q, want %q", got, tt.home)
			}
			if got := strings.Contains(hero, fmt.Sprintf("All %d events", tt.events)); got != tt.more {
				t.Errorf("home links all events: %v, want %v", got, tt.more)
			}
		})
	}
}

// titlesIn returns the link texts of the links in html that start with
// prefix, in order.
func titlesIn(html, prefix string) []string {
	var out []string
	for _, part := range strings.Split(html, prefix)[1:] {
		_, rest, _ := strings.Cut(part, ">")
		text, _, _ := strings.Cut(rest, "<")
		out = append(out, text)
	}
	return out
}
