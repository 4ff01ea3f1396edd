package content

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestAliases covers every row of content.md's alias table: each alias is
// read into lectern's own field.
func TestAliases(t *testing.T) {
	godwin := []Person{{Name: "Andrew Godwin", Slug: "andrew-godwin"}}
	runFieldCases(t, []fieldCase{
		{"title", "notes/a.md", "title: Hello", func(d *Document) any { return d.Title }, "Hello"},
		{"name as title", "speakers/a.md", "name: Ada Lovelace", func(d *Document) any { return d.Title }, "Ada Lovelace"},
		{"title wins over name", "events/a.md", "name: N\ntitle: T", func(d *Document) any { return d.Title }, "T"},
		{"summary", "notes/a.md", "title: x\nsummary: S", func(d *Document) any { return d.Summary }, "S"},
		{"abstract", "talks/a.md", "title: x\nabstract: S", func(d *Document) any { return d.Summary }, "S"},
		{"description", "notes/a.md", "title: x\ndescription: S", func(d *Document) any { return d.Summary }, "S"},
		{"excerpt", "notes/a.md", "title: x\nexcerpt: S", func(d *Document) any { return d.Summary }, "S"},
		{"extract", "talks/a.md", "title: x\nextract: S", func(d *Document) any { return d.Summary }, "S"},
		{"an abstract beside an extract is the abstract", "talks/a.md", "title: x\nextract: E\nabstract: S", func(d *Document) any { return d.Summary + "|" + d.Extras().Abstract }, "E|S"},
		{"multi-line summary keeps lines, CRLF becomes LF", "notes/a.md", "title: x\nsummary: \"a\\r\\nb <p>c\u00a0\"", func(d *Document) any { return d.Summary }, "a\nb <p>c\u00a0"},
		{"speakers as a name", "talks/a.md", "title: x\nspeakers: Andrew Godwin", func(d *Document) any { return d.Speakers }, godwin},
		{"presenters", "talks/a.md", "title: x\npresenters: [Andrew Godwin]", func(d *Document) any { return d.Speakers }, godwin},
		{"speaker", "talks/a.md", "title: x\nspeaker: Andrew Godwin", func(d *Document) any { return d.Speakers }, godwin},
		{"author on a talk", "talks/a.md", "title: x\nauthor: Andrew Godwin", func(d *Document) any { return d.Speakers }, godwin},
		{"authors on a talk", "talks/a.md", "title: x\nauthors: [Andrew Godwin]", func(d *Document) any { return d.Speakers }, godwin},
		{"names separated by commas and and", "talks/a.md", "title: x\nspeakers: Ada Lovelace, Grace Hopper and Alan Turing", func(d *Document) any { return names(d.Speakers) },
			[]string{"Ada Lovelace", "Grace Hopper", "Alan Turing"}},
		{"speaker maps with every alias", "talks/a.md", `title: x
speakers:
- name: Ada Lovelace
  biography: B
  affiliation: C
  twitter: "@ada"
  github: https://github.com/ada
  mastodon: "@ada@example.org"
  homepage: https://ada.example
  avatar: ada.png
- name: Grace Hopper
  bio: G
  company: Navy
  social: {twitter: "https://twitter.com/grace", github: grace}
  website: https://grace.example
  photo_url: grace.jpg
- name: Alan Turing
  twitter: {handle: alan}
  url: https://alan.example
  thumbnailUrl: alan.png
- name: Katherine Johnson
  photo: k.png
- name: Hedy Lamarr
  image: h.png
- name: Mary Jackson
  avatar_url: m.png
- name: Dorothy Vaughan
  photoURL: d.png
- name: Annie Easley
  imageUrl: a.png`, func(d *Document) any { return d.Speakers }, []Person{
			{Name: "Ada Lovelace", Slug: "ada-lovelace", Bio: "B", Company: "C", Twitter: "ada", Github: "ada", Mastodon: "@ada@example.org", URL: "https://ada.example", Photo: "ada.png"},
			{Name: "Grace Hopper", Slug: "grace-hopper", Bio: "G", Company: "Navy", Twitter: "grace", Github: "grace", URL: "https://grace.example", Photo: "grace.jpg"},
			{Name: "Alan Turing", Slug: "alan-turing", Twitter: "alan", URL: "https://alan.example", Photo: "alan.png"},
			{Name: "Katherine Johnson", Slug: "katherine-johnson", Photo: "k.png"},
			{Name: "Hedy Lamarr", Slug: "hedy-lamarr", Photo: "h.png"},
			{Name: "Mary Jackson", Slug: "mary-jackson", Photo: "m.png"},
			{Name: "Dorothy Vaughan", Slug: "dorothy-vaughan", Photo: "d.png"},
			{Name: "Annie Easley", Slug: "annie-easley", Photo: "a.png"},
		}},
		{"a speaker's link is their site", "talks/a.md", "title: x\nspeakers:\n  - name: Mira Stone\n    link: https://mira.example.org", func(d *Document) any { return d.Speakers[0].URL }, "https://mira.example.org"},
		{"a speaker's url wins over link", "talks/a.md", "title: x\nspeakers:\n  - name: Mira Stone\n    url: https://a.example.org\n    link: https://b.example.org", func(d *Document) any { return d.Speakers[0].URL }, "https://a.example.org"},
		{"a speaker's link as a path is no site", "talks/a.md", "title: x\nspeakers:\n  - name: Mira Stone\n    link: /speakers/mira/", func(d *Document) any { return d.Speakers[0].URL }, ""},
		{"speaker_slugs", "talks/a.md", "title: x\nspeaker_slugs: [andrew-godwin]", func(d *Document) any { return d.Speakers }, godwin},
		{"presenter_slugs as text", "talks/a.md", "title: x\npresenter_slugs: andrew-godwin, ada", func(d *Document) any { return d.Speakers },
			[]Person{{Name: "Andrew Godwin", Slug: "andrew-godwin"}, {Name: "Ada", Slug: "ada"}}},
		{"presentation link is the slides", "talks/a.md", "title: x\npresentation: https://speakerdeck.com/ada/deck", func(d *Document) any { return d.Slides }, "https://speakerdeck.com/ada/deck"},
		{"presentation without a scheme", "talks/a.md", "title: x\npresentation: speakerdeck.com/ada/deck", func(d *Document) any { return d.Slides }, "https://speakerdeck.com/ada/deck"},
		{"presentation path to a file", "talks/a.md", "title: x\npresentation: /files/deck.pdf", func(d *Document) any { return d.Slides }, "/files/deck.pdf"},
		{"presentation word stays a param", "talks/a.md", "title: x\npresentation: Keynote", func(d *Document) any { return d.Slides + "|" + fmt.Sprint(d.Params["presentation"]) }, "|Keynote"},
		{"presentation time stays a param", "talks/a.md", "title: x\npresentation: '10:30'", func(d *Document) any { return d.Slides + "|" + fmt.Sprint(d.Params["presentation"]) }, "|10:30"},
		{"slides win over presentation", "talks/a.md", "title: x\nslides: https://a.example/s\npresentation: https://b.example/p", func(d *Document) any { return d.Slides }, "https://a.example/s"},
		{"complexity is the level", "talks/a.md", "title: x\ncomplexity: Intermediate", func(d *Document) any { return d.Level }, "Intermediate"},
		{"subtype is the format", "talks/a.md", "title: x\nsubtype: panel", func(d *Document) any { return d.Format }, "panel"},
		{"subtype beats a type", "talks/a.md", "title: x\ntype: Session talk\nsubtype: Panel", func(d *Document) any { return d.Format + "|" + fmt.Sprint(d.Params["type"]) }, "Panel|Session talk"},
		{"speaker_id", "talks/a.md", "title: x\nspeaker_id: Marco-Cedaro", func(d *Document) any { return d.Speakers },
			[]Person{{Name: "Marco-Cedaro", Slug: "marco-cedaro"}}},
		{"speaker_id as a list", "talks/a.md", "title: x\nspeaker_id: [Matteo-Guidotto, 12]", func(d *Document) any { return d.Speakers },
			[]Person{{Name: "Matteo-Guidotto", Slug: "matteo-guidotto"}, {Name: "12", Slug: "12"}}},
		{"speakerIds", "talks/a.md", "title: x\nspeakerIds: [ab95c964-e217]", func(d *Document) any { return d.Speakers },
			[]Person{{Name: "Ab95c964 E217", Slug: "ab95c964-e217"}}},
		{"speaker_id makes a talk", "misc/a.md", "title: x\nspeaker_id: 3", func(d *Document) any { return d.Kind }, KindTalk},
		{"slug-like name", "talks/a.md", "title: x\nspeakers: [andrew-godwin]", func(d *Document) any { return d.Speakers }, godwin},
		{"same person spelled twice", "talks/a.md", "title: x\nspeakers: [Andrew Godwin, andrew  godwin, ANDREW GODWIN]", func(d *Document) any { return d.Speakers }, godwin},
		{"author on a note", "notes/a.md", "title: x\nauthor: Andrew Godwin", func(d *Document) any { return d.Authors }, godwin},
		{"authors on a note", "notes/a.md", "title: x\nauthors: [Andrew Godwin]", func(d *Document) any { return d.Authors }, godwin},
		{"author beside speakers on a talk", "talks/a.md", "title: x\nspeakers: [Ada]\nauthor: Andrew Godwin", func(d *Document) any { return d.Authors }, godwin},
		{"start", "talks/a.md", "title: x\nstart: 2017-08-16 11:30:00 -0500", func(d *Document) any { return rfc3339(d.Date) }, "2017-08-16T11:30:00-05:00"},
		{"start_datetime", "talks/a.md", "title: x\nstart_datetime: 2017-08-16T11:30:00Z", func(d *Document) any { return rfc3339(d.Date) }, "2017-08-16T11:30:00Z"},
		{"datetime", "talks/a.md", "title: x\ndatetime: 2017-08-16 11:30", func(d *Document) any { return rfc3339(d.Date) }, "2017-08-16T11:30:00Z"},
		{"published_at", "notes/a.md", "title: x\npublished_at: 2017-08-16", func(d *Document) any { return rfc3339(d.Date) }, "2017-08-16T00:00:00Z"},
		{"time with a date", "notes/a.md", "title: x\ntime: 2017-08-16 09:00", func(d *Document) any { return rfc3339(d.Date) }, "2017-08-16T09:00:00Z"},
		{"time of day completes a date", "talks/a.md", "title: x\ndate: 2017-08-16\ntime: '9:15'", func(d *Document) any { return rfc3339(d.Date) }, "2017-08-16T09:15:00Z"},
		{"date from file name", "notes/2019-04-01-fools.md", "title: x", func(d *Document) any { return rfc3339(d.Date) }, "2019-04-01T00:00:00Z"},
		{"date and time from file name", "notes/2019-04-01-09-30-fools.md", "title: x", func(d *Document) any { return rfc3339(d.Date) + " " + d.Slug }, "2019-04-01T09:30:00Z fools"},
		{"end", "talks/a.md", "title: x\ndate: 2017-08-16 11:30 -0500\nend: 2017-08-16 12:15 -0500", func(d *Document) any { return rfc3339(d.End) }, "2017-08-16T12:15:00-05:00"},
		{"end_date", "events/a.md", "title: x\nstart: 2017-08-16\nend_date: 2017-08-18", func(d *Document) any { return rfc3339(d.End) }, "2017-08-18T00:00:00Z"},
		{"end_datetime", "talks/a.md", "title: x\ndate: 2017-08-16 11:30\nend_datetime: 2017-08-16 12:00", func(d *Document) any { return rfc3339(d.End) }, "2017-08-16T12:00:00Z"},
		{"end as a time of day", "talks/a.md", "title: x\ndate: 2017-08-16 11:30 -0500\nend: '12:45'", func(d *Document) any { return rfc3339(d.End) }, "2017-08-16T12:45:00-05:00"},
		{"duration in minutes", "talks/a.md", "title: x\ndate: 2017-08-16 11:30 -0500\nduration: 45", func(d *Document) any { return rfc3339(d.End) }, "2017-08-16T12:15:00-05:00"},
		{"duration 45m", "talks/a.md", "title: x\ndate: 2017-08-16 11:30\nduration: 45m", func(d *Document) any { return rfc3339(d.End) }, "2017-08-16T12:15:00Z"},
		{"duration 1h30m", "talks/a.md", "title: x\ndate: 2017-08-16 11:30\nduration: 1h30m", func(d *Document) any { return rfc3339(d.End) }, "2017-08-16T13:00:00Z"},
		{"duration 1:30", "talks/a.md", "title: x\ndate: 2017-08-16 11:30\nduration: '1:30'", func(d *Document) any { return rfc3339(d.End) }, "2017-08-16T13:00:00Z"},
		{"room", "talks/a.md", "title: x\nroom: NO", func(d *Document) any { return d.Room }, "NO"},
		{"location on a talk", "talks/a.md", "title: x\nlocation: Hall A", func(d *Document) any { return d.Room }, "Hall A"},
		{"venue on a talk", "talks/a.md", "title: x\nvenue: Hall A", func(d *Document) any { return d.Room }, "Hall A"},
		{"venue on an event", "events/a.md", "title: x\nvenue: Convention Centre", func(d *Document) any { return d.Venue + "|" + d.Room }, "Convention Centre|"},
		{"place on an event", "events/a.md", "title: x\nplace: IndieBI, Piotrkowska 157A", func(d *Document) any { return d.Venue + "|" + d.Room }, "IndieBI, Piotrkowska 157A|"},
		{"venue beats place on an event", "events/a.md", "title: x\nplace: Lodz\nvenue: Hall", func(d *Document) any { return d.Venue }, "Hall"},
		{"place on a talk stays a param", "talks/a.md", "title: x\nplace: Lodz", func(d *Document) any { return d.Params["place"] }, "Lodz"},
		{"location on an event", "events/a.md", "title: x\nlocation: Lviv", func(d *Document) any { return d.Venue }, "Lviv"},
		{"location on a note stays a param", "notes/a.md", "title: x\nlocation: Lviv", func(d *Document) any { return d.Params["location"] }, "Lviv"},
		{"track", "talks/a.md", "title: x\ntrack: general", func(d *Document) any { return d.Track }, "general"},
		{"format", "talks/a.md", "title: x\nformat: workshop", func(d *Document) any { return d.Format }, "workshop"},
		{"category", "talks/a.md", "title: x\ncategory: talk", func(d *Document) any { return d.Format }, "talk"},
		{"type that is not a kind", "talks/a.md", "title: x\ntype: lightning", func(d *Document) any { return d.Format }, "lightning"},
		{"type keynote is a format and a talk", "a.md", "title: x\ntype: keynote", func(d *Document) any { return string(d.Kind) + " " + d.Format }, "talk keynote"},
		{"type that is a kind is not a format", "talks/a.md", "title: x\ntype: talk", func(d *Document) any { return d.Format + "|" + d.Params["type"].(string) }, "|talk"},
		{"level", "talks/a.md", "title: x\nlevel: on", func(d *Document) any { return d.Level }, "on"},
		{"difficulty", "talks/a.md", "title: x\ndifficulty: All", func(d *Document) any { return d.Level }, "All"},
		{"audience_level", "talks/a.md", "title: x\naudience_level: Beginner", func(d *Document) any { return d.Level }, "Beginner"},
		{"audience", "talks/a.md", "title: x\naudience: Experts", func(d *Document) any { return d.Level }, "Experts"},
		{"tags list", "notes/a.md", "title: x\ntags: [SRE, Chaos Engineering]", func(d *Document) any { return d.Tags }, []string{"SRE", "Chaos Engineering"}},
		{"tags text", "notes/a.md", "title: x\ntags: ' go , Go,web,, '", func(d *Document) any { return d.Tags }, []string{"go", "web"}},
		{"keywords", "notes/a.md", "title: x\nkeywords: a, b", func(d *Document) any { return d.Tags }, []string{"a", "b"}},
		{"categories", "notes/a.md", "title: x\ncategories: [a]", func(d *Document) any { return d.Tags }, []string{"a"}},
		{"topics merged with tags", "notes/a.md", "title: x\ntags: [a, B]\ntopics: [b, c]", func(d *Document) any { return d.Tags }, []string{"a", "B", "c"}},
		{"slides", "talks/a.md", "title: x\nslides: https://s", func(d *Document) any { return d.Slides }, "https://s"},
		{"slides_url", "talks/a.md", "title: x\nslides_url: https://s", func(d *Document) any { return d.Slides }, "https://s"},
		{"slidesurl (academicpages)", "talks/a.md", "title: x\nslidesurl: http://s.example/files/deck.pdf", func(d *Document) any { return d.Slides }, "http://s.example/files/deck.pdf"},
		{"paperurl and bibtexurl (academicpages) are materials", "talks/a.md", "title: x\npaperurl: /files/paper.pdf\nbibtexurl: /files/paper.bib", func(d *Document) any { return d.Links }, []Link{{"Paper", "/files/paper.pdf"}, {"BibTeX", "/files/paper.bib"}}},
		{"url_slides", "talk/a/index.md", "title: x\nurl_slides: https://s", func(d *Document) any { return d.Slides }, "https://s"},
		{"a slides page's name is no link", "talk/a/index.md", "title: x\nslides: example\nurl_slides: https://s", func(d *Document) any { return d.Slides + "|" + d.Params["slides"].(string) }, "https://s|example"},
		{"a slides file beside the page", "talks/a.md", "title: x\nslides: deck.pdf", func(d *Document) any { return d.Slides }, "deck.pdf"},
		{"materials", "talks/a.md", "title: x\nmaterials:\n  - {name: Code, url: 'https://git.example.org/x'}\n  - {name: Paper, url: paper.pdf}", func(d *Document) any { return d.Links }, []Link{{"Code", "https://git.example.org/x"}, {"Paper", "paper.pdf"}}},
		{"Hugo Academic's url_ fields and buttons", "talk/a/index.md", "title: x\nurl_code: https://c\nurl_pdf: ''\nurl_poster: p.pdf\nlinks:\n  - {icon: twitter, icon_pack: fab, name: Follow, url: 'https://t'}", func(d *Document) any { return d.Links }, []Link{{"Code", "https://c"}, {"Poster", "p.pdf"}, {"Follow", "https://t"}}},
		{"links of books are reading", "talks/a.md", "title: x\nlinks:\n  - {title: A read, author: Ada, url: 'https://r'}", func(d *Document) any { return fmt.Sprint(len(d.Links), len(d.Items)) }, "0 1"},
		{"a note's url_code is its Code button", "notes/a.md", "title: x\nurl_code: https://c", func(d *Document) any { return fmt.Sprint(d.Links, d.Params["url_code"]) }, "[{Code https://c}] <nil>"},
		{"Sessionize's startsAt and endsAt", "talks/a.md", "title: x\nstartsAt: 2025-06-12T09:30:00+02:00\nendsAt: 2025-06-12T10:15:00+02:00", func(d *Document) any { return rfc3339(d.Date) + " " + rfc3339(d.End) }, "2025-06-12T09:30:00+02:00 2025-06-12T10:15:00+02:00"},
		{"start_at and end_at", "article/a.md", "title: x\nstart_at: 2016-12-08 14:00:00\nend_at: 2016-12-08 16:00:00", func(d *Document) any { return rfc3339(d.Date) + " " + rfc3339(d.End) }, "2016-12-08T14:00:00Z 2016-12-08T16:00:00Z"},
		{"startAt and endAt", "talks/a.md", "title: x\nstartAt: 2025-06-12T09:30:00+02:00\nendAt: 2025-06-12T10:15:00+02:00", func(d *Document) any { return rfc3339(d.Date) + " " + rfc3339(d.End) }, "2025-06-12T09:30:00+02:00 2025-06-12T10:15:00+02:00"},
		{"started_at and ended_at", "meetups/a.md", "title: x\nstarted_at: 2021-03-18 19:00:00\nended_at: 2021-03-18 20:00:00", func(d *Document) any { return rfc3339(d.Date) + " " + rfc3339(d.End) }, "2021-03-18T19:00:00Z 2021-03-18T20:00:00Z"},
		{"startedAt and endedAt", "talks/a.md", "title: x\nstartedAt: 2025-06-12T09:30:00+02:00\nendedAt: 2025-06-12T10:15:00+02:00", func(d *Document) any { return rfc3339(d.Date) + " " + rfc3339(d.End) }, "2025-06-12T09:30:00+02:00 2025-06-12T10:15:00+02:00"},
		{"an event's sign-up link", "events/a.md", "title: x\nrsvp: https://meetup.example.org/e/1", func(d *Document) any { return d.Links }, []Link{{"Sign up", "https://meetup.example.org/e/1"}}},
		{"an event's sign-up link named", "_events/a.md", "title: x\nsignup:\n  url: https://meetup.example.org/e/1\n  title: Join on Meetup", func(d *Document) any { return d.Links }, []Link{{"Join on Meetup", "https://meetup.example.org/e/1"}}},
		{"a sign-up field with no address is no link", "events/a.md", "title: x\nregistration: true\ntickets: /tickets/", func(d *Document) any { return len(d.Links) }, 0},
		{"an event's sign-up button and its words", "src/content/events/a/index.md", "title: x\nrsvpButtonUrl: https://meetup.example.org/e/1\nrsvpButtonText: RSVP on Meetup", func(d *Document) any { return d.Links }, []Link{{"RSVP on Meetup", "https://meetup.example.org/e/1"}}},
		{"an event's meetupLink", "meetups/a.md", "title: x\nmeetupLink: https://meetup.example.org/e/2", func(d *Document) any { return d.Links }, []Link{{"Sign up", "https://meetup.example.org/e/2"}}},
		{"an event's registration_link and ticketUrl: the first wins", "events/a.md", "title: x\nticketUrl: https://t.example.org/\nregistration_link: https://r.example.org/", func(d *Document) any { return d.Links }, []Link{{"Sign up", "https://r.example.org/"}}},
		{"a meetup alone is no sign-up link", "events/a.md", "title: x\nmeetup: https://meetup.example.org/harbourjs/", func(d *Document) any { return len(d.Links) }, 0},
		{"an event's venueAddress follows its venue", "src/content/events/a/index.md", "title: x\nvenue: Pier Seven Offices\nvenueAddress: 7 Pier Road, Level 3", func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["venueAddress"]) }, "Pier Seven Offices, 7 Pier Road, Level 3|<nil>"},
		{"an event's address alone is its place", "events/a.md", "title: x\naddress: 2 Quay Street, Rivertown", func(d *Document) any { return d.Venue }, "2 Quay Street, Rivertown"},
		{"an event's address said by its location already", "events/a.md", "title: x\nlocation: Hall, 2 Quay Street\naddress: 2 Quay Street", func(d *Document) any { return d.Venue }, "Hall, 2 Quay Street"},
		{"a talk's address text is no event's", "talks/a.md", "title: x\naddress: 2 Quay Street", func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["address"]) }, "|2 Quay Street"},
		{"an event's locationLink to a map", "meetups/a.md", "title: x\nlocation: Harbour Hall\nlocationLink: https://maps.app.goo.gl/abc", func(d *Document) any { return d.Links }, []Link{{"Map", "https://maps.app.goo.gl/abc"}}},
		{"an event's location_url to the venue's site", "events/a.md", "title: x\nlocation_url: https://hall.example.org/", func(d *Document) any { return d.Links }, []Link{{"Venue", "https://hall.example.org/"}}},
		{"an event's sign-up and map links", "events/a.md", "title: x\nmap_url: https://osm.example.org/?q=1\nrsvp_url: https://lu.example.org/e", func(d *Document) any { return d.Links }, []Link{{"Sign up", "https://lu.example.org/e"}, {"Map", "https://osm.example.org/?q=1"}}},
		{"a venue mapping's map", "events/a.md", "title: x\nvenue:\n  name: Studio\n  directions_link: https://www.openstreetmap.org/x", func(d *Document) any { return fmt.Sprint(d.Venue, " ", d.Links) }, "Studio [{Map https://www.openstreetmap.org/x}]"},
		{"a talk's venue mapping's site", "src/content/talks/a.md", "title: x\nvenue:\n  name: Northwind Dev Days\n  url: https://northwind.example.org", func(d *Document) any { return fmt.Sprint(d.Venue, " ", d.Links) }, "Northwind Dev Days [{Venue https://northwind.example.org}]"},
		{"a talk's venue mapping's map", "talks/a.md", "title: x\nvenue:\n  name: Hall 2\n  map: https://maps.example.org/h2", func(d *Document) any { return fmt.Sprint(d.Venue, " ", d.Links) }, "Hall 2 [{Map https://maps.example.org/h2}]"},
		{"a talk's map is no link", "talks/a.md", "title: x\nmap: https://maps.example.org/", func(d *Document) any { return len(d.Links) }, 0},
		{"a talk's rsvp is no sign-up link", "talks/a.md", "title: x\nrsvp: https://meetup.example.org/e/1", func(d *Document) any { return len(d.Links) }, 0},
		{"devopsdays' startdate and enddate", "events/a.md", "title: x\nstartdate: 2019-09-26\nenddate: 2019-09-27", func(d *Document) any { return rfc3339(d.Date) + " " + rfc3339(d.End) }, "2019-09-26T00:00:00Z 2019-09-27T00:00:00Z"},
		{"a talk's venue beside its location is its event", "_talks/a.md", "title: x\nvenue: UC San Francisco\nlocation: San Francisco, California", func(d *Document) any { return d.Event + "|" + d.Venue + "|" + d.Room }, "UC San Francisco|San Francisco, California|"},
		{"a talk's venue alone is its room", "talks/a.md", "title: x\nvenue: Hall A", func(d *Document) any { return d.Event + "|" + d.Room }, "|Hall A"},
		{"a talk's event beats its venue; its location is the event's place", "talks/a.md", "title: x\nevent: PyCon\nvenue: Hall A\nlocation: Berlin", func(d *Document) any { return d.Event + "|" + d.Room + "|" + d.Venue }, "PyCon|Hall A|Berlin"},
		{"a talk given at an event: its location is no room", "talks/a.md", "title: x\nevent: JSConf EU\nlocation: Berlin, Germany", func(d *Document) any { return d.Event + "|" + d.Room + "|" + d.Venue }, "JSConf EU||Berlin, Germany"},
		{"a talk at an event with a room keeps its room", "talks/a.md", "title: x\nevent: PyCon\nroom: Hall A\nlocation: Berlin", func(d *Document) any { return d.Room + "|" + d.Venue }, "Hall A|"},
		{"a service session", "talks/a.md", "title: Pizzas Time!\nservice: true\nsubtype: presentation", func(d *Document) any { return d.Format + "|" + fmt.Sprint(d.Params["service"]) }, "break|<nil>"},
		{"a service session linked to its page", "talks/a.md", "title: Breakfast meetup\nservice: true\nlink: /talks/a/", func(d *Document) any { return d.Format }, ""},
		{"not a service session", "talks/a.md", "title: Pizzas Time!\nservice: false", func(d *Document) any { return d.Format }, ""},
		{"a format's flag", "talks/a.md", "title: x\nkeynote: true\nworkshop: false", func(d *Document) any { return d.Format + "|" + fmt.Sprint(d.Params["keynote"], d.Params["workshop"]) }, "Keynote|<nil> <nil>"},
		{"a workshop's folder is its format", "workshops/a.md", "title: x\nstart: 2026-05-24 9:00 AM\nlocation: Room 1", func(d *Document) any { return string(d.Kind) + "|" + d.Format + "|" + d.Room }, "talk|Workshop|Room 1"},
		{"a tutorials folder names no format", "tutorials_2024/a.md", "title: x", func(d *Document) any { return d.Format }, ""},
		{"a format written beats the folder's", "workshops/a.md", "title: x\nformat: Hands-on labs", func(d *Document) any { return d.Format }, "Hands-on lab"},
		{"a break in a folder of workshops is a break", "workshops/b.md", "title: Lunch", func(d *Document) any { return d.Format }, "break"},
		{"a format's flag under a format", "talks/a.md", "title: x\nformat: Talk\nkeynote: false", func(d *Document) any { return d.Format }, "Talk"},
		{"a session's eventDate beats the page's date", "sessions/a.md", "title: x\ndate: 2025-03-06T10:00:00\neventDate: '2025-04-11T17:00:00'", func(d *Document) any {
			return rfc3339(d.Date) + "|" + fmt.Sprint(d.Params["date"] != nil, d.Params["eventDate"])
		}, "2025-04-11T17:00:00Z|true <nil>"},
		{"an event_date with an event_end", "talks/a.md", "title: x\ndate: 2025-03-06\nevent_date: 2025-04-11 09:00\nevent_end: 2025-04-11 10:30", func(d *Document) any { return rfc3339(d.Date) + "|" + rfc3339(d.End) }, "2025-04-11T09:00:00Z|2025-04-11T10:30:00Z"},
		{"a note's event_date is not its date", "notes/a.md", "title: x\ndate: 2025-03-06\nevent_date: 2025-04-11", func(d *Document) any { return rfc3339(d.Date) }, "2025-03-06T00:00:00Z"},
		{"talkDate", "talks/a.md", "title: x\ntalkDate: 2020-03-04", func(d *Document) any { return rfc3339(d.Date) }, "2020-03-04T00:00:00Z"},
		{"date_end", "talk/a/index.md", "title: x\ndate: 2030-06-01T13:00:00Z\ndate_end: 2030-06-01T15:00:00Z", func(d *Document) any { return rfc3339(d.End) }, "2030-06-01T15:00:00Z"},
		{"url_video", "talk/a/index.md", "title: x\nurl_video: https://v", func(d *Document) any { return d.Video }, "https://v"},
		{"note image is for previews", "notes/a.md", "title: x\nimage: /img/a.png", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "/img/a.png false"},
		{"note cover mapping", "posts/a.md", "title: x\ncover:\n  image: a.png\n  alt: A", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "a.png true"},
		{"Astro heroImage", "blog/a.md", "title: x\nheroImage: '/hero.jpg'", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "/hero.jpg true"},
		{"featured_image", "notes/a.md", "title: x\nfeatured_image: f.jpg", func(d *Document) any { return d.Image }, "f.jpg"},
		{"Castanet's episode_image beats its images", "posts/a.md", "title: x\nepisode_image: img/episode/a.jpg\nimages: [img/episode/a-social.jpg]", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "img/episode/a.jpg true"},
		{"Beautiful Jekyll cover-img", "_posts/2024-01-01-a.md", "title: x\ncover-img: /c.jpg", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "/c.jpg true"},
		{"Minimal Mistakes header", "_posts/2024-01-01-a.md", "title: x\nheader:\n  overlay_image: /o.jpg\n  teaser: /t.jpg\n  image_description: Sea", func(d *Document) any { return fmt.Sprintf("%s %v %s", d.Image, d.Cover, d.Extras().ImageAlt) }, "/o.jpg true Sea"},
		{"a header of text is no image", "notes/a.md", "title: x\nheader: Welcome", func(d *Document) any { return d.Image }, ""},
		{"cover before image", "notes/a.md", "title: x\nimage: share.png\ncover: c.png", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "c.png true"},
		{"Chirpy image mapping is for previews", "_posts/2024-01-01-a.md", "title: x\nimage:\n  path: /img/p.png\n  alt: The stage", func(d *Document) any { return fmt.Sprintf("%s %v %s", d.Image, d.Cover, d.Extras().ImageAlt) }, "/img/p.png false The stage"},
		{"Hugo images are for previews", "notes/a.md", "title: x\nimages: [one.jpg, two.jpg]", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "one.jpg false"},
		{"a talk's image is for previews and stays a param", "talks/a.md", "title: x\nimage: t.png", func(d *Document) any { return d.Image + "|" + d.Params["image"].(string) }, "t.png|t.png"},
		{"a talk's cover", "talks/a.md", "title: x\ncover: c.png", func(d *Document) any { return fmt.Sprintf("%s %v", d.Image, d.Cover) }, "c.png true"},
		{"Quarto image-alt", "talks/a/index.qmd", "title: x\nimage: t.png\nimage-alt: A chart", func(d *Document) any { return d.Image + "|" + d.Extras().ImageAlt }, "t.png|A chart"},
		{"a named speaker's image is their photo", "talks/a.md", "title: x\nname: Ada\nimage: ada.png", func(d *Document) any { return d.Image + "|" + d.Speakers[0].Photo }, "|ada.png"},
		{"video", "talks/a.md", "title: x\nvideo: https://v", func(d *Document) any { return d.Video }, "https://v"},
		{"video_url y stays a word", "talks/a.md", "title: x\nvideo_url: y", func(d *Document) any { return d.Video }, "y"},
		{"empty video_url", "talks/a.md", "title: x\nvideo_url: ''", func(d *Document) any { return d.Video }, ""},
		{"youtube id", "talks/a.md", "title: x\nyoutube: dQw4w9WgXcQ", func(d *Document) any { return d.Video }, "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"youtube URL", "talks/a.md", "title: x\nyoutube: https://youtu.be/x", func(d *Document) any { return d.Video }, "https://youtu.be/x"},
		{"a speaker's YouTube channel is no video", "person/ada/index.md", "title: Ada\nYouTube: AdaCodes", func(d *Document) any { return d.Video + "|" + d.Params["YouTube"].(string) }, "|AdaCodes"},
		{"a speaker's YouTube video is their video", "speakers/ada.md", "title: Ada\nyoutube: https://www.youtube.com/watch?v=x", func(d *Document) any { return d.Video }, "https://www.youtube.com/watch?v=x"},
		{"recording", "talks/a.md", "title: x\nrecording: https://r", func(d *Document) any { return d.Video }, "https://r"},
		{"event", "talks/a.md", "title: x\nevent: pycon-2017", func(d *Document) any { return d.Event }, "pycon-2017"},
		{"conference", "talks/a.md", "title: x\nconference: PyCon 2017", func(d *Document) any { return d.Event }, "PyCon 2017"},
		{"url", "talks/a.md", "title: x\nurl: /x/", func(d *Document) any { return d.URL }, "/x/"},
		{"a permalink to a folder's index.html is the folder", "notes/a.md", "title: x\npermalink: /2024/01/05/x/index.html", func(d *Document) any { return d.URL }, "/2024/01/05/x/"},
		{"a permalink to another .html file stays", "notes/a.md", "title: x\npermalink: /about.html", func(d *Document) any { return d.URL }, "/about.html"},
		{"permalink", "talks/a.md", "title: x\npermalink: /talks/taking-django-distributed/", func(d *Document) any { return d.URL }, "/talks/taking-django-distributed/"},
		{"permalink without a value means the default", "talks/a.md", "title: x\npermalink:", func(d *Document) any { return d.URL + "|" + d.Slug }, "|a"},
		{"absolute url is a param", "talks/a.md", "title: x\nurl: https://old.example/a", func(d *Document) any { return d.URL + "|" + d.Params["url"].(string) }, "|https://old.example/a"},
		{"slug", "talks/a.md", "title: x\nslug: my-talk", func(d *Document) any { return d.Slug }, "my-talk"},
		{"draft", "talks/a.md", "title: x\ndraft: true", func(d *Document) any { return d.Draft }, true},
		{"published false", "talks/a.md", "title: x\npublished: false", func(d *Document) any { return d.Draft }, true},
		{"published true", "talks/a.md", "title: x\npublished: true", func(d *Document) any { return d.Draft }, false},
		{"accepted false", "talks/a.md", "title: x\naccepted: false", func(d *Document) any { return d.Draft }, true},
		{"accepted true", "talks/a.md", "title: x\naccepted: true", func(d *Document) any { return d.Draft }, false},
		{"Pelican's status draft", "posts/a.md", "Title: x\nStatus: Draft", func(d *Document) any { return d.Draft }, true},
		{"Pelican's status hidden", "pages/a.md", "title: x\nstatus: hidden", func(d *Document) any { return fmt.Sprint(d.Draft, d.Hidden) }, "false true"},
		{"Pelican's status published", "posts/a.md", "title: x\nstatus: published", func(d *Document) any { return fmt.Sprint(d.Draft, d.Hidden) }, "false false"},
		{"a talk's status is no draft", "talks/a.md", "title: x\nstatus: accepted", func(d *Document) any { return fmt.Sprint(d.Draft, d.Hidden) }, "false false"},
		{"status draft beats a drafts folder's default", "drafts/a.md", "title: x\nstatus: draft", func(d *Document) any { return d.Draft }, true},
		{"a drafts folder", "drafts/a.md", "title: x", func(d *Document) any { return d.Draft }, true},
		{"a posts-drafts folder", "blog/posts-drafts/a.md", "title: x", func(d *Document) any { return d.Draft }, true},
		{"a Drafts_ folder", "Notes_Drafts/a.md", "title: x", func(d *Document) any { return d.Draft }, true},
		{"a drafts folder, draft false", "drafts/a.md", "title: x\ndraft: false", func(d *Document) any { return d.Draft }, false},
		{"a drafts folder, published", "drafts/a.md", "title: x\npublished: true", func(d *Document) any { return d.Draft }, false},
		{"a folder named like drafts", "draftsmanship/a.md", "title: x", func(d *Document) any { return d.Draft }, false},
		{"a file named drafts", "notes/drafts.md", "title: x", func(d *Document) any { return d.Draft }, false},
		{"hidden", "talks/a.md", "title: x\nhidden: true", func(d *Document) any { return d.Hidden }, true},
		{"unlisted", "talks/a.md", "title: x\nunlisted: true", func(d *Document) any { return d.Hidden }, true},
		{"reading false", "notes/a.md", "title: x\nreading: false", func(d *Document) any { return d.NoReading }, true},
		{"items", "reading/a.md", "title: x\nitems: [{title: A, url: 'https://a', author: X, note: N, status: to read, rating: 4, date: 2020-01-02, tags: [t]}]", func(d *Document) any { return d.Items },
			[]Item{{Title: "A", URL: "https://a", Author: "X", Note: "N", Status: "to-read", Rating: 4, Date: mustDate("2020-01-02"), Tags: []string{"t"}}}},
		{"books", "reading/a.md", "title: x\nbooks: [{title: A, status: done}]", func(d *Document) any { return d.Items }, []Item{{Title: "A", Status: "read"}}},
		{"links", "reading/a.md", "title: x\nlinks: ['https://a', {url: 'https://b', status: todo}]", func(d *Document) any { return d.Items }, []Item{{URL: "https://a"}, {URL: "https://b", Status: "to-read"}}},
		{"reading as a list", "reading/a.md", "title: x\nreading: [{title: A, status: finished}]", func(d *Document) any { return d.Items }, []Item{{Title: "A", Status: "read"}}},
		{"event timezone and rooms", "events/a.md", "title: x\ntimezone: Europe/Kyiv\nrooms: [A, {name: B}]", func(d *Document) any { return d.Extras().Timezone + " " + join(d.Extras().Rooms) }, "Europe/Kyiv A,B"},
		{"category of a post is a tag", "_posts/2020-01-01-a.md", "title: x\ncategory: musings", func(d *Document) any { return join(d.Tags) + "|" + d.Format }, "musings|"},
		{"categories of a post are tags, not a format", "_posts/2020-01-01-a.md", "title: x\ncategories: [talks, go]", func(d *Document) any { return join(d.Tags) + "|" + d.Format }, "talks,go|"},
		{"category of a talk is its format", "talks/a.md", "title: x\ncategory: Talks", func(d *Document) any { return d.Format }, "Talk"},
		{"format folds the plural", "talks/a.md", "title: x\nformat: Lightning talks", func(d *Document) any { return d.Format }, "Lightning talk"},
		{"format folds -ies", "talks/a.md", "title: x\nformat: Plenaries", func(d *Document) any { return d.Format }, "Plenary"},
		{"format keeps -ss", "talks/a.md", "title: x\nformat: class", func(d *Document) any { return d.Format }, "class"},
		{"type of a talk is its format", "talks/a.md", "title: x\ntype: workshops", func(d *Document) any { return d.Format }, "workshop"},
		{"level of a sponsor is its tier, no talk level", "sponsors/acme.md", "title: x\nlevel: Gold", func(d *Document) any { return d.Level + "|" + d.Extras().Tier }, "|Gold"},
		{"sponsor fields", "_sponsors/2019-01-02-acme.md", "name: Acme\nsponsor_level: Platinum\nimage: /img/acme.png\nurl_target: https://acme.example/", func(d *Document) any {
			return d.Title + "|" + d.Extras().Tier + "|" + d.Logo + "|" + d.Link + "|" + d.Date.String()
		}, "Acme|Platinum|/img/acme.png|https://acme.example/|0001-01-01 00:00:00 +0000 UTC"},
		{"sponsor url is its link", "sponsors/acme.md", "title: Acme\ntier: gold\nlogo: acme.png\nurl: https://acme.example/", func(d *Document) any { return d.Link + "|" + d.URL }, "https://acme.example/|"},
		{"sponsor logo and url as mappings", "sponsors/acme.md", "name: Acme\nlevel: Gold\nlogo:\n  filename: acme.svg\n  orientation: portrait\nurl:\n  target: https://acme.example/\n  label: acme.example", func(d *Document) any {
			return d.Logo + "|" + d.Link + "|" + d.URL + "|" + fmt.Sprint(len(d.Diags))
		}, "acme.svg|https://acme.example/||0"},
		{"sponsor category is its tier, no tag", "sponsors/acme.md", "title: Acme\ncategory: Silver\nwebsite: https://acme.example/", func(d *Document) any { return d.Extras().Tier + "|" + join(d.Tags) }, "Silver|"},
		{"type of a page is no format", "about.md", "title: x\ntype: info", func(d *Document) any { return d.Format + "|" + d.Params["type"].(string) }, "|info"},
		{"pubDate", "notes/a.md", "title: x\npubDate: 2021-03-04", func(d *Document) any { return d.Date }, mustDate("2021-03-04")},
		{"pubDatetime (AstroPaper)", "notes/a.md", "title: x\npubDatetime: 2021-03-04", func(d *Document) any { return d.Date }, mustDate("2021-03-04")},
		{"publishedAt", "notes/a.md", "title: x\npublishedAt: '2021-03-04'", func(d *Document) any { return d.Date }, mustDate("2021-03-04")},
		{"createdAt", "notes/a.md", "title: x\ncreatedAt: 2021-03-04", func(d *Document) any { return d.Date }, mustDate("2021-03-04")},
		{"modDatetime is no date", "notes/a.md", "title: x\nmodDatetime: 2021-03-04", func(d *Document) any { return d.Date.IsZero() }, true},
		{"modDatetime", "notes/a.md", "title: x\nmodDatetime: 2021-03-04", func(d *Document) any { return d.Updated }, mustDate("2021-03-04")},
		{"updatedAt", "notes/a.md", "title: x\nupdatedAt: 2021-03-04", func(d *Document) any { return d.Updated }, mustDate("2021-03-04")},
		{"ogImage", "notes/a.md", "title: x\nogImage: /img/card.png", func(d *Document) any { return d.Image }, "/img/card.png"},
		{"socialImage", "notes/a.md", "title: x\nsocialImage: card.png", func(d *Document) any { return d.Image }, "card.png"},
		{"published_datetime", "notes/a.md", "title: x\npublished_datetime: 2021-03-04 10:00", func(d *Document) any { return d.Date }, mustDate("2021-03-04T10:00:00Z")},
		{"date_published", "notes/a.md", "title: x\ndate_published: 2021-03-04", func(d *Document) any { return d.Date }, mustDate("2021-03-04")},
		{"created", "notes/a.md", "title: x\ncreated: 2021-03-04", func(d *Document) any { return d.Date }, mustDate("2021-03-04")},
		{"published date is a date, not a draft", "notes/a.md", "title: x\npublished: 2020-06-17", func(d *Document) any { return fmt.Sprint(d.Date.Format("2006-01-02"), " ", d.Draft) }, "2020-06-17 false"},
		{"published date beats the file name", "notes/2019-01-01-a.md", "title: x\npublished: 2020-06-17", func(d *Document) any { return d.Date }, mustDate("2020-06-17")},
		{"date beats the file name", "_posts/2019-01-01-a.md", "title: x\ndate: 2020-06-17", func(d *Document) any { return d.Date }, mustDate("2020-06-17")},
		{"updated is not the date", "notes/2019-01-01-a.md", "title: x\nupdated: 2024-02-03", func(d *Document) any { return d.Date.Format("2006-01-02") + " " + d.Updated.Format("2006-01-02") }, "2019-01-01 2024-02-03"},
		{"Material's date mapping", "docs/posts/a.md", "title: x\ndate:\n  created: 2023-01-31\n  updated: 2023-02-05", func(d *Document) any { return d.Date.Format("2006-01-02") + " " + d.Updated.Format("2006-01-02") }, "2023-01-31 2023-02-05"},
		{"a date mapping with created alone", "docs/posts/a.md", "title: x\ndate: {created: 2023-01-31}", func(d *Document) any {
			return d.Date.Format("2006-01-02") + " " + fmt.Sprint(d.Updated.IsZero(), len(d.Diags))
		}, "2023-01-31 true 0"},
		{"updated beats a date mapping's", "docs/posts/a.md", "title: x\ndate: {created: 2023-01-31, updated: 2023-02-05}\nupdated: 2024-01-01", func(d *Document) any { return d.Updated.Format("2006-01-02") }, "2024-01-01"},
		{"Jekyll's last_modified_at is updated", "_posts/2019-01-01-a.md", "title: x\nlast_modified_at: 2024-02-03", func(d *Document) any {
			return d.Date.Format("2006-01-02") + " " + d.Updated.Format("2006-01-02") + fmt.Sprint(d.Params["last_modified_at"] == nil)
		}, "2019-01-01 2024-02-03true"},
		{"canonical_url names where a post was first published", "_posts/2019-01-01-a.md", "title: x\ncanonical_url: https://dev.to/ada/x", func(d *Document) any { return d.Extras().Canonical + " " + fmt.Sprint(d.Params["canonical_url"]) }, "https://dev.to/ada/x https://dev.to/ada/x"},
		{"PaperMod's canonicalURL", "posts/a.md", "title: x\ncanonicalURL: https://medium.com/@ada/x", func(d *Document) any { return d.Extras().Canonical }, "https://medium.com/@ada/x"},
		{"a canonical path names no other place", "posts/a.md", "title: x\ncanonical_url: /posts/a/", func(d *Document) any { return d.Extras().Canonical }, ""},
		{"canonical true names no place", "posts/a.md", "title: x\ncanonical: true", func(d *Document) any { return d.Extras().Canonical }, ""},
		{"a post's series is a tag", "posts/a.md", "title: x\ntags: [kubernetes]\nseries: [\"KubeCon EU 2024\"]\nseries_order: 1", func(d *Document) any { return fmt.Sprint(d.Tags, " ", d.Params["series"]) }, "[kubernetes KubeCon EU 2024] [KubeCon EU 2024]"},
		{"a series written as text is one name", "_posts/2024-01-01-a.md", "title: x\nseries: Go, in depth", func(d *Document) any { return fmt.Sprint(d.Tags) }, "[Go, in depth]"},
		{"a talk's series is a tag", "talks/a.md", "title: x\nseries: Lightning talks", func(d *Document) any { return fmt.Sprint(d.Tags) }, "[Lightning talks]"},
		{"a series mapping is no tag", "notes/a.md", "title: x\nseries: {name: Earthsea, number: 3}", func(d *Document) any { return fmt.Sprint(d.Tags) }, "[]"},
		{"dev.to's edited_at is updated", "posts/a.md", "title: x\ncreated_at: '2025-01-03T10:10:53Z'\nedited_at: '2025-02-01T08:00:00Z'", func(d *Document) any { return d.Date.Format("2006-01-02") + " " + d.Updated.Format("2006-01-02") }, "2025-01-03 2025-02-01"},
		{"lastmod is updated", "notes/a.md", "title: x\ndate: 2019-01-01\nlastmod: 2024-02-03", func(d *Document) any { return d.Date.Format("2006-01-02") + " " + d.Updated.Format("2006-01-02") }, "2019-01-01 2024-02-03"},
		{"room full is all rooms", "talks/a.md", "title: x\nroom: full", func(d *Document) any { return fmt.Sprint(d.Room, "|", d.AllRooms) }, "|true"},
		{"room All rooms is all rooms", "talks/a.md", "title: x\nroom: All rooms", func(d *Document) any { return fmt.Sprint(d.Room, "|", d.AllRooms) }, "|true"},
		{"room (plenary) is all rooms", "talks/a.md", "title: x\nlocation: (Plenary)", func(d *Document) any { return fmt.Sprint(d.Room, "|", d.AllRooms) }, "|true"},
		{"a room named Full Hall is a room", "talks/a.md", "title: x\nroom: Full Hall", func(d *Document) any { return fmt.Sprint(d.Room, "|", d.AllRooms) }, "Full Hall|false"},
		{"track t0 is a column id", "talks/a.md", "title: x\ntrack: t0", func(d *Document) any { return d.Track + "|" + d.Params["track"].(string) }, "|t0"},
		{"track T12 is a column id", "talks/a.md", "title: x\ntrack: T12", func(d *Document) any { return d.Track }, ""},
		{"track a is a column id", "talks/a.md", "title: x\ntrack: a", func(d *Document) any { return d.Track }, ""},
		{"track 1 is a column id", "talks/a.md", "title: x\ntrack: '1'", func(d *Document) any { return d.Track }, ""},
		{"track UX is a track", "talks/a.md", "title: x\ntrack: UX", func(d *Document) any { return d.Track }, "UX"},
		{"track Web3 is a track", "talks/a.md", "title: x\ntrack: Web3", func(d *Document) any { return d.Track }, "Web3"},
		{"unknown fields are params", "notes/a.md", "title: x\ntalkid: 41796\nother: \"4AHCQT7\"\nflag: on\nlist: [1, 2.5, true, null]\nmap: {a: b}", func(d *Document) any { return d.Params },
			map[string]any{"talkid": int64(41796), "other": "4AHCQT7", "flag": "on", "list": []any{int64(1), 2.5, true, nil}, "map": map[string]any{"a": "b"}}},
	})
}

