package build

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// repeopleSite is moveSite with Alan Turing, who gives talks C (with
// Grace Hopper) and D; talk E, after them, is the one edited.
const repeopleSite = moveSite + `-- content/talks/c.md --
---
title: Talk C
speakers: [Grace Hopper, Alan Turing]
event: Conf 2024
date: 2024-05-02T10:00:00
room: Main
---
C.
-- content/talks/d.md --
---
title: Talk D
speakers: [Alan Turing]
event: Conf 2024
date: 2024-05-01T10:00:00
room: Side
---
D.
-- content/talks/e.md --
` + repeopleTalkE + `-- static/img/yan.jpg --
a photo
-- static/img/yan-2.jpg --
another photo
-- static/img/ada.jpg --
Ada's photo
`

// repeopleTalkE is talk E as TestRepeopleLeavesNothingStale starts it.
const repeopleTalkE = "---\ntitle: Talk E\nspeakers: [Ada Lovelace]\nevent: Conf 2024\ndate: 2024-05-01T14:00:00\nroom: Main\n---\nE.\n"

// TestRepeopleLeavesNothingStale gives a talk other people of the site,
// in place (site.Site.Move), and checks after each edit that every
// output (the stale ones asked for) and diagnostic is what a fresh
// build gives, and every kept fingerprint render.Fingerprints's: the
// pages of the people the talk left no longer list it, those it joined
// do, and its own page, its event's, the schedule and the speakers
// index show its new people. A person the site does not have is made,
// with their page, and one the talk was the last to name goes (twice: a
// person the talk made, and one another talk leaves); a company the talk
// writes first is left to a build, and a new person's photo only when
// it is not a file of the site. A speaker's page giving its person
// another bio, company, name or photo moves in place too.
func TestRepeopleLeavesNothingStale(t *testing.T) {
	dir, s := startSession(t, repeopleSite)
	people := func(list string) string {
		return strings.Replace(repeopleTalkE, "speakers: [Ada Lovelace]", list, 1)
	}
	const e = "content/talks/e.md"
	talkC := "---\ntitle: Talk C\nspeakers: [Grace Hopper, Alan Turing]\nevent: Conf 2024\ndate: 2024-05-02T10:00:00\nroom: Main\n---\nC.\n"
	talkD := "---\ntitle: Talk D\nspeakers: [Alan Turing]\nevent: Conf 2024\ndate: 2024-05-01T10:00:00\nroom: Side\n---\nD.\n"
	steps := []moveStep{
		{"a speaker joined", e, people("speakers: [Ada Lovelace, Grace Hopper]"), true},
		{"the speakers reordered", e, people("speakers: [Grace Hopper, Ada Lovelace]"), true},
		{"a speaker replaced", e, people("speakers: [Grace Hopper, Alan Turing]"), true},
		{"a speaker and a time, double-booked", e, strings.Replace(people("speakers: [Alan Turing]"), "14:00", "10:00", 1), true},
		{"a speaker and a slug", e, withSlug(people("speakers: [Ada Lovelace, Alan Turing]"), "e2"), true},
		{"a person the site does not have", e, people("speakers: [Zed Shaw]"), true},
		{"back, the new person left without talks", e, people("speakers: [Ada Lovelace]"), true},
		{"a new person with a bio, first in the index", e, people("speakers:\n  - Ada Lovelace\n  - name: Aaron Abel\n    bio: Writes *books*.\n    company: Abel & Co"), true},
		{"the new person renamed", e, people("speakers:\n  - Ada Lovelace\n  - name: Aaron Abel-Baker\n    bio: Writes *books*.\n    company: Abel & Co"), true},
		{"a company written first", e, people("speakers:\n  - name: Ada Lovelace\n    company: Analytical"), true},
		{"a speaker joined, the company kept", e, people("speakers:\n  - name: Ada Lovelace\n    company: Analytical\n  - Grace Hopper"), true},
		{"a speaker left by another talk", "content/talks/d.md", strings.Replace(talkD, "[Alan Turing]", "[Grace Hopper]", 1), true},
		{"the last talk naming a person leaving them", "content/talks/c.md", strings.Replace(talkC, ", Alan Turing", "", 1), true},
		{"a name respelled by the first talk naming them", "content/talks/c.md", strings.Replace(talkC, "[Grace Hopper, Alan Turing]", "[GRACE HOPPER]", 1), true},
		{"a bio written by the first talk naming them", "content/talks/c.md", strings.Replace(talkC, "[Grace Hopper, Alan Turing]", "[{name: Grace Hopper, bio: Wrote *compilers*., company: Navy}]", 1), true},
		{"the bio given up", "content/talks/c.md", talkC, true},
		{"a speaker's page: the bio", "content/speakers/ada-lovelace.md", "---\nname: Ada Lovelace\nbio: Wrote the first *program*.\n---\nAda.\n", true},
		{"a speaker's page: a company", "content/speakers/ada-lovelace.md", "---\nname: Ada Lovelace\nbio: Wrote the first *program*.\ncompany: Engines\n---\nAda.\n", true},
		{"a speaker's page: the name respelled", "content/speakers/ada-lovelace.md", "---\nname: ADA LOVELACE\nbio: Wrote the first *program*.\ncompany: Engines\n---\nAda.\n", true},
		{"a note's authors", "content/notes/n.md", "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Grace Hopper, Ada Lovelace]\ntags: [x]\n---\nBody of the note.\n", true},
		{"a note's author new to the site", "content/notes/n.md", "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Pat Smith]\ntags: [x]\n---\nBody of the note.\n", true},
		{"a note's author back", "content/notes/n.md", "---\ntitle: A note\ndate: 2024-06-01\nauthors: [Ada Lovelace]\ntags: [x]\n---\nBody of the note.\n", true},
		{"a new person with a remote photo", e, people("speakers:\n  - Ada Lovelace\n  - name: Yan\n    photo: https://example.org/yan.jpg"), true},
		{"the person with a remote photo let go", e, people("speakers:\n  - Ada Lovelace"), true},
		{"a new person with a local photo", e, people("speakers:\n  - Ada Lovelace\n  - name: Yan\n    photo: /img/yan.jpg"), true},
		{"the new person given another local photo", e, people("speakers:\n  - Ada Lovelace\n  - name: Yan\n    photo: img/yan-2.jpg"), true},
		{"the person with a local photo let go", e, people("speakers:\n  - Ada Lovelace"), true},
		{"a speaker's page: a local photo", "content/speakers/ada-lovelace.md", "---\nname: ADA LOVELACE\nbio: Wrote the first *program*.\ncompany: Engines\nphoto: /img/ada.jpg\n---\nAda.\n", true},
		{"a talk writing another photo, not chosen", e, people("speakers:\n  - name: Ada Lovelace\n    photo: /img/yan.jpg"), true},
		{"a speaker's page: the local photo given up", "content/speakers/ada-lovelace.md", "---\nname: ADA LOVELACE\nbio: Wrote the first *program*.\ncompany: Engines\n---\nAda.\n", true},
		{"a new person whose photo is not a file of the site", e, people("speakers:\n  - Ada Lovelace\n  - name: Yan\n    photo: yan-gone.jpg"), false},
		{"a new person whose photo is a file of the site named alone", e, people("speakers:\n  - Ada Lovelace\n  - name: Yan\n    photo: yan.jpg"), true},
		{"the person whose photo is not a file of the site let go", e, people("speakers:\n  - Ada Lovelace"), true},
	}
	runMoveSteps(t, context.Background(), s, dir, steps)
}

