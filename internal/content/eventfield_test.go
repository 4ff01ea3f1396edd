package content

import (
	"fmt"
	"testing"
)

// TestEventMapping pins how an event written as a mapping is read: its
// name from a name-like key, its place and its web site on a talk.
func TestEventMapping(t *testing.T) {
	show := func(d *Document) any { return fmt.Sprintf("%s|%s|%v", d.Event, d.Venue, d.Links) }
	runFieldCases(t, []fieldCase{
		{"a Hugo theme's event", "talk/a/index.md", `title: x
speakers: [Ann]
event:
  attendanceType: physical
  organizerName: "Devconf 2022"
  organizerUrl: "https://devconf.example/"
  eventUrl: "https://devconf.example/talk/?id=1"
  type: Conference
  location: ""`, show, "Devconf 2022||[{Event https://devconf.example/talk/?id=1}]"},
		{"a conference record", "talks/a.md", `title: x
conference:
  name: SciConf 2020
  url: "https://sciconf.example/2020/"
  place: Everywhere (online)
  start: 2020-07-27
  end: 2020-07-31
date: 2020-07-31`, func(d *Document) any { return show(d).(string) + "|" + rfc3339(d.Date) }, "SciConf 2020|Everywhere (online)|[{Event https://sciconf.example/2020/}]|2020-07-31T00:00:00Z"},
		{"a seminar record", "talks/a.md", `title: x
seminar:
  name: Numerical Analysis Seminar
  institute: School of Mathematics
  university: University of Somewhere
  place: Somewhere, UK`, show, "Numerical Analysis Seminar|Somewhere, UK|[]"},
		{"the page's own location is the place", "talks/a.md", "title: x\nevent: {title: PyCon, city: Berlin}\nlocation: Dresden", show, "PyCon|Dresden|[]"},
		{"an event's link already among the materials is not doubled", "talks/a.md", "title: x\nevent_url: https://e.example/\nevent: {name: E, url: https://e.example/}", show, "E||[{Event https://e.example/}]"},
		{"event text wins over a seminar", "talks/a.md", "title: x\nevent: PyCon\nseminar: {name: S}", show, "PyCon||[]"},
		{"a seminar as text is not an event", "talks/a.md", "title: x\nseminar: Numerical Analysis", func(d *Document) any { return d.Event + "|" + fmt.Sprint(d.Params["seminar"]) }, "|Numerical Analysis"},
		{"on a note, the name only", "notes/a.md", "title: x\ndate: 2020-01-01\nevent: {name: PyCon, location: Berlin, url: https://p.example/}", show, "PyCon||[]"},
	})
}

// TestEventMappingWithoutName keeps the warning for a mapping lectern
// cannot name an event from.
func TestEventMappingWithoutName(t *testing.T) {
	d := parseYAML("talks/a.md", "title: x\nevent:\n  type: Conference\n")
	if d.Event != "" {
		t.Errorf("event %q; want none", d.Event)
	}
	wantDiags(t, d, `content/talks/a.md:3:1: warning: "event" should be text, not a mapping; the field is ignored`)
}
