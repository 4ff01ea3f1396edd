package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dataSite keeps its programme in data files: sessions and people as
// records, a page adding to a session, a schedule grid, a reading list
// inside content/, and a footer reading .Site.Data.
const dataSite = `
-- config.toml --
title = "Data conf"
-- data/Session/S1.yml --
title: Records all the way
code: S1
speakers: [P1]
abstract: The **body** of the session.
-- data/Person/P1.yml --
name: Ada Example
-- data/schedule.yml --
- date: "2024-05-01"
  tracks: [{title: Main}, {title: Side}]
  timeslots:
    - {startTime: "09:00", endTime: "09:30", talkIds: [S1, T2]}
    - {startTime: "09:30", endTime: "10:00", talkIds: [Coffee]}
-- data/events/2024/main.yml --
sponsor: Acme Widgets
-- content/talks/second.md --
---
id: T2
title: The second talk
speakers: [Bo]
---
Body of the second talk.
-- content/reading/_meta.toml --
[[readings]]
title = "A Wizard of Earthsea"
authors = ["Ursula K. Le Guin"]
rating = 5
-- layouts/partials/footer.html --
<footer>{{(index .Site.Data.events "2024").main.sponsor}}</footer>
`

// TestBuildData builds dataSite: records are pages with their speakers,
// the grid gives them times and rooms, the break is in the programme,
// templates read .Site.Data, and no data file is published.
func TestBuildData(t *testing.T) {
	src := writeSite(t, dataSite)
	dest := filepath.Join(t.TempDir(), "out")
	_, diags := Build(context.Background(), Options{Source: src, Dest: dest})
	if diags.HasErrors() {
		t.Fatalf("build failed:\n%s", strings.Join(diags.Strings(), "\n"))
	}
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(p)))
		if err != nil {
			t.Fatalf("%s not written: %v", p, err)
		}
		return string(b)
	}
	talk := read("talks/records-all-the-way/index.html")
	for _, want := range []string{"Records all the way", "<strong>body</strong>", "Ada Example", "Main", "Acme Widgets"} {
		if !strings.Contains(talk, want) {
			t.Errorf("the session's page lacks %q", want)
		}
	}
	schedule := read("schedule/index.html")
	for _, want := range []string{"Records all the way", "The second talk", "Coffee", "09:30"} {
		if !strings.Contains(schedule, want) {
			t.Errorf("the schedule lacks %q", want)
		}
	}
	if !strings.Contains(read("reading/index.html"), "A Wizard of Earthsea") {
		t.Errorf("/reading/ lacks the book of content/reading/_meta.toml")
	}
	filepath.WalkDir(dest, func(p string, d os.DirEntry, err error) error {
		switch filepath.Ext(p) {
		case ".yml", ".yaml", ".toml":
			t.Errorf("a data file was published: %s", p)
		}
		return nil
	})
}

// A conference whose whole programme is an export dropped into data/
// needs no content folder: the export's talks are the site.
func TestBuildFromAnExportAlone(t *testing.T) {
	example := filepath.Join(t.TempDir(), "example")
	if _, diags := Build(context.Background(), Options{Source: "../..", Dest: example}); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	src := t.TempDir()
	write(t, src, "config.toml", "title = \"From an export\"\nbase_url = \"https://x.example.org/\"\n")
	frab, err := os.ReadFile(filepath.Join(example, "schedule.json"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, src, "data/schedule.json", string(frab))
	dest := filepath.Join(t.TempDir(), "out")
	res, diags := Build(context.Background(), Options{Source: src, Dest: dest})
	if diags.HasErrors() {
		t.Fatalf("build failed:\n%s", strings.Join(diags.Strings(), "\n"))
	}
	if res.Pages == 0 {
		t.Fatal("no page built from the export")
	}
	b, err := os.ReadFile(filepath.Join(dest, "schedule", "index.html"))
	if err != nil || !strings.Contains(string(b), "Incident Reviews Without Blame") {
		t.Errorf("the schedule lacks the export's talks (%v)", err)
	}
	// The same site without data/ is still an error: nothing to build.
	os.RemoveAll(filepath.Join(src, "data"))
	if _, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out2")}); !diags.HasErrors() {
		t.Error("a site with neither content/ nor data/ built")
	}
}

