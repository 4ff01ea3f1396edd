package build

import (
	"context"
	"strings"
	"testing"
)

// TestNoteSpeakersLinked: a meetup's recap or a post of notes on a talk
// names its speakers by name, or by their speaker page's file (speaker:
// grace for _speakers/grace.md); the note links each to the page the
// site has for them, and names one it has none for, unlinked. The
// preview shows what a fresh build does through the edits that change
// whom the note links: a speaker added, a speaker page renamed, a
// speaker page added for a name the note writes, and a note added.
func TestNoteSpeakersLinked(t *testing.T) {
	dir, s := startSession(t, `
-- _config.yml --
title: River Devs
collections:
  speakers:
    output: true
-- _speakers/ada-lovelace.md --
---
name: Ada Lovelace
---
Ada writes engines.
-- _speakers/grace.md --
---
name: Grace Hopper
---
Grace writes compilers.
-- _posts/2024-03-05-march.md --
---
title: March recap
speakers: [Ada Lovelace, Alan Turing]
---
Thanks.
-- _posts/2024-04-05-april.md --
---
title: April notes
speaker: grace
---
Notes.
`)
	for page, want := range map[string]string{
		"2024/03/05/march.html": `<dt>Speakers</dt><dd><a href="/speakers/ada-lovelace.html">Ada Lovelace</a>, Alan Turing</dd>`,
		"2024/04/05/april.html": `<dt>Speaker</dt><dd><a href="/speakers/grace.html">Grace Hopper</a></dd>`,
	} {
		if got := body(t, s, page); !strings.Contains(got, want) {
			t.Errorf("%s lacks %s:\n%s", page, want, got)
		}
	}
	ctx := context.Background()
	for _, st := range []struct{ name, file, text string }{
		{"a body edit", "_posts/2024-03-05-march.md", "---\ntitle: March recap\nspeakers: [Ada Lovelace, Alan Turing]\n---\nThanks again.\n"},
		{"a speaker added", "_posts/2024-03-05-march.md", "---\ntitle: March recap\nspeakers: [Ada Lovelace, Alan Turing, grace]\n---\nThanks again.\n"},
		{"a speaker page renamed", "_speakers/grace.md", "---\nname: Grace B. Hopper\n---\nGrace writes compilers.\n"},
		{"a page for a name the note writes", "_speakers/alan.md", "---\nname: Alan Turing\n---\nAlan computes.\n"},
		{"a note added", "_posts/2024-05-05-may.md", "---\ntitle: May notes\nspeaker: Alan Turing\n---\nMay.\n"},
	} {
		edit(t, dir, st.file, st.text)
		_, diags := s.Rebuild(ctx, []string{st.file})
		t.Run(st.name, func(t *testing.T) { sameAsFullBuild(t, s, dir, diags) })
	}
}
