package site

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// removedStructure is what Remove changes of a model and a build
// decides, beyond structureOf: every term's and person's pages, the
// people as merged, the events' talks and schedules, the site's newest
// date and its main schedule.
func removedStructure(s *Site) []string {
	st := structureOf(s)
	out := []string{fmt.Sprint(st.Pages), fmt.Sprint(st.Talks), fmt.Sprint(st.Notes), fmt.Sprint(st.Programme), "updated " + s.Updated.String()}
	out = append(out, st.Reading...)
	files := func(ps []*Page) string {
		var fs []string
		for _, p := range ps {
			fs = append(fs, p.Doc.File)
		}
		return fmt.Sprint(fs)
	}
	out = append(out, "other "+files(s.Other))
	for _, tax := range []*Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		for _, t := range tax.Terms {
			out = append(out, tax.Name+" "+t.Name+" "+t.URL+" "+files(t.Pages))
		}
	}
	for _, sp := range s.Speakers {
		out = append(out, fmt.Sprintf("person %+v %s talks %s notes %s", sp.Person, sp.URL, files(sp.Talks), files(sp.Notes)))
	}
	schedule := func(sc *Schedule) string {
		if sc == nil {
			return "none"
		}
		var days []string
		for _, d := range sc.Days {
			var slots []string
			for _, sl := range d.Slots {
				slots = append(slots, fmt.Sprintf("%s %d+%d/%d+%d", sl.Talk.Doc.File, sl.Row, sl.Rows, sl.Col, sl.Cols))
			}
			days = append(days, fmt.Sprint(d.Date.Format("2006-01-02"), d.Rooms, slots, files(d.Untimed)))
		}
		var filters []string
		for _, t := range slices.Concat(sc.Tracks, sc.Levels) {
			filters = append(filters, t.Name)
		}
		return sc.Name + " " + fmt.Sprint(sc.Rooms, filters, days) + " unscheduled " + files(sc.Unscheduled) + " talks " + files(sc.Talks)
	}
	for _, e := range s.Events {
		out = append(out, fmt.Sprintf("event %s %s %s %s–%s derived %v zone %s page %v ", e.Name, e.Slug, e.URL, e.Start, e.End, e.derived, e.Location, e.Page != nil)+files(e.Talks)+" "+schedule(e.Schedule))
	}
	return append(out, "main "+schedule(s.Schedule))
}

// inPlaceTalk is a talk of Conf, inPlaceSite's event.
func inPlaceTalk(title, at, room, tags, track, speakers string) string {
	return fmt.Sprintf("---\ntitle: %s\nevent: Conf\ndate: %s\nroom: %s\ntags: [%s]\ntrack: %s\nspeakers:\n%s---\nAbout %s.\n", title, at, room, tags, track, speakers, title)
}

// inPlaceAda names Ada Lovelace, as most talks of inPlaceSite do.
const inPlaceAda = "- name: Ada Lovelace\n  company: Engines\n"

// inPlaceList1, 2 and 3 are notes of inPlaceSite listing reading items
// (in prose, in front matter too, hidden), and inPlaceShelf a reading
// list page listing them in front matter.
const (
	inPlaceList1 = "---\ntitle: Links\ndate: 2024-06-10\n---\nWorth it:\n\n- [Go](https://go.dev/) - the language\n- [Raft](https://raft.github.io/) by Diego Ongaro. consensus\n"
	inPlaceList2 = "---\ntitle: More links\ndate: 2024-06-11\nitems:\n  - title: The Go site\n    url: https://www.go.dev\n    status: read\n---\nAlso:\n\n- [Paxos](https://example.org/paxos) - the classic\n- [Old](ftp://example.org/x) - not the web\n"
	inPlaceList3 = "---\ntitle: Hidden links\ndate: 2024-06-12\nhidden: true\n---\nQuiet:\n\n- [Raft](https://raft.github.io/) - again\n- [Own](https://example.org/own) - mine\n"
	inPlaceShelf = "---\ntitle: Shelf\nbooks:\n  - title: Thinking in Systems\n    author: Donella Meadows\n    status: reading\n  - title: Raft\n    url: https://raft.github.io\n---\nMy shelf.\n"
)

