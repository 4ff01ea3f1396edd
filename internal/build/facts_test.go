package build

import (
	"strings"
	"testing"
)

// TestFactsOnlyWhenThereAreAny: a talk or event page lists its facts
// (when, room, format, event, where…) in a box, which is left out when
// there is none to list: a talk of an archive written with a title and
// an abstract alone showed an empty bordered box under its speakers.
func TestFactsOnlyWhenThereAreAny(t *testing.T) {
	talks, _ := buildSite(t, "-- config.toml --\ntitle = \"T\"\n"+
		"-- content/talks/bare.md --\n---\ntitle: Bare\nspeakers: [Ada Lovelace]\n---\nAbstract.\n"+
		"-- content/talks/roomed.md --\n---\ntitle: Roomed\nroom: Hall A\n---\nAbstract.\n")
	// An event of its own site: the talks of a site of one event join it.
	events, _ := buildSite(t, "-- config.toml --\ntitle = \"T\"\n"+
		"-- content/events/meetup.md --\n---\ntitle: Meetup\n---\nAn event with no date or place.\n")
	for _, tc := range []struct {
		read  func(string) string
		file  string
		facts bool
	}{
		{talks, "talks/bare/index.html", false},
		{talks, "talks/roomed/index.html", true},
		{events, "events/meetup/index.html", false},
	} {
		page := tc.read(tc.file)
		if page == "" {
			t.Fatalf("%s was not written", tc.file)
		}
		if got := strings.Contains(page, `class="facts"`); got != tc.facts {
			t.Errorf("%s: facts box %v, want %v", tc.file, got, tc.facts)
		}
	}
}
