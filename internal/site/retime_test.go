package site

import (
	"context"
	"fmt"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// timedStructure is what Move may change of a model when a page moves
// in time or room, as a build decides it: structure, with every list
// that orders pages by date, time or room, the events' dates, the
// schedules laid out, the newest date, the moved page's dates and the
// diagnostics.
type timedStructure struct {
	structure
	Lists     []string
	Events    []string
	Schedules []string
	Updated   string
	Dates     []string
	People    []string
	Diags     []string
}

func timedStructureOf(s *Site, diags diag.List) timedStructure {
	st := timedStructure{structure: structureOf(s), Updated: s.Updated.String()}
	files := func(ps []*Page) string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Doc.File)
		}
		return strings.Join(out, ",")
	}
	for _, sp := range s.Speakers {
		st.Lists = append(st.Lists, "speaker "+sp.Slug+": "+files(sp.Talks)+" / "+files(sp.Notes))
	}
	for _, tax := range []*Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		for _, t := range tax.Terms {
			st.Lists = append(st.Lists, tax.Name+" "+t.Slug+" "+t.Name+" "+t.URL+": "+files(t.Pages))
		}
	}
	for _, e := range s.Events {
		st.Events = append(st.Events, fmt.Sprintf("%s %v %v: %s", e.Slug, e.Start, e.End, files(e.Talks)))
		if e.Schedule != nil {
			st.Schedules = append(st.Schedules, scheduleString(e.Schedule))
		}
	}
	if s.Schedule != nil {
		st.Schedules = append(st.Schedules, "main "+scheduleString(s.Schedule))
	}
	for _, p := range s.Pages {
		var tags []string
		for _, t := range p.Tags {
			tags = append(tags, t.Name)
		}
		st.Dates = append(st.Dates, fmt.Sprintf("%s %v %v %s %q %s %s %s %v", p.Doc.File, p.Doc.Date, p.Doc.End, p.Doc.Room, tags, termName(p.Track), termName(p.Format), termName(p.Level), p.Pageless))
	}
	slugs := func(sps []*Speaker) string {
		var out []string
		for _, sp := range sps {
			out = append(out, sp.Slug)
		}
		return strings.Join(out, ",")
	}
	for _, p := range s.Pages {
		st.People = append(st.People, p.Doc.File+": "+slugs(p.Speakers)+" / "+slugs(p.Authors))
	}
	for _, sp := range s.Speakers {
		page := ""
		if sp.Page != nil {
			page = sp.Page.Doc.File
		}
		st.People = append(st.People, fmt.Sprintf("%+v %s %q %s", sp.Person, sp.URL, sp.BioHTML, page))
	}
	// Every diagnostic as many times as it is there: a warning swapped
	// in twice would outlive the edit that makes it go.
	for _, d := range diags {
		st.Diags = append(st.Diags, d.String())
	}
	slices.Sort(st.Diags)
	return st
}

// scheduleString is everything a schedule lays out, pages by file.
func scheduleString(sc *Schedule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s rooms %q tracks %s levels %s\n", sc.Name, sc.URL, sc.Rooms, termNames(sc.Tracks), termNames(sc.Levels))
	for _, d := range sc.Days {
		fmt.Fprintf(&b, " day %v rooms %q rows %+v\n", d.Date, d.Rooms, d.Rows)
		for _, sl := range d.Slots {
			fmt.Fprintf(&b, "  %s %d+%d %d+%d %v %v %v %v\n", sl.Talk.Doc.File, sl.Row, sl.Rows, sl.Col, sl.Cols, sl.Start, sl.End, sl.Plenary, sl.Break)
		}
		for _, p := range d.Untimed {
			fmt.Fprintf(&b, "  untimed %s\n", p.Doc.File)
		}
	}
	for _, p := range sc.Unscheduled {
		fmt.Fprintf(&b, " unscheduled %s\n", p.Doc.File)
	}
	for _, p := range sc.Talks {
		fmt.Fprintf(&b, " talk %s\n", p.Doc.File)
	}
	return b.String()
}

// termName is a term's name, "-" for none.
func termName(t *Term) string {
	if t == nil {
		return "-"
	}
	return t.Name
}