// inPlaceSite is a programme of three events, talks of none, people and
// terms shared and not, notes, a page another's template tag reads,
// folders with files, an old URL and reading items: TestRemoveGivesWhatBuildGives
// removes its files, TestAddGivesWhatBuildGives adds to it.
func inPlaceSite() (files map[string]string, assets []string) {
	event := "---\nkind: event\nname: Conf\nstart: 2024-05-01 09:00\nend: 2024-05-02 18:00\nrooms: [Hall, Lab]\n---\n"
	talk, ada := inPlaceTalk, inPlaceAda
	files = map[string]string{
		"content/events/conf.md":   event,
		"content/talks/a.md":       talk("Talk A", "2024-05-01T10:00:00+01:00", "Hall", "Go, SRE", "web", ada),
		"content/talks/b.md":       talk("Talk B", "2024-05-01T10:00:00+01:00", "Lab", "go", "web", ada+"  photo: https://example.org/ada.png\n- name: Grace Hopper\n  bio: Compilers.\n"),
		"content/talks/c.md":       talk("Talk C", "2024-05-01T11:00:00+01:00", "Hall", "sre", "data", "- name: Grace Hopper\n  bio: Compilers.\n"),
		"content/talks/d.md":       talk("Talk D", "2024-05-02T09:00:00+01:00", "Hall", "Go", "web", "- name: Lin Solo\n"),
		"content/talks/e.md":       talk("Talk E", "2024-05-02T10:00:00+01:00", "Lab", "Go", "data", "- name: Grace Hopper\n  bio: Other.\n"),
		"content/talks/f.md":       talk("Talk F", "2024-05-02T11:00:00+01:00", "Lab", "Go", "web", ada+"  photo: https://example.org/ada.png\n"),
		"content/talks/g.md":       talk("Talk G", "2024-05-02T12:00:00+01:00", "Lab", "Go", "web", ada+"  photo: ada.png\n"),
		"content/talks/h.md":       talk("Talk H", "2024-05-02T14:00:00+01:00", "Hall", "Go", "web", ada),
		"content/talks/j.md":       talk("Talk J", "2024-05-02T15:00:00+01:00", "Lab", "Go", "web", "- name: Kay\n  bio: First.\n"),
		"content/talks/k.md":       talk("Talk K", "2024-05-02T16:00:00+01:00", "Lab", "Go", "web", "- name: Kay\n  bio: Second.\n"),
		"content/notes/n.md":       "---\ntitle: A note\ndate: 2024-06-01\nauthor: Ada Lovelace\ntags: [Go]\n---\nThe note.\n",
		"content/notes/m.md":       "---\ntitle: Another note\ndate: 2024-07-01\ntags: [Go]\n---\nSee {{< ref \"talks/h.md\" >}}.\n",
		"content/talks/solo/x.md":  "---\ntitle: Loose X\ndate: 2024-09-01T10:00:00Z\ntags: [Go]\n---\nNo event.\n",
		"content/talks/solo/y.md":  "---\ntitle: Loose Y\ndate: 2024-09-01T11:00:00Z\ntags: [Go]\n---\nNo event.\n",
		"content/events/other.md":  "---\nkind: event\nname: Other\nstart: 2024-10-01\nend: 2024-10-01\n---\n",
		"content/talks/o/one.md":   "---\ntitle: One\nevent: Other\ndate: 2024-10-01T10:00:00Z\ntags: [Go]\n---\nFirst.\n",
		"content/talks/o/two.md":   "---\ntitle: Two\nevent: Other\ndate: 2024-10-01T11:00:00Z\ntags: [Go]\n---\nSecond.\n",
		"content/events/third.md":  "---\nkind: event\nname: Third\nstart: 2024-03-01\nend: 2024-03-01\n---\n",
		"content/talks/t/only.md":  "---\ntitle: Only talk\nevent: Third\ndate: 2024-03-01T10:00:00Z\ntags: [Go]\n---\nAlone.\n",
		"content/talks/l.md":       talk("Talk L", "2024-05-02T10:00:00+01:00", "Lab", "Go", "web", ada),
		"content/talks/m2.md":      talk("Talk M", "2024-05-02T09:00:00+01:00", "Hall", "Go", "web", ada),
		"content/talks/w/index.md": talk("Talk W", "2024-05-02T17:00:00+01:00", "Hall", "Go", "web", ada),
		"content/talks/w/w2.md":    talk("Talk W2", "2024-05-02T17:00:00+01:00", "Lab", "Go", "web", ada),
		"content/talks/w/w3.md":    talk("Talk W3", "2024-05-01T17:00:00+01:00", "Lab", "Go", "web", ada),
		"content/talks/v/v1.md":    talk("Talk V1", "2024-05-01T17:00:00+01:00", "Hall", "Go", "web", ada),
		"content/talks/v/v2.md":    talk("Talk V2", "2024-05-01T18:00:00+01:00", "Hall", "Go", "web", ada),
		"content/notes/old.md":     "---\ntitle: Old URLs\ndate: 2024-08-01\naliases: [/talks/w3/, /elsewhere/]\n---\nMoved.\n",
		"content/talks/u/u1.md":    talk("Talk U1", "2024-05-01T16:00:00+01:00", "Hall", "Go", "web", ada),
		"content/talks/q.md":       talk("Talk Q", "2024-05-02T16:30:00+01:00", "Annex", "Go", "ops", ada),
		"content/talks/r.md":       talk("Talk R", "2024-05-02T16:45:00+01:00", "Annex", "Go, Solo tag", "web", ada),
		"content/speakers/lin.md":  "---\nkind: speaker\ntitle: Lin Solo\n---\nLin.\n",
		"content/talks/z-later.md": talk("Talk Z", "2024-05-02T16:00:00+01:00", "Hall", "Go", "web", "- name: Grace Hopper\n  bio: Compilers.\n"),
		// Breaks without pages of their own, one with a track and a
		// tag no page has, one with a format saying it is a break.
		"content/talks/lunch.md":  talk("Lunch", "2024-05-01T12:30:00+01:00", "Hall", "Food", "meals", ""),
		"content/talks/coffee.md": "---\ntitle: Morning pause\nformat: Coffee break\nevent: Conf\ndate: 2024-05-02T10:30:00+01:00\nroom: Lab\n---\nCoffee.\n",
		// Two pages claiming one URL: P2, later, keeps it; P1 would go
		// to the URL lectern derives for it, which the occupant has.
		"content/clash/p1.md": "---\ntitle: P1\nurl: /same/\n---\nFirst.\n",
		"content/clash/p2.md": "---\ntitle: P2\nurl: /same/\n---\nSecond.\n",
		"content/occupant.md": "---\ntitle: Occupant\nurl: /clash/p1/\n---\nHere first.\n",
		// Reading items, merged across pages (see readingOf).
		"content/notes/list1.md":   inPlaceList1,
		"content/notes/list2.md":   inPlaceList2,
		"content/notes/list3.md":   inPlaceList3,
		"content/about.md":         "---\ntitle: About\n---\nWho we are.\n",
		"content/venue.md":         "---\ntitle: Venue\n---\nWhere.\n",
		"content/reading/shelf.md": inPlaceShelf,
	}
	return files, []string{"content/talks/u/pic.png", "content/talks/v/diagram.png", "content/talks/w/diagram.png"}
}

