package site

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestAddGivesWhatBuildGives adds a file to a small programme and
// compares the model with a build of every file, for the pages Add puts
// in place (with tags and tracks new to the site too), and checks that
// it refuses, leaving the model as it was, those that change more than
// the page's own places: an event new to the site, a person new to the
// site whom Build would make of more than the page (a local photo, a bio
// that warns, a note naming them), a person or term named or merged
// otherwise, a URL taken, the owner of a folder's files, a page another
// page's template tag reads.
// Undo must put the model back.
func TestAddGivesWhatBuildGives(t *testing.T) {
	talk, ada := inPlaceTalk, inPlaceAda
	for _, tc := range []struct {
		name, file, text string
		ok               bool
	}{
		{"a talk of the site's people and terms", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", ada), true},
		{"a plain page", "content/travel.md", "---\ntitle: Travel\n---\nHow to get here.\n", true},
		{"a plain page at the home page's URL", "content/index.md", "---\ntitle: Welcome\n---\nHello.\n", false},
		{"a tag first in file order, written alike", "content/talks/0.md", talk("First", "2024-05-01T12:00:00+01:00", "Hall", "SRE", "web", ada), true},
		{"a tag first in file order, written otherwise", "content/talks/0.md", talk("First", "2024-05-01T12:00:00+01:00", "Hall", "sre", "web", ada), false},
		{"a tag new to the site", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Rust", "web", ada), true},
		{"a track new to the site", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "ops", ada), true},
		{"a note with a tag new to the site", "content/notes/n2.md", "---\ntitle: New note\ndate: 2024-12-01\ntags: [Go, Brand New]\n---\nNewest.\n", true},
		{"a tag written otherwise than its term, after the file naming it", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "go", "web", ada), true},
		{"a track written otherwise than its term, after the file naming it", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "WEB", ada), true},
		{"a track written otherwise than its term, before the file naming it", "content/talks/0.md", talk("First", "2024-05-01T12:00:00+01:00", "Hall", "Go", "WEB", ada), false},
		{"a person new to the site", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Newcomer\n"), true},
		{"a person new to the site first in the list of people", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Aaron First\n  bio: Early *riser*.\n  company: Dawn\n"+ada), true},
		{"two people new to the site", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Zed Last\n- name: Newcomer\n  twitter: newcomer\n"), true},
		{"a person new to the site with a remote photo", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Newcomer\n  photo: https://example.org/n.png\n"), true},
		{"a person new to the site with a local photo", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Newcomer\n  photo: n.png\n"), true},
		{"a person new to the site whose local photo is not a file of the site", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Newcomer\n  photo: missing.png\n"), false},
		{"a person's local photo, not a file of the site, written after the first", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Ada Lovelace\n  photo: missing.png\n"), true},
		{"a person's local photo written after the first", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Ada Lovelace\n  photo: /img/other.png\n"), true},
		{"a person new to the site whose bio warns", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Newcomer\n  bio: \"Says {{< hi >}}.\"\n"), false},
		{"a person new to the site a note names as its author", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Nora Noted\n"), false},
		{"a person's field written first", "content/talks/0.md", talk("First", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", ada+"  bio: Engines.\n"), false},
		{"a person's field written after", "content/talks/n1.md", talk("New", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", "- name: Ada Lovelace\n  company: Other\n"), true},
		{"a double-booked talk", "content/talks/n1.md", talk("New", "2024-05-01T10:00:00+01:00", "Hall", "Go", "web", ada), true},
		{"a talk of the main schedule's event", "content/talks/o/three.md", "---\ntitle: Three\nevent: Other\ndate: 2024-10-01T12:00:00Z\ntags: [Go]\n---\nThird.\n", true},
		{"a loose talk", "content/talks/solo/z.md", "---\ntitle: Loose Z\ndate: 2024-09-02T10:00:00Z\ntags: [Go]\n---\nNo event.\n", true},
		{"a talk of an event new to the site", "content/talks/n1.md", "---\ntitle: New\nevent: Elsewhere\ndate: 2024-09-02T10:00:00Z\n---\nNo event yet.\n", true},
		{"a talk of an event new to the site, first among the events", "content/talks/n1.md", "---\ntitle: New\nevent: Early Days\ndate: 2023-01-02T10:00:00Z\nend: 2023-01-02T11:00:00Z\n---\nThe first event.\n", true},
		{"an undated talk of an event new to the site", "content/talks/n1.md", "---\ntitle: New\nevent: Someday\n---\nNo date.\n", true},
		{"a talk of an event new to the site named without letters", "content/talks/n1.md", "---\ntitle: New\nevent: \"???\"\ndate: 2024-09-02T10:00:00Z\n---\nA warning.\n", false},
		{"a talk of an event new to the site that a talk's folder names", "content/talks/n1.md", "---\ntitle: New\nevent: Solo\ndate: 2024-09-02T10:00:00Z\n---\nThe folder's.\n", false},
		{"a note", "content/notes/n2.md", "---\ntitle: New note\ndate: 2024-12-01\nauthor: Ada Lovelace\ntags: [Go]\n---\nNewest.\n", true},
		{"a note by an author who gives no talk", "content/notes/n2.md", "---\ntitle: New note\ndate: 2024-01-01\nauthor: Somebody Else\n---\nOld.\n", true},
		{"an undated note", "content/notes/n2.md", "---\ntitle: New note\n---\nWhen?\n", false},
		{"a hidden talk", "content/talks/n1.md", "---\ntitle: New\nhidden: true\nevent: Conf\n---\nHidden.\n", false},
		{"a URL another page has", "content/talks/n1.md", "---\ntitle: New\nslug: b\nevent: Conf\n---\nA clash.\n", false},
		{"another page's old URL", "content/talks/n1.md", "---\ntitle: New\nurl: /elsewhere/\nevent: Conf\n---\nA redirect's place.\n", false},
		{"a folder's second page, its files moving", "content/talks/u/u2.md", talk("U2", "2024-05-01T16:30:00+01:00", "Lab", "Go", "web", ada), false},
		{"a folder's third page", "content/talks/v/v3.md", talk("V3", "2024-05-01T19:00:00+01:00", "Hall", "Go", "web", ada), true},
		{"a page another page's tag reads", "content/talks/later.md", talk("Later", "2024-05-02T17:30:00+01:00", "Hall", "Go", "web", ada), false},
		// Breaks without pages of their own: in the schedule, in no
		// list of terms; one naming a person is left to a build.
		{"a break without a page", "content/talks/tea.md", "---\ntitle: Afternoon tea\nevent: Conf\ndate: 2024-05-01T15:30:00+01:00\nroom: Hall\ntags: [Go, Teatime]\ntrack: food\n---\nTea.\n", true},
		{"a break its format names", "content/talks/pause.md", "---\ntitle: Stretch\nformat: Coffee break\nevent: Conf\ndate: 2024-05-02T15:30:00+01:00\nroom: Lab\n---\nStretch.\n", true},
		{"a break naming a person", "content/talks/tea.md", "---\ntitle: Tea with Ada\nformat: Break\nspeakers: [Ada Lovelace]\nevent: Conf\ndate: 2024-05-01T15:30:00+01:00\n---\nTea.\n", false},
		{"a speaker's page", "content/speakers/kay.md", "---\nkind: speaker\ntitle: Kay\n---\nKay.\n", false},
		{"a file the site has", "content/talks/b.md", talk("B again", "2024-05-01T12:00:00+01:00", "Hall", "Go", "web", ada), false},
		{"a note listing reading items others list, before them", "content/notes/a0.md", "---\ntitle: Early list\ndate: 2024-06-02\n---\nRead:\n\n- [Go](https://go.dev) (The Go Authors)\n- [Fresh](https://example.org/fresh) - new here\n- [Raft](https://raft.github.io/) - first said here\n", true},
		{"a note first by file, last by URL, listing reading items others list", "content/notes/a1.md", "---\ntitle: Early file, late URL\nslug: zz-late\ndate: 2024-06-02\n---\nRead:\n\n- [Raft](https://raft.github.io/) - said first by file\n", true},
		{"a note last by file, first by URL, listing reading items others list", "content/notes/zz.md", "---\ntitle: Late file, early URL\nslug: a-early\ndate: 2024-06-02\n---\nRead:\n\n- [Raft](https://raft.github.io/) - said first by URL\n", true},
		{"a note listing reading items, one not on the web", "content/notes/z9.md", "---\ntitle: Zed list\ndate: 2024-06-03\n---\nRead:\n\n- [Gopher](gopher://example.org/) - old\n- [Go](https://go.dev/) - again\n", true},
		{"a note listing a book in front matter", "content/notes/b0.md", "---\ntitle: Booked\ndate: 2024-06-04\nbooks:\n  - title: Thinking in Systems\n    author: Donella Meadows\n    status: read\n    note: Done.\n---\nFinished it.\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, assets := inPlaceSite()
			files["content/notes/reads.md"] = "---\ntitle: Reads\ndate: 2024-02-01\n---\nSee {{< ref \"talks/later.md\" >}}.\n"
			files["content/notes/nora.md"] = "---\ntitle: Nora's\ndate: 2024-01-15\nauthor: Nora Noted\n---\nBy Nora.\n"
			cfg := config.Default()
			md := markdown.New(markdown.Options{})
			docs := parseFiles(files)
			memo := NewMemo()
			s, last := Build(context.Background(), cfg, content.Set{Docs: docs, Assets: assets}, md, Options{Memo: memo, Static: photoStatic})
			orig := removedStructure(s)
			added := content.Parse(tc.file, []byte(tc.text), content.Options{})
			p, ok := s.Add(added, md, memo, last)
			if refused(t, "Add", ok, tc.ok, s, removedStructure, orig) {
				return
			}
			all := slices.Clone(docs)
			i, _ := slices.BinarySearchFunc(all, added.File, func(d *content.Document, f string) int { return strings.Compare(d.File, f) })
			all = slices.Insert(all, i, added)
			want, wantDiags := Build(context.Background(), cfg, content.Set{Docs: all, Assets: assets}, md, Options{Static: photoStatic})
			for _, w := range want.Pages {
				if w.Doc.File == tc.file && !reflect.DeepEqual(view(p.Page), view(w)) {
					t.Errorf("added page:\n got %+v\nwant %+v", view(p.Page), view(w))
				}
			}
			sameAsBuild(t, s, want, removedStructure, p, last, wantDiags, orig)
		})
	}
}

// TestAddJoinsTheOnlyEventAsBuildDoes: a talk naming no event joins the
// site's only event, as Build counts the events when it reaches the
// talk in file order; an event a later talk's field makes is not yet
// one of them, so Add refuses a site that has such an event and puts
// the talk in the only event of one that has not.
func TestAddJoinsTheOnlyEventAsBuildDoes(t *testing.T) {
	const conf = "---\nkind: event\nname: Conf\nstart: 2024-05-01 09:00\nend: 2024-05-02 18:00\n---\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		ok    bool
	}{
		{"one event", map[string]string{"content/events/conf.md": conf, "content/talks/b.md": "---\ntitle: B\ndate: 2024-05-01T11:00:00Z\n---\nB.\n"}, true},
		{"an event a later talk makes", map[string]string{"content/events/conf.md": conf, "content/talks/b.md": "---\ntitle: B\nevent: Later Conf\ndate: 2024-05-01T11:00:00Z\n---\nB.\n", "content/talks/c.md": "---\ntitle: C, of no event\ndate: 2024-05-01T12:00:00Z\n---\nC.\n"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := addAsBuild(t, tc.files, "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n---\nA.\n", tc.ok)
			if ok && p.Page.Event == nil {
				t.Error("the talk joined no event")
			}
		})
	}
}

// TestAddMakesAnEventAsBuildDoes: a talk naming an event new to the
// site makes it in place as Build makes it, but where a talk naming no
// event could join the event or leave the only one: Build counts the
// events when it reaches such a talk, in file order.
func TestAddMakesAnEventAsBuildDoes(t *testing.T) {
	const conf = "---\nkind: event\nname: Conf\nstart: 2024-05-01 09:00\nend: 2024-05-02 18:00\n---\n"
	const other = "---\nkind: event\nname: Other\nstart: 2024-06-01\nend: 2024-06-01\n---\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		ok    bool
	}{
		{"one declared event, its talks naming it", map[string]string{"content/events/conf.md": conf, "content/talks/b.md": "---\ntitle: B\nevent: Conf\ndate: 2024-05-01T11:00:00Z\n---\nB.\n"}, true},
		{"no event yet", map[string]string{"content/notes/n.md": "---\ntitle: N\ndate: 2024-01-01\n---\nN.\n"}, true},
		{"two declared events and a talk of none", map[string]string{"content/events/conf.md": conf, "content/events/other.md": other, "content/talks/c.md": "---\ntitle: C\ndate: 2024-05-01T12:00:00Z\n---\nC.\n"}, true},
		{"a talk of no event joining the only one", map[string]string{"content/events/conf.md": conf, "content/talks/c.md": "---\ntitle: C\ndate: 2024-05-01T12:00:00Z\n---\nC.\n"}, false},
		{"a talk of no event joining the only one before a talk makes another", map[string]string{"content/events/conf.md": conf, "content/talks/m.md": "---\ntitle: M\ndate: 2024-05-01T12:00:00Z\n---\nM.\n", "content/talks/z.md": "---\ntitle: Z\nevent: Later Conf\ndate: 2024-07-01T12:00:00Z\n---\nZ.\n"}, false},
		{"a talk of no event in a folder the event's slug names", map[string]string{"content/events/conf.md": conf, "content/events/other.md": other, "content/talks/new-conf/x.md": "---\ntitle: X\ndate: 2024-05-01T12:00:00Z\n---\nX.\n"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			addAsBuild(t, tc.files, "---\ntitle: A\nevent: New Conf\ndate: 2024-03-01T10:00:00Z\n---\nA.\n", tc.ok)
		})
	}
}

// addAsBuild builds the site of files, adds the talk content/talks/a.md
// of text (first in file order) in place, and checks that Add took it
// as want says and the model is then a build's of every file, or, when
// it refused, as it was. It returns what Add returned.
func addAsBuild(t *testing.T, files map[string]string, text string, want bool) (Patch, bool) {
	t.Helper()
	cfg := config.Default()
	md := markdown.New(markdown.Options{})
	docs := parseFiles(files)
	added := content.Parse("content/talks/a.md", []byte(text), content.Options{})
	memo := NewMemo()
	s, last := Build(context.Background(), cfg, content.Set{Docs: docs}, md, Options{Memo: memo})
	orig := removedStructure(s)
	p, ok := s.Add(added, md, memo, last)
	if refused(t, "Add", ok, want, s, removedStructure, orig) {
		return p, ok
	}
	built, wantDiags := Build(context.Background(), cfg, content.Set{Docs: append([]*content.Document{added}, docs...)}, md, Options{})
	sameAsBuild(t, s, built, removedStructure, p, last, wantDiags, orig)
	return p, ok
}