// termNames are the terms' names, in order.
func termNames(ts []*Term) string {
	var out []string
	for _, t := range ts {
		out = append(out, termName(t))
	}
	return strings.Join(out, ",")
}

// swappedDiags is the session's model diagnostics after a move: last
// less what the page gave before, with what it gives now.
func swappedDiags(last diag.List, p Patch) diag.List {
	out := slices.Clone(last)
	for _, d := range p.Old {
		if i := slices.Index(out, d); i >= 0 {
			out = slices.Delete(out, i, i+1)
		}
	}
	out.Append(p.New)
	return out
}

// retimeSite is a site of an event with rooms and dates of its own, a
// talk of no event, two speakers and a note; TestMoveInTimeGivesWhatBuildGives
// edits its files.
var retimeSite = map[string]string{
	"content/events/conf.md": "---\nkind: event\nname: Conf\nstart: 2024-05-01 09:00\nend: 2024-05-02 18:00\ntimezone: Europe/London\nrooms: [Main, Side]\n---\nThe conference.\n",
	"content/talks/a.md":     "---\ntitle: Talk A\ndate: 2024-05-01 10:00\nend: 2024-05-01 10:45\nroom: Main\nevent: conf\nspeakers: [Ada]\ntags: [x]\n---\nBody of A, dated {{< param \"date\" >}}.\n",
	"content/talks/b.md":     "---\ntitle: Talk B\ndate: 2024-05-01 11:00\nend: 2024-05-01 11:45\nroom: Main\nevent: conf\nspeakers: [Ada, Bob]\ntags: [x]\n---\nBody of B.\n",
	"content/talks/c.md":     "---\ntitle: Talk C\ndate: 2024-05-01 10:00\nend: 2024-05-01 10:45\nroom: Side\nevent: conf\nspeakers: [Bob]\n---\nBody of C.\n",
	"content/talks/d.md":     "---\ntitle: Talk D\ndate: 2024-05-02 09:30\nroom: Side\nevent: conf\nspeakers: [Cy]\ntags: [x]\n---\nBody of D.\n",
	"content/talks/loose.md": "---\ntitle: Loose\ndate: 2024-07-01T18:00:00Z\nspeakers: [Cy]\n---\nA talk of no event.\n",
	"content/notes/n.md":     "---\ntitle: A note\ndate: 2024-06-01\nauthor: Ada\ntags: [x]\n---\nThe note.\n",
	"content/notes/m.md":     "---\ntitle: Another note\ndate: 2024-04-01\nauthor: Ada\ntags: [x]\n---\nThe other note.\n",
}