// TestRemoveGivesWhatBuildGives removes a file of a small programme and
// compares the model with a build of the other files, for the removals
// Remove makes in place, and checks that it refuses, leaving the model
// as it was, those that change more than the page's own places: a person
// the page names alone who leaves more than their own outputs (a local
// photo, a note of theirs, a bio that warns), a person or term the page names
// first otherwise, an event's last talk, a page another page's template
// tag reads. Undo must put it back.
func TestRemoveGivesWhatBuildGives(t *testing.T) {
	files, assets := inPlaceSite()
	talk := inPlaceTalk
	// People named by one talk alone.
	files["content/talks/s1.md"] = talk("Talk S1", "2024-05-01T13:00:00+01:00", "Hall", "Go", "web", "- name: Sam Single\n  bio: Only *here*.\n  company: Solo\n")
	files["content/talks/s2.md"] = talk("Talk S2", "2024-05-01T14:00:00+01:00", "Hall", "Go", "web", "- name: Duo One\n- name: Duo Two\n"+inPlaceAda)
	files["content/talks/s3.md"] = talk("Talk S3", "2024-05-01T15:00:00+01:00", "Hall", "Go", "web", "- name: Pat Photo\n  photo: https://example.org/p.png\n")
	files["content/talks/s4.md"] = talk("Talk S4", "2024-05-01T13:00:00+01:00", "Lab", "Go", "web", "- name: Nora Noted\n")
	files["content/notes/nora.md"] = "---\ntitle: Nora's\ndate: 2024-01-15\nauthor: Nora Noted\n---\nBy Nora.\n"
	files["content/talks/s5.md"] = talk("Talk S5", "2024-05-01T14:00:00+01:00", "Lab", "Go", "web", "- name: Bea Warns\n  bio: \"Says {{< hi >}}.\"\n")
	files["content/talks/s6.md"] = talk("Talk S6", "2024-05-01T15:00:00+01:00", "Lab", "Go", "web", "- name: Mia Local\n  photo: mia.png\n")
	files["content/talks/s9.md"] = talk("Talk S9", "2024-05-01T16:00:00+01:00", "Hall", "Go", "web", "- name: Max Missing\n  photo: missing.png\n")
	// Lou's photo is chosen from S10, the first file writing one.
	files["content/talks/s10.md"] = talk("Talk S10", "2024-05-02T09:00:00+01:00", "Hall", "Go", "web", "- name: Lou Local\n  photo: lou.png\n")
	files["content/talks/s11.md"] = talk("Talk S11", "2024-05-02T10:00:00+01:00", "Hall", "Go", "web", "- name: Lou Local\n  photo: /img/lou.png\n")
	// Kim's photo is S13's remote one; S12's local one is missing.
	files["content/talks/s12.md"] = talk("Talk S12", "2024-05-02T11:00:00+01:00", "Hall", "Go", "web", "- name: Kim Kept\n  photo: missing.png\n")
	files["content/talks/s13.md"] = talk("Talk S13", "2024-05-02T12:00:00+01:00", "Hall", "Go", "web", "- name: Kim Kept\n  photo: https://example.org/kim.png\n")
	// Every local photo is a file of the site but missing.png.
	static := photoStatic
	files["content/talks/s7.md"] = "---\ntitle: Talk S7\nhidden: true\nevent: Conf\nspeakers:\n- name: Hal Hidden\n---\nHidden.\n"
	files["content/talks/s8.md"] = talk("Talk S8", "2024-05-01T16:00:00+01:00", "Lab", "Go", "web", "- name: Hal Hidden\n")
	// Events no page declares, made by their talks' event fields: one
	// talk each, one of them named by a note too.
	files["content/talks/made/mc1.md"] = "---\ntitle: Made One\nevent: Made Conf\ndate: 2024-11-01T10:00:00Z\ntags: [Go]\n---\nMade.\n"
	files["content/talks/made/mc2.md"] = "---\ntitle: Made Two\nevent: Noted Conf\ndate: 2024-12-01T10:00:00Z\ntags: [Go]\n---\nNoted.\n"
	files["content/notes/noted.md"] = "---\ntitle: Noted\ndate: 2024-12-02\nevent: Noted Conf\n---\nA note of it.\n"
	for _, tc := range []struct {
		name, file string
		ok         bool
	}{
		{"a talk", "content/talks/b.md", true},
		{"a plain page", "content/about.md", true},
		{"a tag's first page, the next writing it alike", "content/talks/d.md", true},
		{"a person's first talk, the next merging them alike", "content/talks/c.md", true},
		{"a person with a speaker page", "content/talks/d.md", true},
		{"a remote photo written before", "content/talks/f.md", true},
		{"a note", "content/notes/n.md", true},
		{"a loose talk", "content/talks/solo/x.md", true},
		{"a tag's first page, the next writing it otherwise", "content/talks/a.md", false},
		{"the last page of a track", "content/talks/q.md", true},
		{"the last page of a tag", "content/talks/r.md", true},
		{"a local photo", "content/talks/g.md", false},
		{"a later bio written otherwise", "content/talks/e.md", true},
		{"a person's first bio, the next written otherwise", "content/talks/j.md", false},
		{"the last talk of an event", "content/talks/t/only.md", true},
		{"a talk of the main schedule", "content/talks/o/two.md", true},
		{"a double-booked talk", "content/talks/l.md", true},
		{"a page another page's tag reads", "content/talks/h.md", false},
		{"a speaker's page", "content/speakers/lin.md", false},
		{"an event's page", "content/events/other.md", false},
		{"no page", "content/talks/none.md", false},
		{"a page of a folder whose index page owns its files", "content/talks/w/w2.md", true},
		{"the index page of a folder with files", "content/talks/w/index.md", false},
		{"one of two pages of a folder with files", "content/talks/v/v1.md", false},
		{"a page another page's old URL points at", "content/talks/w/w3.md", false},
		{"a break without a page, with a tag and track of its own", "content/talks/lunch.md", true},
		{"a break without a page, by its format", "content/talks/coffee.md", true},
		{"a page that claimed a URL with another", "content/clash/p1.md", false},
		{"the page at the URL a page that lost a clash skipped", "content/occupant.md", false},
		{"a person it names alone", "content/talks/s1.md", true},
		{"two people it names alone", "content/talks/s2.md", true},
		{"a person it names alone, with a remote photo", "content/talks/s3.md", true},
		{"a person it names alone, a note's author", "content/talks/s4.md", false},
		{"a person it names alone, whose bio warns", "content/talks/s5.md", false},
		{"a person it names alone, with a local photo", "content/talks/s6.md", true},
		{"a local photo not chosen", "content/talks/s11.md", true},
		{"the local photo chosen, another left", "content/talks/s10.md", false},
		{"a person a hidden talk names too", "content/talks/s8.md", true},
		{"a person it names alone, whose local photo is missing", "content/talks/s9.md", true},
		{"a missing local photo of a person named otherwise too", "content/talks/s12.md", true},
		{"the photo another file's missing one gives way to", "content/talks/s13.md", false},
		{"a note listing reading items others list too", "content/notes/list1.md", true},
		{"a note listing reading items in front matter, one not on the web", "content/notes/list2.md", true},
		{"a hidden note listing reading items", "content/notes/list3.md", false},
		{"the only talk of an event made by talks, which goes", "content/talks/made/mc1.md", true},
		{"the only talk of an event made by talks that a note names too", "content/talks/made/mc2.md", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config.Default()
			md := markdown.New(markdown.Options{})
			docs := parseFiles(files)
			without := slices.DeleteFunc(slices.Clone(docs), func(d *content.Document) bool { return d.File == tc.file })
			memo := NewMemo()
			s, last := Build(context.Background(), cfg, content.Set{Docs: docs, Assets: assets}, md, Options{Memo: memo, Static: static})
			if last.HasErrors() {
				t.Fatal(last.Err())
			}
			orig := removedStructure(s)
			p, ok := s.Remove(tc.file, md, memo, last)
			if refused(t, "Remove", ok, tc.ok, s, removedStructure, orig) {
				return
			}
			want, wantDiags := Build(context.Background(), cfg, content.Set{Docs: without, Assets: assets}, md, Options{Static: static})
			sameAsBuild(t, s, want, removedStructure, p, last, wantDiags, orig)
		})
	}
}