// fieldCase is a field read from front matter: fm, the front matter of
// a file at path, gives get(document) == want, without a diagnostic.
type fieldCase struct {
	name string
	path string
	fm   string
	get  func(*Document) any
	want any
}

// runFieldCases runs each case as a subtest.
func runFieldCases(t *testing.T, cases []fieldCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			if got := tt.get(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
			for _, diag := range d.Diags {
				t.Errorf("unexpected diagnostic: %s", diag)
			}
		})
	}
}

func names(people []Person) []string {
	var out []string
	for _, p := range people {
		out = append(out, p.Name)
	}
	return out
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}

// TestSiteFields: config.toml's [fields] table adds a site's own names.
func TestSiteFields(t *testing.T) {
	opts := Options{Fields: map[string][]string{"summary": {"hook"}, "speakers": {"Presenter", "host"}}}
	tests := []struct {
		name, fm, want string
	}{
		{"site name read", "hook: Why it matters", "Why it matters|"},
		{"lectern's own name wins", "summary: Own\nhook: Other", "Own|"},
		{"names compared without case", "presenter: Ada Lovelace", "|Ada Lovelace"},
		{"second site name", "host: Grace Hopper", "|Grace Hopper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/talks/a.md", []byte("---\ntitle: x\n"+tt.fm+"\n---\n"), opts)
			if got := d.Summary + "|" + join(names(d.Speakers)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			wantDiags(t, d)
		})
	}
	if d := Parse("content/talks/a.md", []byte("---\ntitle: x\nsummary: Own\nhook: Other\n---\n"), opts); d.Params["hook"] != "Other" {
		t.Errorf("an unread site name should stay in Params, got %#v", d.Params)
	}
}

