package build

import (
	"context"
	"strings"
	"testing"
)

// eventTalksSite is a user group's site: each evening a file of
// meetups/ with front matter only, its talks listed whole in it, and
// one whose talks are named by slug only.
const eventTalksSite = `-- config.toml --
title = "User group"
base_url = "https://example.org/"
-- content/meetups/2021-03-18.md --
---
title: March Meetup
layout: meetups
location: Remote
started_at: 2021-03-18 19:00:00
ended_at: 2021-03-18 20:00:00
rsvp_url: https://meetup.example.org/e/1
talks:
  - speaker: Ada Lovelace
    title: Notes on the Engine
    slides: https://slides.example.org/engine
  - {speaker: Bo, title: Lightning talks, date: "2021-03-18 19:30"}
---
-- content/meetups/2021-04-15.md --
---
title: April Meetup
started_at: 2021-04-15 19:00:00
talks: [intro-to-go]
---
`

// TestEventTalks builds an event page whose front matter lists its
// talks whole: each is a talk of the event, on its day unless it has a
// date of its own, its speaker a person of the site, and the event's
// page lists it, with its sign-up link as a button. A list of slugs
// makes no talks.
func TestEventTalks(t *testing.T) {
	read, diags := buildSite(t, eventTalksSite)
	if len(diags) != 0 {
		t.Errorf("diagnostics %q, want none", diags)
	}
	talk := read("talks/notes-on-the-engine-2021-03-18/index.html")
	for _, want := range []string{"Notes on the Engine", "/speakers/ada-lovelace/", "https://slides.example.org/engine", "/events/2021-03-18/"} {
		if !strings.Contains(talk, want) {
			t.Errorf("talk page lacks %q", want)
		}
	}
	if read("talks/lightning-talks-2021-03-18/index.html") == "" {
		t.Error("the talk with a date of its own is not at /talks/lightning-talks-2021-03-18/")
	}
	event := read("events/2021-03-18/index.html")
	if want := `<a class="button" href="https://meetup.example.org/e/1">Sign up</a>`; !strings.Contains(event, want) {
		t.Errorf("event page lacks its sign-up button %s", want)
	}
	for _, want := range []string{"/talks/notes-on-the-engine-2021-03-18/", "/talks/lightning-talks-2021-03-18/", "Ada Lovelace"} {
		if !strings.Contains(event, want) {
			t.Errorf("event page lacks %q", want)
		}
	}
	if read("speakers/ada-lovelace/index.html") == "" {
		t.Error("no page for the talk's speaker")
	}
	if read("events/2021-04-15/index.html") == "" || read("talks/intro-to-go/index.html") != "" {
		t.Error("an event listing talks by slug: want its page and no talk made of the slug")
	}
}

// TestEventPageTalksEdited edits an event page that lists its talks:
// each edit gives what a fresh build gives.
func TestEventPageTalksEdited(t *testing.T) {
	page := func(talks string) string {
		return "---\ntitle: March Meetup\nstarted_at: 2021-03-18 19:00:00\n" + talks + "---\n"
	}
	dir, s := startSession(t, `-- config.toml --
title = "User group"
-- content/meetups/2021-03-18.md --
`+page("talks:\n  - {speaker: Ada, title: Notes}\n"))
	ctx := context.Background()
	steps := []struct {
		name string
		text string
	}{
		{"the talk renamed", page("talks:\n  - {speaker: Ada, title: More notes}\n")},
		{"the talks taken away", page("")},
		{"a talk written again", page("sessions:\n  - {speaker: Bo, title: Notes}\n")},
	}
	for _, st := range steps {
		edit(t, dir, "content/meetups/2021-03-18.md", st.text)
		_, diags := s.Rebuild(ctx, []string{"content/meetups/2021-03-18.md"})
		t.Run(st.name, func(t *testing.T) {
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}
