package site

import (
	"maps"
	"strings"
	"testing"
)

// repeopleSite is retimeSite with more people: Grace Hopper has a page
// of her own (content/speakers/grace.md, so "grace" names her too) and
// talk E; Dan's bio is written by talk F first and by talk G after it;
// Eve is named by a hidden talk alone; talk I books Ada at the time of
// talk A; talk J has no speakers; Kim gives talk K alone, Nora talk L
// and a note; Pat writes a note and gives no talk; Ada's note R lists
// a reading item.
func repeopleSite() map[string]string {
	files := maps.Clone(retimeSite)
	files["content/speakers/grace.md"] = "---\ntitle: Grace Hopper\n---\nGrace's own page.\n"
	// Mo's photo is no file of the site: a warning at Mo's page.
	files["content/speakers/mo.md"] = "---\ntitle: Mo Missing\nphoto: missing.jpg\n---\nMo's page.\n"
	files["content/talks/mo.md"] = "---\ntitle: Talk Mo\ndate: 2024-05-02 16:00\nroom: Side\nevent: conf\nspeakers:\n  - name: Mo Missing\n    photo: missing.jpg\n---\nMo speaks.\n"
	files["content/talks/e.md"] = "---\ntitle: Talk E\ndate: 2024-05-01 14:00\nroom: Main\nevent: conf\nspeakers: [Grace Hopper]\n---\nE.\n"
	files["content/talks/f.md"] = "---\ntitle: Talk F\ndate: 2024-05-02 10:00\nroom: Main\nevent: conf\nspeakers:\n  - name: Dan\n    bio: From F.\n---\nF.\n"
	files["content/talks/g.md"] = "---\ntitle: Talk G\ndate: 2024-05-02 11:00\nroom: Side\nevent: conf\nspeakers:\n  - name: Dan\n    bio: From G.\n  - Bob\n---\nG.\n"
	files["content/talks/h.md"] = "---\ntitle: Hidden\ndate: 2024-05-01 15:00\nevent: conf\nhidden: true\nspeakers: [Eve]\n---\nH.\n"
	files["content/talks/i.md"] = "---\ntitle: Talk I\ndate: 2024-05-01 10:30\nend: 2024-05-01 10:40\nevent: conf\nspeakers: [Ada, Cy]\n---\nI.\n"
	files["content/talks/j.md"] = "---\ntitle: Talk J\ndate: 2024-05-02 15:00\nroom: Main\nevent: conf\n---\nJ.\n"
	files["content/talks/k.md"] = "---\ntitle: Talk K\ndate: 2024-05-02 16:00\nroom: Side\nevent: conf\nspeakers: [Kim]\n---\nK.\n"
	files["content/talks/l.md"] = "---\ntitle: Talk L\ndate: 2024-05-02 17:00\nroom: Side\nevent: conf\nspeakers: [Nora]\n---\nL.\n"
	files["content/notes/o.md"] = "---\ntitle: Nora's note\ndate: 2024-06-02\nauthor: Nora\n---\nO.\n"
	files["content/notes/p.md"] = "---\ntitle: Pat's note\ndate: 2024-06-03\nauthor: Pat\n---\nP.\n"
	files["content/notes/r.md"] = "---\ntitle: Reading\ndate: 2024-06-04\nauthor: Ada\n---\nRead:\n\n- [Go](https://go.dev/) - the language\n"
	return files
}