// A list of tracks, as a Hugo taxonomy writes it, gives the first as the
// track and the others as tags, with a warning.
func TestTracksList(t *testing.T) {
	tests := []struct {
		front, track string
		tags         []string
		warn         string
	}{
		{"tracks: [Language]", "Language", nil, ""},
		{"tracks: Web", "Web", nil, ""},
		{"tracks: [Web, Data]\ntags: [go]", "Web", []string{"Data", "go"}, `"tracks" names 2 tracks`},
		{"track: Web\ntracks: [Data]", "Web", nil, ""},
	}
	for _, tt := range tests {
		d := Parse("content/talks/a.md", []byte("---\ntitle: A talk\n"+tt.front+"\n---\nBody.\n"), Options{})
		if d.Track != tt.track || !slices.Equal(d.Tags, tt.tags) {
			t.Errorf("%q: track %q tags %q, want %q %q", tt.front, d.Track, d.Tags, tt.track, tt.tags)
		}
		got := strings.Join(d.Diags.Strings(), "\n")
		if tt.warn == "" && got != "" || !strings.Contains(got, tt.warn) {
			t.Errorf("%q: diagnostics %q, want %q", tt.front, got, tt.warn)
		}
	}
}

// On an Eleventy site, the tags that file a page into a collection are
// not subjects: "post", "posts", "all", "nav" and the page's own kind go,
// and every tag of a page that is no talk, note or reading list (the
// home page's [home, nav]).
func TestCollectionTags(t *testing.T) {
	src := []byte("---\ntitle: A\ntags: [post, news, talks, Nav, python]\n---\nBody.\n")
	for _, tt := range []struct {
		file string
		on   bool
		want []string
	}{
		{"src/blog/a.md", true, []string{"news", "talks", "python"}},
		{"src/talks/a.md", true, []string{"news", "python"}},
		{"src/talks/a.md", false, []string{"post", "news", "talks", "Nav", "python"}},
		{"src/about.md", true, nil},
		{"src/about.md", false, []string{"post", "news", "talks", "Nav", "python"}},
	} {
		d := Parse(tt.file, src, Options{CollectionTags: tt.on})
		if !slices.Equal(d.Tags, tt.want) {
			t.Errorf("%s (%v): tags %q, want %q", tt.file, tt.on, d.Tags, tt.want)
		}
	}
}
