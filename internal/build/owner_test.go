package build

import (
	"strings"
	"testing"
)

// ownerTalksSite is a one-person talk archive as academicpages writes
// it: the owner in _config.yml's author: mapping, the talks naming no
// speaker, their layout showing the owner's profile by the defaults.
const ownerTalksSite = `
-- _config.yml --
title: Mara Quill
url: https://mara.example.org
author:
  name: "Mara Quill"
  avatar: "profile.png"
  bio: "Studies how moss travels."
  employer: "Lichen Institute"
  github: "maraquill"
collections:
  talks:
    output: true
    permalink: /:collection/:path/
defaults:
  - scope: {path: "", type: talks}
    values: {layout: talk, author_profile: true}
-- images/profile.png --
png
-- _talks/2019-04-02-moss.md --
---
title: "Moss on the move"
collection: talks
type: "Talk"
permalink: /talks/2019-04-02-moss
venue: "Arctic Ecology Days"
date: 2019-04-02
location: "Oslo, Norway"
---
How moss spores travel.
`

// TestOwnerTalks: the talks of a one-person archive are given by the
// site's owner, whose page shows the config's bio, employer, avatar and
// accounts; the talks had no speaker.
func TestOwnerTalks(t *testing.T) {
	out, diags := buildSiteWith(t, ownerTalksSite, Options{NoMinify: true})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	talk := out("talks/2019-04-02-moss/index.html")
	if want := `href="/speakers/mara-quill/"`; !strings.Contains(talk, want) {
		t.Errorf("talk page lacks %q:\n%s", want, talk)
	}
	person := out("speakers/mara-quill/index.html")
	for _, want := range []string{"Studies how moss travels.", "Lichen Institute", `src="/images/profile.png"`, "https://github.com/maraquill", "Moss on the move"} {
		if !strings.Contains(person, want) {
			t.Errorf("speaker page lacks %q:\n%s", want, person)
		}
	}
}