// TestRepeopleGivesWhatBuildGives gives talks other people of the site,
// and compares the model (every page's people, every person merged,
// their talks and notes, every list and schedule) and its diagnostics
// with a build of the edited files; Undo must put it back. The edits
// Move must leave to a build leave the model as it was.
func TestRepeopleGivesWhatBuildGives(t *testing.T) {
	files := repeopleSite()
	speakers := func(file, list string) string {
		text := files[file]
		i := strings.Index(text, "speakers:")
		j := strings.Index(text, "\n---\n")
		return text[:i] + list + text[j:]
	}
	for _, tc := range []struct {
		name, file, text string
		ok               bool
	}{
		{"a speaker joined", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [Ada, Bob, Cy]"), true},
		{"a speaker removed", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [Bob]"), true},
		{"the speakers reordered", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [Bob, Ada]"), true},
		{"a speaker replaced", "content/talks/c.md", speakers("content/talks/c.md", "speakers: [Cy]"), true},
		{"a speaker named by the slug of their page", "content/talks/c.md", speakers("content/talks/c.md", "speaker_slugs: [grace]"), true},
		{"a speaker with a page of their own joined", "content/talks/a.md", speakers("content/talks/a.md", "speakers: [Ada, Grace Hopper]"), true},
		{"a speaker with a page of their own left without talks", "content/talks/e.md", speakers("content/talks/e.md", "speakers: [Ada]"), true},
		{"the person a hidden talk alone names joined", "content/talks/d.md", speakers("content/talks/d.md", "speakers: [Cy, Eve]"), true},
		{"a speaker left whose bio an earlier talk wrote", "content/talks/g.md", speakers("content/talks/g.md", "speakers: [Bob]"), true},
		{"a double booking made", "content/talks/c.md", speakers("content/talks/c.md", "speakers: [Bob, Ada]"), true},
		{"a double booking unmade", "content/talks/i.md", speakers("content/talks/i.md", "speakers: [Cy]"), true},
		{"a speaker and a time", "content/talks/a.md", strings.Replace(speakers("content/talks/a.md", "speakers: [Bob]"), "10:00\nend: 2024-05-01 10:45", "16:00\nend: 2024-05-01 16:45", 1), true},
		{"a speaker and a slug", "content/talks/d.md", "---\nslug: zz\n" + strings.TrimPrefix(speakers("content/talks/d.md", "speakers: [Cy, Bob]"), "---\n"), true},
		{"a speaker and a tag", "content/talks/d.md", strings.Replace(speakers("content/talks/d.md", "speakers: [Ada]"), "tags: [x]", "tags: []", 1), true},
		{"a speaker double-booked elsewhere joined", "content/talks/d.md", speakers("content/talks/d.md", "speakers: [Cy, Ada]"), true},
		{"a hidden talk given another speaker", "content/talks/h.md", speakers("content/talks/h.md", "speakers: [Eve, Cy]"), true},
		{"a speaker named again by the slug of their page", "content/talks/e.md", speakers("content/talks/e.md", "speakers: [Grace Hopper]\nspeaker_slugs: [grace]"), false},
		{"a person the site does not have", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [Ada, Zed]"), true},
		{"a new person first of all", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [Aaron, Ada, Bob]"), true},
		{"a new person with a bio", "content/talks/c.md", speakers("content/talks/c.md", "speakers:\n  - Bob\n  - name: Zed\n    bio: Zed's *own* words.\n    company: Z"), true},
		{"a new person given a hidden talk", "content/talks/h.md", speakers("content/talks/h.md", "speakers: [Eve, Zed]"), true},
		{"the last talk naming a person leaving them", "content/talks/h.md", speakers("content/talks/h.md", "speakers: [Cy]"), true},
		{"a person renamed", "content/talks/k.md", speakers("content/talks/k.md", "speakers: [Kim Lee]"), true},
		{"a person renamed and moved", "content/talks/k.md", strings.Replace(speakers("content/talks/k.md", "speakers: [Kim Lee]"), "16:00", "09:00", 1), true},
		{"a new person with a remote photo", "content/talks/b.md", speakers("content/talks/b.md", "speakers:\n  - Ada\n  - name: Zed\n    photo: https://example.org/zed.jpg"), true},
		{"a new person with a local photo", "content/talks/b.md", speakers("content/talks/b.md", "speakers:\n  - Ada\n  - name: Zed\n    photo: zed.jpg"), true},
		{"a new person with a local photo from the site root", "content/talks/b.md", speakers("content/talks/b.md", "speakers:\n  - Ada\n  - name: Zed\n    photo: /img/zed.jpg"), true},
		{"a new person whose local photo is not a file of the site", "content/talks/b.md", speakers("content/talks/b.md", "speakers:\n  - Ada\n  - name: Zed\n    photo: missing.jpg"), false},
		{"a new person who writes notes", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [Ada, Pat]"), false},
		{"the last talk naming a person who writes notes", "content/talks/l.md", speakers("content/talks/l.md", "speakers: [Ada]"), false},
		{"a person named twice", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [Ada, Grace Hopper]\nspeaker_slugs: [grace]"), false},
		{"the last speaker removed", "content/talks/c.md", speakers("content/talks/c.md", "speakers: []"), false},
		{"a first speaker", "content/talks/j.md", strings.Replace(files["content/talks/j.md"], "event: conf\n", "event: conf\nspeakers: [Ada]\n", 1), false},
		{"a speaker left whose bio the talk wrote first", "content/talks/f.md", speakers("content/talks/f.md", "speakers: [Bob]"), true},
		{"a photo written for a speaker", "content/talks/c.md", speakers("content/talks/c.md", "speakers:\n  - name: Bob\n    photo: https://example.org/bob.jpg"), true},
		{"a local photo written for a speaker", "content/talks/c.md", speakers("content/talks/c.md", "speakers:\n  - name: Bob\n    photo: bob.jpg"), true},
		{"a local photo written for a speaker, not a file of the site", "content/talks/c.md", speakers("content/talks/c.md", "speakers:\n  - name: Bob\n    photo: missing.jpg"), false},
		{"a bio written for a speaker", "content/talks/d.md", speakers("content/talks/d.md", "speakers:\n  - name: Cy\n    bio: Cy's *own*."), true},
		{"a bio rewritten by the talk writing it first", "content/talks/f.md", speakers("content/talks/f.md", "speakers:\n  - name: Dan\n    bio: From F, again."), true},
		{"a name respelled by the talk writing it first", "content/talks/a.md", speakers("content/talks/a.md", "speakers: [ADA]"), true},
		{"a name respelled where its first file is another's", "content/talks/b.md", speakers("content/talks/b.md", "speakers: [ADA, Bob]"), true},
		{"a speaker's page: its body, their bio", "content/speakers/grace.md", "---\ntitle: Grace Hopper\n---\nGrace's own page, *longer*.\n", true},
		{"a speaker's page: a company", "content/speakers/grace.md", "---\ntitle: Grace Hopper\ncompany: Navy\n---\nGrace's own page.\n", true},
		{"a speaker's page: a bio field", "content/speakers/grace.md", "---\ntitle: Grace Hopper\nbio: Wrote compilers.\n---\nGrace's own page.\n", true},
		{"a speaker's page: the name respelled", "content/speakers/grace.md", "---\ntitle: GRACE HOPPER\n---\nGrace's own page.\n", true},
		{"a speaker's page: another person", "content/speakers/grace.md", "---\ntitle: Grace Brewster\n---\nGrace's own page.\n", false},
		{"a speaker's page: a photo", "content/speakers/grace.md", "---\ntitle: Grace Hopper\nphoto: https://example.org/grace.jpg\n---\nGrace's own page.\n", true},
		{"a speaker's page: a local photo", "content/speakers/grace.md", "---\ntitle: Grace Hopper\nphoto: grace.jpg\n---\nGrace's own page.\n", true},
		{"a speaker's page: a local photo, not a file of the site", "content/speakers/grace.md", "---\ntitle: Grace Hopper\nphoto: missing.jpg\n---\nGrace's own page.\n", false},
		{"a speaker's page: a slug", "content/speakers/grace.md", "---\ntitle: Grace Hopper\nslug: gh\n---\nGrace's own page.\n", false},
		{"a speaker's page whose photo is missing: its body, their bio", "content/speakers/mo.md", "---\ntitle: Mo Missing\nphoto: missing.jpg\n---\nMo's page, *longer*.\n", true},
		{"a speaker's page whose photo is missing: the name respelled, which the talk's warning quotes", "content/speakers/mo.md", "---\ntitle: MO MISSING\nphoto: missing.jpg\n---\nMo's page.\n", false},
		{"a talk writing a missing photo: a slug above it", "content/talks/mo.md", "---\nslug: mo-talk\ntitle: Talk Mo\ndate: 2024-05-02 16:00\nroom: Side\nevent: conf\nspeakers:\n  - name: Mo Missing\n    photo: missing.jpg\n---\nMo speaks.\n", true},
		{"a note given an author", "content/notes/n.md", strings.Replace(files["content/notes/n.md"], "author: Ada", "author: Bob", 1), true},
		{"a note given an author the site does not have", "content/notes/n.md", strings.Replace(files["content/notes/n.md"], "author: Ada", "author: Pat Smith", 1), true},
		{"a note given a second author", "content/notes/n.md", strings.Replace(files["content/notes/n.md"], "author: Ada", "authors: [Grace Hopper, Ada]", 1), true},
		{"a note's author left to a note alone", "content/notes/p.md", strings.Replace(files["content/notes/p.md"], "author: Pat", "author: Cy", 1), true},
		{"a note left without authors", "content/notes/n.md", strings.Replace(files["content/notes/n.md"], "author: Ada\n", "", 1), true},
		{"a note with a reading item given another author", "content/notes/r.md", strings.Replace(files["content/notes/r.md"], "author: Ada", "author: Bob", 1), true},
		{"a note with a reading item given another slug", "content/notes/r.md", strings.Replace(files["content/notes/r.md"], "author: Ada", "author: Ada\nslug: rr", 1), true},
		{"a note naming a person twice", "content/notes/n.md", strings.Replace(files["content/notes/n.md"], "author: Ada", "authors: [Grace Hopper, grace]", 1), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edited := maps.Clone(files)
			edited[tc.file] = tc.text
			checkMoveInTime(t, files, edited, tc.file, tc.ok)
		})
	}
}

// TestRepeopleChoosesThePhotoAsBuildDoes: a person's photo is chosen
// among every photo written for them (the first local file published,
// else the first remote URL), so a talk leaving a person may change it
// though another talk wrote the first; Move chooses it again. A local
// photo that is not a file of the site, before or after, is a warning
// naming the person and the photo chosen: Move leaves that to a build.
func TestRepeopleChoosesThePhotoAsBuildDoes(t *testing.T) {
	withPhotos := func(first string) map[string]string {
		files := repeopleSite()
		files["content/talks/f.md"] = strings.Replace(files["content/talks/f.md"], "bio: From F.", "bio: From F.\n    photo: "+first, 1)
		files["content/talks/g.md"] = strings.Replace(files["content/talks/g.md"], "bio: From G.", "bio: From G.\n    photo: https://example.org/dan.jpg", 1)
		return files
	}
	for _, tc := range []struct {
		name, first, file, text string
		ok                      bool
	}{
		{"the remote photo's talk leaves", "dan.png", "content/talks/g.md", "---\ntitle: Talk G\ndate: 2024-05-02 11:00\nroom: Side\nevent: conf\nspeakers: [Bob]\n---\nG.\n", true},
		{"the local photo's talk leaves", "dan.png", "content/talks/f.md", "---\ntitle: Talk F\ndate: 2024-05-02 10:00\nroom: Main\nevent: conf\nspeakers: [Bob]\n---\nF.\n", true},
		{"the local photo's talk writes another", "dan.png", "content/talks/f.md", "---\ntitle: Talk F\ndate: 2024-05-02 10:00\nroom: Main\nevent: conf\nspeakers:\n  - name: Dan\n    bio: From F.\n    photo: /img/dan.png\n---\nF.\n", true},
		{"a missing photo's talk leaves", "missing.png", "content/talks/f.md", "---\ntitle: Talk F\ndate: 2024-05-02 10:00\nroom: Main\nevent: conf\nspeakers: [Bob]\n---\nF.\n", false},
		{"a talk leaves a person with a missing photo", "missing.png", "content/talks/g.md", "---\ntitle: Talk G\ndate: 2024-05-02 11:00\nroom: Side\nevent: conf\nspeakers: [Bob]\n---\nG.\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := withPhotos(tc.first)
			edited := maps.Clone(files)
			edited[tc.file] = tc.text
			checkMoveInTime(t, files, edited, tc.file, tc.ok)
		})
	}
}