// diffPhotos are photos the randomized edits write for people: files
// of the site (static/, from its root or not), a remote one, and one
// that is no file of the site, which a build warns about.
var diffPhotos = []string{"/img/photo-1.jpg", "img/photo-2.jpg", "https://example.org/photo.jpg", "missing.jpg"}

// photo is, one time in two, a photo field to add to a person's map
// (", photo: …"), else "".
func (d *diffSite) photo() string {
	if d.r.IntN(2) == 0 {
		return ""
	}
	return fmt.Sprintf(", photo: %q", pick(d.r, diffPhotos))
}

// diffPeople are the people TestDifferentialPeople's talks are given at
// first; diffNewPeople those its edits add, new to the site until a talk
// names them.
var (
	diffPeople    = []string{"Ada Lovelace", "Grace Hopper", "Alan Turing", "Barbara Liskov", "Edsger Dijkstra"}
	diffNewPeople = []string{"Zed Shaw", "Aaron Abel", "Mary Kenneth Keller", "ada lovelace"}
)

// peopleEdit gives a talk other speakers, as organisers do: people of
// the site, people new to it (sometimes with a bio and company), the
// last talk of a person giving them up; sometimes with a new time too.
func (d *diffSite) peopleEdit() (string, []string) {
	var talks []string
	for _, name := range slices.Sorted(maps.Keys(d.files)) {
		if d.files[name].kind == "talk" {
			talks = append(talks, name)
		}
	}
	name := pick(d.r, talks)
	f := d.files[name]
	pool := slices.Concat(diffPeople, diffNewPeople[:1+d.r.IntN(len(diffNewPeople))])
	v := diffList(d.r, pool)
	if d.r.IntN(4) == 0 {
		v = fmt.Sprintf("[%q, {name: %q, bio: %q, company: %q%s}]", pick(d.r, diffPeople), pick(d.r, diffNewPeople), diffSentence(d.r), pick(d.r, diffWords), d.photo())
	}
	f.set("speakers", v)
	what := "people " + name + " " + v
	if d.r.IntN(4) == 0 {
		v := diffValue(d.r, "talk", "date")
		f.set("date", v)
		what += " date " + v
	}
	d.write(name)
	return what, []string{name}
}

