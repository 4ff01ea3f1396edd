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
	if s.data == nil || !s.withData {
		t.Errorf("the session kept no read of the data files")
	}
}