// TestMoveInTimeGivesWhatBuildGives moves talks in time and between
// rooms and a note in time, and compares the model and its diagnostics
// with a build of the edited files; Undo must put it back. The edits
// Move must leave to a build leave the model as it was.
func TestMoveInTimeGivesWhatBuildGives(t *testing.T) {
	a := retimeSite["content/talks/a.md"]
	for _, tc := range []struct {
		name, file, text string
		ok               bool
	}{
		{"later the same day", "content/talks/a.md", strings.Replace(a, "10:00\nend: 2024-05-01 10:45", "14:00\nend: 2024-05-01 14:45", 1), true},
		{"to the next day", "content/talks/a.md", strings.Replace(a, "2024-05-01 10:00\nend: 2024-05-01 10:45", "2024-05-02 09:30\nend: 2024-05-02 10:15", 1), true},
		{"to another room", "content/talks/a.md", strings.Replace(a, "room: Main", "room: Side", 1), true},
		{"to a room not listed", "content/talks/a.md", strings.Replace(a, "room: Main", "room: Attic", 1), true},
		{"onto another talk, double-booked", "content/talks/a.md", strings.Replace(a, "10:00\nend: 2024-05-01 10:45", "11:00\nend: 2024-05-01 11:45", 1), true},
		{"without a room", "content/talks/a.md", strings.Replace(a, "room: Main\n", "", 1), true},
		{"a time and a slug and a title", "content/talks/a.md", strings.Replace(strings.Replace(a, "10:00\nend: 2024-05-01 10:45", "16:00\nend: 2024-05-01 16:45", 1), "title: Talk A", "slug: zz\ntitle: Talk Z", 1), true},
		{"a day without a time", "content/talks/a.md", strings.Replace(a, "2024-05-01 10:00\nend: 2024-05-01 10:45", "2024-05-01", 1), true},
		{"outside the event's days", "content/talks/a.md", strings.Replace(a, "2024-05-01 10:00\nend: 2024-05-01 10:45", "2024-05-09 10:00", 1), true},
		{"the talk of no event", "content/talks/loose.md", strings.Replace(retimeSite["content/talks/loose.md"], "2024-07-01T18:00", "2024-03-01T08:00", 1), true},
		{"a note", "content/notes/n.md", strings.Replace(retimeSite["content/notes/n.md"], "2024-06-01", "2024-03-01", 1), true},
		{"a note, newest of all", "content/notes/m.md", strings.Replace(retimeSite["content/notes/m.md"], "2024-04-01", "2025-01-01", 1), true},
		{"a date removed", "content/talks/a.md", strings.Replace(a, "date: 2024-05-01 10:00\nend: 2024-05-01 10:45\n", "", 1), false},
		{"a tag as well", "content/talks/a.md", strings.Replace(strings.Replace(a, "10:00\nend: 2024-05-01 10:45", "16:00\nend: 2024-05-01 16:45", 1), "tags: [x]", "tags: [y]", 1), true},
		{"hidden", "content/talks/h.md", "---\ntitle: Hidden\ndate: 2024-05-01 15:00\nroom: Main\nevent: conf\nhidden: true\n---\nSecret.\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := maps.Clone(retimeSite)
			if tc.name == "hidden" {
				files[tc.file] = strings.Replace(tc.text, "15:00", "16:00", 1)
			}
			edited := maps.Clone(files)
			edited[tc.file] = tc.text
			checkMoveInTime(t, files, edited, tc.file, tc.ok)
		})
	}
}

// TestMoveInTimeRefusesEventDatesFromTalks: an event that gives no
// dates takes them from its talks, which every page of the event shows;
// a talk moved in time there is left to a build.
func TestMoveInTimeRefusesEventDatesFromTalks(t *testing.T) {
	files := maps.Clone(retimeSite)
	files["content/events/conf.md"] = strings.Replace(files["content/events/conf.md"], "start: 2024-05-01 09:00\nend: 2024-05-02 18:00\n", "", 1)
	edited := maps.Clone(files)
	edited["content/talks/b.md"] = strings.Replace(files["content/talks/b.md"], "11:00\nend: 2024-05-01 11:45", "09:00\nend: 2024-05-01 09:45", 1)
	checkMoveInTime(t, files, edited, "content/talks/b.md", false)
}

// checkMoveInTime builds files, moves file to its text in edited and
// compares with a build of edited; want says whether Move must take it.
// photoStatic takes every local photo the in-place tests write for a
// file of the site but those named missing.
func photoStatic(out string) bool { return !strings.HasPrefix(path.Base(out), "missing.") }

func checkMoveInTime(t *testing.T, files, edited map[string]string, file string, want bool) {
	t.Helper()
	cfg := config.Default()
	md := markdown.New(markdown.Options{})
	docs := parseFiles(files)
	memo := NewMemo()
	s, last := Build(context.Background(), cfg, content.Set{Docs: docs}, md, Options{Memo: memo, Static: photoStatic})
	if last.HasErrors() {
		t.Fatal(last)
	}
	orig := timedStructureOf(s, last)
	doc := content.Parse(file, []byte(edited[file]), content.Options{})
	p, ok := s.Move(doc, md, memo, last)
	if ok != want {
		t.Fatalf("Move ok = %v, want %v", ok, want)
	}
	if !ok {
		if got := timedStructureOf(s, last); !reflect.DeepEqual(got, orig) {
			t.Errorf("a refused move changed the model:\n got %+v\nwant %+v", got, orig)
		}
		return
	}
	fresh, diags := Build(context.Background(), cfg, content.Set{Docs: parseFiles(edited)}, md, Options{Static: photoStatic})
	if got, want := timedStructureOf(s, swappedDiags(last, p)), timedStructureOf(fresh, diags); !reflect.DeepEqual(got, want) {
		t.Errorf("moved:\n got %+v\nwant %+v", got, want)
	}
	for _, w := range fresh.Pages {
		if w.Doc.File == file && !reflect.DeepEqual(view(p.Page), view(w)) {
			t.Errorf("moved page:\n got %+v\nwant %+v", view(p.Page), view(w))
		}
	}
	p.Undo()
	if got := timedStructureOf(s, last); !reflect.DeepEqual(got, orig) {
		t.Errorf("Undo did not put the model back:\n got %+v\nwant %+v", got, orig)
	}
}