// speakerPageEdit gives a speaker's page another company, name (often
// another spelling of the same) or body, which is their bio when no
// field gives one.
func (d *diffSite) speakerPageEdit() (string, []string) {
	var pages []string
	for _, name := range slices.Sorted(maps.Keys(d.files)) {
		if d.files[name].kind == "speaker" {
			pages = append(pages, name)
		}
	}
	name := pick(d.r, pages)
	f := d.files[name]
	what := "speaker page " + name
	switch d.r.IntN(4) {
	case 0:
		v := pick(d.r, diffWords)
		f.set("company", v)
		what += " company " + v
	case 3:
		v := pick(d.r, diffPhotos)
		f.set("photo", v)
		what += " photo " + v
	case 1:
		v := fmt.Sprintf("%q", pick(d.r, slices.Concat(diffPeople, diffNewPeople)))
		f.set("name", v)
		what += " name " + v
	default:
		f.body = diffBody(d.r)
		what += " body"
	}
	d.write(name)
	return what, []string{name}
}

// authorEdit gives a note other authors: people of the site, people
// new to it, none.
func (d *diffSite) authorEdit() (string, []string) {
	var notes []string
	for _, name := range slices.Sorted(maps.Keys(d.files)) {
		if d.files[name].kind == "note" {
			notes = append(notes, name)
		}
	}
	name := pick(d.r, notes)
	f := d.files[name]
	v := diffList(d.r, slices.Concat(diffPeople, diffNewPeople))
	if d.r.IntN(6) == 0 {
		f.unset("author")
		v = "none"
	} else {
		f.set("author", v)
	}
	d.write(name)
	return "author " + name + " " + v, []string{name}
}

// TestDifferentialPeople is the randomized test with the edits of a
// programme's people: talks given other speakers of the site, people new
// to it, the last talk of a person leaving them, speakers' pages giving
// their person another name, company or bio, notes given other
// authors, who give talks or not; every output and diagnostic is compared
// with a fresh build after each edit, and every kept fingerprint.
// -diff.edits and -diff.seed set it as they set the randomized test.
func TestDifferentialPeople(t *testing.T) {
	seed, edits := diffRun(80)
	d, s := startDiffSite(t, rand.NewPCG(seed, 3), "title = \"People\"\nbase_url = \"https://example.org/\"\ntimezone = \"Europe/Lisbon\"\n",
		"talk", "talk", "talk", "talk", "talk", "talk", "talk", "talk", "note", "note", "speaker")
	var first []string
	for name, f := range d.files {
		switch f.kind {
		case "talk":
			f.set("event", "Conf")
			f.set("speakers", diffList(d.r, diffPeople))
		case "note":
			f.set("author", fmt.Sprintf("%q", pick(d.r, slices.Concat(diffPeople, diffNewPeople))))
		default:
			continue
		}
		d.write(name)
		first = append(first, name)
	}
	if _, diags := s.Rebuild(context.Background(), first); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	runDiffEdits(t, d, s, seed, edits, func() (string, []string) {
		switch n := d.r.IntN(8); {
		case n < 4:
			return d.peopleEdit()
		case n < 5:
			return d.speakerPageEdit()
		case n < 6:
			return d.authorEdit()
		case n < 6:
			return d.showEdit()
		}
		return d.bodyEdit()
	})
}

// TestMovedNoteKeepsItsReadingEntry: an edit that moves a page's lines
// without giving it another URL (a title rewritten a line lower) goes the way of an edit of its people, which Move takes for a page
// with reading items; the entries it is a source of show its title, so
// their fingerprints must be computed again (they were kept stale, and
// /reading/ showed the old title).
func TestMovedNoteKeepsItsReadingEntry(t *testing.T) {
	const note = "---\ntitle: An old title\ndate: 2024-06-01\nauthor: Ada Lovelace\n---\nWhat I read.\n\n- [Raft](https://raft.github.io/) - consensus\n"
	dir, s := startSession(t, "-- config.toml --\ntitle = \"Reading\"\n-- content/notes/n.md --\n"+note)
	const file = "content/notes/n.md"
	edit(t, dir, file, strings.Replace(note, "title: An old title\ndate: 2024-06-01\n", "date: 2024-06-01\ntitle: A named note\n", 1))
	rb, diags := s.Rebuild(context.Background(), []string{file})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if !moved(rb) {
		t.Errorf("the edit was not moved in place: stages %v", rb.Stages)
	}
	if got := body(t, s, "reading/index.html"); !strings.Contains(got, "A named note") {
		t.Errorf("/reading/ does not show the note's new title")
	}
	sameAsFullBuild(t, s, dir, diags)
}
