package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// relistSite is a blog with reading lists: two notes listing links in
// prose, one of them a link the other lists too, a hidden note listing
// a link of the first, and a shelf of books in front matter.
const relistSite = `
-- content/notes/first.md --
---
title: First notes
date: 2026-03-01
tags: [sre]
---
Read these:

- [Raft](https://raft.github.io/) - consensus
- [Paxos](https://example.org/paxos) - the classic
-- content/notes/second.md --
---
title: Second notes
date: 2026-03-02
---
More:

- [Raft](https://raft.github.io) by Diego Ongaro. A second mention
- [Chubby](https://example.org/chubby) - locks
-- content/notes/quiet.md --
---
title: Quiet notes
date: 2026-03-04
hidden: true
---
Kept to myself:

- [Paxos](https://example.org/paxos) - quietly
-- content/speakers/ada.md --
---
title: Ada Lovelace
company: Engines
---
Ada writes about engines. She recommends:

- [Notes on the engine](https://example.org/engine) - the first program
-- content/events/conf.md --
---
kind: event
name: Conf
venue: Old Hall
start: 2026-05-01
end: 2026-05-01
---
Conf's reading:

- [Venue guide](https://example.org/venue) - how to get there
-- content/talks/engines.md --
---
title: Engines
event: Conf
date: 2026-05-01 10:00
speakers: [Ada Lovelace]
---
About engines.
-- content/reading/shelf.md --
---
title: Shelf
books:
  - title: Thinking in Systems
    author: Donella Meadows
    status: reading
---
My shelf.
`

// TestReadingItemsEditedInPlace edits a blog's reading items as its
// author would, each edit made in the last model in place (no model
// stage), every output then a fresh build's and every fingerprint kept
// render.Fingerprints' (the reading list's keys computed again by
// render.Prints.Moved, not anew): a link added to a note,
// a link's note edited, the note's URL moved after the other's, a
// book's status, a new note listing links another lists, its file
// renamed, then removed.
func TestReadingItemsEditedInPlace(t *testing.T) {
	dir, s := startSession(t, relistSite)
	first := strings.SplitAfter(relistSite, "-- content/notes/first.md --\n")[1]
	first = first[:strings.Index(first, "-- ")]
	edit(t, dir, "content/notes/first.md", first+"- [Spanner](https://example.org/spanner) - time\n")
	rebuiltInPlace(t, s, dir, "a link added", "reading/index.html", true, "content/notes/first.md")
	samePrints(t, s)
	if !strings.Contains(body(t, s, "reading/index.html"), "https://example.org/spanner") {
		t.Error("/reading/ does not list the link added")
	}
	first = strings.Replace(first, "- consensus", "- consensus, made plain", 1)
	edit(t, dir, "content/notes/first.md", first)
	rebuiltInPlace(t, s, dir, "a link's note", "reading/index.html", true, "content/notes/first.md")
	samePrints(t, s)
	first = strings.Replace(first, "date: 2026-03-01\n", "date: 2026-03-01\nslug: zz-first\n", 1)
	edit(t, dir, "content/notes/first.md", first)
	rebuiltInPlace(t, s, dir, "a slug, its URL after the other note's", "notes/zz-first/index.html", true, "content/notes/first.md")
	samePrints(t, s)
	// A move that keeps the URL leaves the reading list as it was.
	edit(t, dir, "content/notes/first.md", strings.Replace(strings.Replace(first, "2026-03-01", "2026-03-05", 1), "title: First notes", "title: First notes, retitled", 1))
	rebuiltInPlace(t, s, dir, "a date and a title, the URL kept", "notes/zz-first/index.html", true, "content/notes/first.md")
	samePrints(t, s)
	edit(t, dir, "content/notes/first.md", first)
	rebuiltInPlace(t, s, dir, "the date and title back", "notes/zz-first/index.html", true, "content/notes/first.md")
	samePrints(t, s)

	shelf := "---\ntitle: Shelf\nbooks:\n  - title: Thinking in Systems\n    author: Donella Meadows\n    status: read\n  - title: Release It!\n    author: Michael Nygard\n---\nMy shelf.\n"
	edit(t, dir, "content/reading/shelf.md", shelf)
	rebuiltInPlace(t, s, dir, "a book's status and a book added", "reading/index.html", true, "content/reading/shelf.md")
	samePrints(t, s)

	note := "---\ntitle: A new post\ndate: 2026-03-03\n---\nLinks:\n\n- [Raft](https://www.raft.github.io/) - the site\n- [Zab](https://example.org/zab) - ZooKeeper's\n"
	edit(t, dir, "content/notes/a-new.md", note)
	rebuiltInPlace(t, s, dir, "a new post listing links", "notes/a-new/index.html", true, "content/notes/a-new.md")
	samePrints(t, s)
	notes := filepath.Join(dir, "content", "notes")
	if err := os.Rename(filepath.Join(notes, "a-new.md"), filepath.Join(notes, "z-new.md")); err != nil {
		t.Fatal(err)
	}
	rebuiltInPlace(t, s, dir, "the post renamed", "notes/z-new/index.html", true, "content/notes/a-new.md", "content/notes/z-new.md")
	samePrints(t, s)
	if err := os.Remove(filepath.Join(notes, "z-new.md")); err != nil {
		t.Fatal(err)
	}
	rebuiltInPlace(t, s, dir, "the post removed", "notes/z-new/index.html", false, "content/notes/z-new.md")
	samePrints(t, s)
	if strings.Contains(body(t, s, "reading/index.html"), "example.org/zab") {
		t.Error("/reading/ still lists the removed post's link")
	}
	// The hidden note's link is now its alone: its item names an entry
	// of its own, which no shown page's key holds.
	edit(t, dir, "content/notes/first.md", strings.Replace(first, "- [Paxos](https://example.org/paxos) - the classic\n", "", 1))
	rebuiltInPlace(t, s, dir, "a link a hidden page lists too, removed", "reading/index.html", true, "content/notes/first.md")
	samePrints(t, s)

	// A speaker's page and an event's page, their own text edited with
	// their links: the person's bio, the event's venue, shown elsewhere.
	edit(t, dir, "content/speakers/ada.md", "---\ntitle: Ada Lovelace\ncompany: Engines\n---\nAda wrote the first program. She recommends:\n\n- [Notes on the engine](https://example.org/engine) - the first program, annotated\n")
	_, diags := s.Rebuild(context.Background(), []string{"content/speakers/ada.md"})
	sameAsFullBuild(t, s, dir, diags)
	samePrints(t, s)
	edit(t, dir, "content/events/conf.md", "---\nkind: event\nname: Conf\nvenue: New Hall\nstart: 2026-05-01\nend: 2026-05-01\n---\nConf's reading:\n\n- [Venue guide](https://example.org/venue) - the new hall\n")
	rebuiltInPlace(t, s, dir, "an event's venue and link", "reading/index.html", true, "content/events/conf.md")
	samePrints(t, s)
}
