package content

import (
	"fmt"
	"strconv"
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
		{"conferenceUrl beside conference", "talks/a.md", "title: x\nconference: PHPDay 2018\nconferenceUrl: https://c.example/talks.html", show, "PHPDay 2018||[{Event https://c.example/talks.html}]"},
		{"conference_url beside conference", "talks/a.md", "title: x\nconference: PHPDay 2018\nconference_url: https://c.example/", show, "PHPDay 2018||[{Event https://c.example/}]"},
		{"conferenceURL beside conference", "talks/a.md", "title: x\nconference: PHPDay 2018\nconferenceURL: https://c.example/", show, "PHPDay 2018||[{Event https://c.example/}]"},
		{"event_url and conferenceUrl: one Event link", "talks/a.md", "title: x\nevent_url: https://e.example/\nconferenceUrl: https://c.example/", show, "||[{Event https://e.example/}]"},
		{"a mapping's conferenceUrl", "talks/a.md", "title: x\nconference: {name: C, conferenceUrl: https://c.example/}", show, "C||[{Event https://c.example/}]"},
		{"event text wins over a seminar", "talks/a.md", "title: x\nevent: PyCon\nseminar: {name: S}", show, "PyCon||[]"},
		{"a seminar as text is not an event", "talks/a.md", "title: x\nseminar: Numerical Analysis", func(d *Document) any { return d.Event + "|" + fmt.Sprint(d.Params["seminar"]) }, "|Numerical Analysis"},
		{"on a note, the name only", "notes/a.md", "title: x\ndate: 2020-01-01\nevent: {name: PyCon, location: Berlin, url: https://p.example/}", show, "PyCon||[]"},
	})
}