// TestMoveInTimeOfTheSitesOwnSchedule moves a talk on a site of talks of
// no event, whose schedule is the site's.
func TestMoveInTimeOfTheSitesOwnSchedule(t *testing.T) {
	files := map[string]string{
		"content/talks/a.md": "---\ntitle: Talk A\ndate: 2024-05-01T10:00:00Z\nroom: Main\nspeakers: [Ada]\n---\nA.\n",
		"content/talks/b.md": "---\ntitle: Talk B\ndate: 2024-05-01T11:00:00Z\nroom: Main\nspeakers: [Ada]\n---\nB.\n",
	}
	edited := maps.Clone(files)
	edited["content/talks/a.md"] = strings.Replace(files["content/talks/a.md"], "10:00", "11:00", 1)
	checkMoveInTime(t, files, edited, "content/talks/a.md", true)
}

// TestMoveInTimeRefusesTwiceListed: a talk giving one tag twice, in
// two cases, is twice in the tag's list of pages, where a build sorts
// both.
func TestMoveInTimeRefusesTwiceListed(t *testing.T) {
	files := maps.Clone(retimeSite)
	files["content/talks/b.md"] = strings.Replace(files["content/talks/b.md"], "tags: [x]", "tags: [x, \"x!\"]", 1)
	edited := maps.Clone(files)
	edited["content/talks/b.md"] = strings.Replace(files["content/talks/b.md"], "11:00\nend: 2024-05-01 11:45", "09:00\nend: 2024-05-01 09:45", 1)
	checkMoveInTime(t, files, edited, "content/talks/b.md", false)
}

// TestMoveInTimeRefusesAfterAnEarlierProgramme: a build that knew the
// programme of an earlier one shows a talk moved since as moved, which
// Move leaves to a build.
func TestMoveInTimeRefusesAfterAnEarlierProgramme(t *testing.T) {
	cfg := config.Default()
	md := markdown.New(markdown.Options{})
	docs := parseFiles(retimeSite)
	first, _ := Build(context.Background(), cfg, content.Set{Docs: docs}, md, Options{})
	memo := NewMemo()
	s, last := Build(context.Background(), cfg, content.Set{Docs: docs}, md, Options{Memo: memo, Changes: Changes{Previous: first.Programme}})
	doc := content.Parse("content/talks/a.md", []byte(strings.Replace(retimeSite["content/talks/a.md"], "10:00\n", "10:15\n", 1)), content.Options{})
	if _, ok := s.Move(doc, md, memo, last); ok {
		t.Error("moved a talk in time on a site that shows moves")
	}
}

// TestMoveInTimeBreaksTiesAsBuildDoes moves a talk to the time, room and
// title of another whose URL sorts before it and whose file after: the
// talks break the tie by URL, its event, speaker and tag by file.
func TestMoveInTimeBreaksTiesAsBuildDoes(t *testing.T) {
	files := maps.Clone(retimeSite)
	files["content/talks/e.md"] = "---\ntitle: Talk A\nslug: 0e\ndate: 2024-05-01 14:00\nend: 2024-05-01 14:45\nroom: Main\nevent: conf\nspeakers: [Ada]\ntags: [x]\n---\nE.\n"
	for _, tc := range []struct{ file, from, to string }{
		{"content/talks/a.md", "10:00\nend: 2024-05-01 10:45", "14:00\nend: 2024-05-01 14:45"},
		{"content/talks/e.md", "14:00\nend: 2024-05-01 14:45", "10:00\nend: 2024-05-01 10:45"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			edited := maps.Clone(files)
			edited[tc.file] = strings.Replace(files[tc.file], tc.from, tc.to, 1)
			checkMoveInTime(t, files, edited, tc.file, true)
		})
	}
}