// refused fails t unless ok, what the call named what returned, is
// want, and, when the call refused, unless the structure of s (as of
// gives it) is still orig; it reports whether the call refused, which
// ends the case.
func refused(t *testing.T, what string, ok, want bool, s *Site, of func(*Site) []string, orig []string) bool {
	t.Helper()
	if ok != want {
		t.Fatalf("%s ok = %v, want %v", what, ok, want)
	}
	if ok {
		return false
	}
	if got := of(s); !reflect.DeepEqual(got, orig) {
		t.Errorf("%s refused, yet changed the model:\n got %q\nwant %q", what, got, orig)
	}
	return true
}

// sameDiags reports whether a and b hold the same diagnostics, in any
// order.
func sameDiags(a, b diag.List) bool {
	text := func(l diag.List) []string {
		var out []string
		for _, d := range l {
			out = append(out, fmt.Sprint(d))
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(text(a), text(b))
}

// sameAsBuild fails t unless site s, after patch p made in place, has
// the structure (as of gives it) of want, a build of the edited files,
// and its diagnostics (last, as the session swaps them, against
// wantDiags), and unless p's Undo gives s back the structure orig.
func sameAsBuild(t *testing.T, s, want *Site, of func(*Site) []string, p Patch, last, wantDiags diag.List, orig []string) {
	t.Helper()
	if got, want := of(s), of(want); !reflect.DeepEqual(got, want) {
		t.Errorf("in place:\n got %q\nwant %q", got, want)
	}
	if got := swappedDiags(last, p); !sameDiags(got, wantDiags) {
		t.Errorf("diagnostics in place:\n got %v\nwant %v", got, wantDiags)
	}
	p.Undo()
	if got := of(s); !reflect.DeepEqual(got, orig) {
		t.Errorf("Undo did not put the model back:\n got %q\nwant %q", got, orig)
	}
}

// parseFiles parses the files of a site, by path, in file order.
func parseFiles(files map[string]string) []*content.Document {
	var docs []*content.Document
	for _, f := range slices.Sorted(maps.Keys(files)) {
		docs = append(docs, content.Parse(f, []byte(files[f]), content.Options{}))
	}
	return docs
}