// TestEventReference: an event written as Astro's reference() stores it
// names the entry of that collection by its id or slug, with no warning.
func TestEventReference(t *testing.T) {
	show := func(d *Document) any {
		return d.Extras().EventCollection + "|" + d.Event + "|" + fmt.Sprint(d.Diags.Strings())
	}
	runFieldCases(t, []fieldCase{
		{"by id", "talks/a.md", "title: x\nevent: {collection: meetups, id: 2018-04-18_night}", show, "meetups|2018-04-18_night|[]"},
		{"by slug", "talks/a.md", "title: x\nevent:\n  collection: meetups\n  slug: night", show, "meetups|night|[]"},
		{"a name wins", "talks/a.md", "title: x\nevent: {collection: meetups, id: night, name: Night}", show, "|Night|[]"},
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

// TestTalkArchivePlace: a talk archive's venue, named as the event, has
// its location for place, not a room; talk_type is the format.
func TestTalkArchivePlace(t *testing.T) {
	show := func(d *Document) any { return d.Event + "|" + d.Venue + "|" + d.Room + "|" + d.Format }
	located := func(d *Document) any { return d.Room + "|" + strconv.FormatBool(d.RoomIsLocation) }
	runFieldCases(t, []fieldCase{
		{"venue and location", "talks/a.md", "title: x\ntalk_type: Tutorial\nvenue: University 1\nlocation: Berkeley CA, USA", show, "University 1|Berkeley CA, USA||Tutorial"},
		{"event and location", "talks/a.md", "title: x\nevent: PyCon\nlocation: Berlin", show, "PyCon|Berlin||"},
		{"location alone is the room", "talks/a.md", "title: x\nlocation: Hall A", show, "||Hall A|"},
		// The model decides whether it is a room or where the talk was
		// given (site.Site.Placeless): the document says where it came from.
		{"a room read from location says so", "talks/a.md", "title: x\nlocation: Atlanta, Georgia", located, "Atlanta, Georgia|true"},
		{"a room written as room", "talks/a.md", "title: x\nroom: Hall A\nlocation: Atlanta, Georgia", located, "Hall A|false"},
		{"a room read from venue", "talks/a.md", "title: x\nvenue: Hall A", located, "Hall A|false"},
		{"a location meaning every room", "talks/a.md", "title: x\nlocation: plenary", located, "|false"},
		{"a named event's location", "talks/a.md", "title: x\nevent: PyCon\nlocation: Berlin", located, "|false"},
		// A speaker's or a research group's list of presentations
		// writes where the named event was as "place".
		{"a named event's place", "talks/a.md", "title: x\nevent: Waste Conference\nplace: Phoenix, AZ", show, "Waste Conference|Phoenix, AZ||"},
		{"a location before a place", "talks/a.md", "title: x\nevent: Summit\nlocation: Berlin\nplace: Hall B", show, "Summit|Berlin||"},
		{"a place beside a room", "talks/a.md", "title: x\nevent: Summit\nroom: Hall A\nplace: Berlin", show, "Summit||Hall A|"},
		{"a place with no event", "talks/a.md", "title: x\nplace: Phoenix, AZ", show, "|||"},
		{"talk_type before type", "talks/a.md", "title: x\ntype: Talk\ntalk_type: Keynote", show, "|||Keynote"},
		// Hugo Academic's address, below the location its templates show.
		{"event, location and address", "talks/a.md", "title: x\nevent: Summit\nlocation: Hall of Streams\naddress:\n  street: 12 Delta Road\n  city: Rivertown\n  region: Riverland\n  postcode: '90210'\n  country: Freedonia",
			show, "Summit|Hall of Streams, 12 Delta Road, Rivertown, Riverland 90210, Freedonia||"},
		{"an address makes the location a place", "talks/a.md", "title: x\nlocation: Stanford University\naddress: {city: Stanford, region: CA}", show, "|Stanford University, Stanford, CA||"},
		{"an empty address says nothing", "talks/a.md", "title: x\nlocation: Hall A\naddress: {street: '', city: ''}", show, "||Hall A|"},
		{"an event's address", "events/a.md", "title: x\nlocation: Hall of Streams\naddress: {city: Rivertown, country: Freedonia}", show, "|Hall of Streams, Rivertown, Freedonia||"},
	})
}

// TestMeetupFields pins a meetup post's fields: an event mapping saying
// when, a venue mapping saying where, presentation_url and author_link.
func TestMeetupFields(t *testing.T) {
	when := func(d *Document) any { return rfc3339(d.Date) + "|" + d.Event }
	runFieldCases(t, []fieldCase{
		{"a talk's start", "talks/a.md", "title: x\nspeaker: Ada\nevent:\n  date: June 8, 2015\n  time: 6:30 PM", when, "2015-06-08T18:30:00Z|"},
		{"the start beats the page's date", "talks/a.md", "title: x\nspeaker: Ada\ndate: 2015-05-01\nevent: {date: 2015-06-08, time: '18:30'}", when, "2015-06-08T18:30:00Z|"},
		{"a named event keeps its reading", "talks/a.md", "title: x\nevent: {name: GopherCon, date: 2015-06-08}\ndate: 2015-06-09", when, "2015-06-09T00:00:00Z|GopherCon"},
		{"a post's file name dates it", "_posts/2016-04-25-a.md", "title: x\nauthor: Ada\nevent: {date: 'April 26, 2015', time: 6:00 PM}", when, "2016-04-25T00:00:00Z|"},
		{"a note dated by its event alone", "notes/a.md", "title: x\nauthor: Ada\nevent: {date: 'April 26, 2015', time: 6:00 PM}", when, "2015-04-26T18:00:00Z|"},
		{"a venue mapping is the place", "talks/a.md", "title: x\nspeaker: Ada\nvenue:\n  name: DevMynd Studios\n  address: 2035 W. Wabansia Ave\n  instructions: 2nd Floor",
			func(d *Document) any { return d.Venue + "|" + d.Room }, "DevMynd Studios, 2035 W. Wabansia Ave|"},
		{"presentation_url is the slides", "talks/a.md", "title: x\nspeaker: Ada\npresentation_url: /assets/talk.pdf", func(d *Document) any { return d.Slides }, "/assets/talk.pdf"},
		{"author_link is the author's", "_posts/2016-04-25-a.md", "title: x\nauthor: Daniel Whitenack\nauthor_link: http://www.datadan.io/",
			func(d *Document) any { return d.Authors[0].URL }, "http://www.datadan.io/"},
		{"author_link beside two authors stays", "notes/a.md", "title: x\ndate: 2020-01-01\nauthor: [Ada, Bob]\nauthor_link: http://a.example/",
			func(d *Document) any { return d.Authors[0].URL + "|" + fmt.Sprint(d.Params["author_link"]) }, "|http://a.example/"},
	})
}