// TestSessionPageEditsKeepTheDataFiles edits a page of dataSite again and
// again in a session: its data files, read once, are joined with each
// new set of pages, and every output is still a fresh build's. A join
// that changed the records it was given would show the first edit's
// title after the second.
func TestSessionPageEditsKeepTheDataFiles(t *testing.T) {
	dir, s := startSession(t, dataSite)
	ctx := context.Background()
	const file = "content/talks/second.md"
	for _, title := range []string{"Edited once", "Edited twice", "The second talk"} {
		edit(t, dir, file, "---\nid: T2\ntitle: "+title+"\nspeakers: [Bo, Ada Example]\n---\nBody of the second talk.\n")
		_, diags := s.Rebuild(ctx, []string{file})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		sameAsFullBuild(t, s, dir, diags)
	}
	if s.data == nil || !s.joinedLast {
		t.Errorf("the session kept no read of the data files")
	}
}

// TestSessionDataSiteEditsInPlace edits the pages of a site whose data
// files add talks, people, a schedule and a reading list: an edit that
// leaves what the data files add to every other page as it was is
// patched or moved in the last model, joined as a build joins it (the
// slot's time and room, the record's person); one that changes it (the
// slot no longer finds the talk, a record merges with the page, even
// one adding nothing to it: its own page goes) is built. After each, every output and diagnostic must be a fresh
// build's.
func TestSessionDataSiteEditsInPlace(t *testing.T) {
	site := dataSite + `-- data/Session/S5.yml --
title: A record alone
code: S5
-- content/talks/third.md --
---
title: A third talk
date: 2024-05-01T11:00:00
room: Side
speakers: [Ada Example]
---
Body of the third talk.
`
	dir, s := startSession(t, site)
	ctx := context.Background()
	const second, third = "content/talks/second.md", "content/talks/third.md"
	page := func(fields string) string {
		return "---\n" + fields + "---\nBody of the second talk.\n"
	}
	for _, tc := range []struct {
		name, file, text string
		want             string // "patch", "move" or "build"
	}{
		{"a title, the slot still placing it", second, page("id: T2\ntitle: Retitled\nspeakers: [Bo]\n"), "patch"},
		{"a body", second, strings.Replace(page("id: T2\ntitle: Retitled\nspeakers: [Bo]\n"), "Body", "The body", 1), "patch"},
		{"a slug", second, page("id: T2\ntitle: Retitled\nslug: moved-by-slug\nspeakers: [Bo]\n"), "move"},
		{"a person of the data files", second, page("id: T2\ntitle: Retitled\nslug: moved-by-slug\nspeakers: [Bo, Ada Example]\n"), "move"},
		{"a page of no record, retitled", third, strings.Replace(site[strings.Index(site, "---\ntitle: A third"):], "A third talk", "The third talk", 1), "patch"},
		{"an id no slot names: the slot finds nothing", second, page("id: T9\ntitle: Retitled\nspeakers: [Bo]\n"), "build"},
		{"the id back", second, page("id: T2\ntitle: Retitled\nspeakers: [Bo]\n"), "build"},
		{"the code of a record adding nothing: the record's page goes", third, strings.Replace(site[strings.Index(site, "---\ntitle: A third"):], "---\ntitle", "---\ncode: S5\ntitle", 1), "build"},
		{"the code of a record: one page with it", third, strings.Replace(site[strings.Index(site, "---\ntitle: A third"):], "---\ntitle", "---\ncode: S1\ntitle", 1), "build"},
		{"the record's page retitled", third, strings.Replace(site[strings.Index(site, "---\ntitle: A third"):], "---\ntitle: A third talk", "---\ncode: S1\ntitle: Merged", 1), "patch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit(t, dir, tc.file, tc.text)
			rb, diags := s.Rebuild(ctx, []string{tc.file})
			if diags.HasErrors() {
				t.Fatal(diags.Err())
			}
			got := "build"
			switch {
			case moved(rb):
				got = "move"
			case patched(rb):
				got = "patch"
			}
			if got != tc.want {
				t.Errorf("the edit took the %s path, want %s (stages %v)", got, tc.want, rb.Stages)
			}
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}
