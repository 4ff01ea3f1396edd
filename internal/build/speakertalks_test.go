package build

import (
	"context"
	"testing"
)

// TestSpeakerPageTalksEdited edits a speaker's page that writes its talk
// in its own fields (talk_title), on a site with no data files: the
// talk is a document of the page's file beside the page, which the fast
// paths, one document a file, cannot place, so each edit builds the
// model, and every step gives what a fresh build gives.
func TestSpeakerPageTalksEdited(t *testing.T) {
	page := func(talk string) string {
		return "---\nname: Ada Lovelace\nbio: Mathematician.\n" + talk + "---\nAda's page.\n"
	}
	dir, s := startSession(t, `-- config.toml --
title = "Speakers"
-- content/speakers/ada.md --
`+page("talk_title: Notes on the Engine\n")+`-- content/talks/other.md --
---
title: Other
speakers: [Bo]
---
Other talk.
`)
	ctx := context.Background()
	steps := []struct {
		name string
		text string
	}{
		{"the talk renamed", page("talk_title: The Engine, Annotated\n")},
		{"the talk's text edited", page("talk_title: The Engine, Annotated\ntalk_description: Notes.\n")},
		{"the talk taken away", page("")},
		{"a talk written again", page("sessions:\n  - {title: Notes on the Engine, format: keynote}\n")},
		{"the page's body edited", page("sessions:\n  - {title: Notes on the Engine, format: keynote}\n") + "More.\n"},
	}
	for _, st := range steps {
		edit(t, dir, "content/speakers/ada.md", st.text)
		_, diags := s.Rebuild(ctx, []string{"content/speakers/ada.md"})
		t.Run(st.name, func(t *testing.T) {
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}
