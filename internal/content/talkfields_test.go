package content

import (
	"fmt"
	"testing"
)

// TestTalkDayAndEventFields: a speaker's archive dates a talk by the
// day it was given apart from the page's date, names its event and the
// event's place at the top of the front matter, or says "where" it was
// given.
func TestTalkDayAndEventFields(t *testing.T) {
	when := func(d *Document) any { return d.Date.Format("2006-01-02") + "|" + fmt.Sprint(d.Params["date"] != nil) }
	place := func(d *Document) any { return d.Event + "|" + d.Venue + "|" + d.Room }
	runFieldCases(t, []fieldCase{
		{"presentation_date beats date on a talk", "talks/a.md", "title: x\npresentation_date: 2017-05-23\ndate: 2018-02-20", when, "2017-05-23|true"},
		{"presentationDate beats date on a talk", "talks/a.md", "title: x\ndate: 2018-02-20\npresentationDate: 2017-05-23", when, "2017-05-23|true"},
		{"talk_date beats date on a talk", "talks/a.md", "title: x\ndate: 2018-02-20\ntalk_date: 2017-05-23", when, "2017-05-23|true"},
		{"session_date beats date on a talk", "talks/a.md", "title: x\ndate: 2018-02-20\nsession_date: 2017-05-23", when, "2017-05-23|true"},
		{"eventDate beats presentation_date", "talks/a.md", "title: x\npresentation_date: 2017-05-23\neventDate: 2017-05-24", func(d *Document) any { return d.Date.Format("2006-01-02") }, "2017-05-24"},
		{"a free-text talk_date leaves date", "talks/a.md", "title: x\ntalk_date: Given at RECSI\ndate: 2018-02-20", func(d *Document) any {
			return d.Date.Format("2006-01-02") + "|" + fmt.Sprint(d.Params["talk_date"])
		}, "2018-02-20|Given at RECSI"},
		{"date beats presentation_date on a note", "posts/a.md", "title: x\npresentation_date: 2017-05-23\ndate: 2018-02-20", func(d *Document) any { return d.Date.Format("2006-01-02") }, "2018-02-20"},
		{"event_name and event_location", "talks/a.md", "title: x\nevent_name: ChefConf 2017\nevent_location: Austin, TX", place, "ChefConf 2017|Austin, TX|"},
		{"eventName beside a location", "talks/a.md", "title: x\neventName: ChefConf 2017\nlocation: Austin, TX", place, "ChefConf 2017|Austin, TX|"},
		{"conference_name", "talks/a.md", "title: x\nconference_name: RustConf", place, "RustConf||"},
		{"event beats event_name", "talks/a.md", "title: x\nevent: chefconf-2017\nevent_name: ChefConf 2017", func(d *Document) any { return d.Event + "|" + fmt.Sprint(d.Params["event_name"]) }, "chefconf-2017|ChefConf 2017"},
		{"event_location beside a room", "talks/a.md", "title: x\nevent: ChefConf\nroom: A\nevent_location: Austin, TX", place, "ChefConf|Austin, TX|A"},
		{"event_location without a name", "talks/a.md", "title: x\nevent_location: Austin, TX\nlocation: Room 4", place, "|Austin, TX|Room 4"},
		{"event_name on a note stays", "posts/a.md", "title: x\ndate: 2020-01-01\nevent_name: ChefConf", func(d *Document) any { return d.Event + "|" + fmt.Sprint(d.Params["event_name"]) }, "|ChefConf"},
		{"where is the event", "talks/a.md", "title: x\nwhere: PyCon UK 2018", place, "PyCon UK 2018||"},
		{"where and a location", "talks/a.md", "title: x\nwhere: PyCon UK 2018\nlocation: Cardiff", place, "PyCon UK 2018|Cardiff|"},
		{"where beside a named event is its place", "talks/a.md", "title: x\nevent: PyCon UK 2018\nwhere: Cardiff", place, "PyCon UK 2018|Cardiff|"},
		{"where beside an event and a room", "talks/a.md", "title: x\nevent: PyCon UK\nroom: Hall\nwhere: Cardiff", place, "PyCon UK|Cardiff|Hall"},
		{"where on a note stays", "posts/a.md", "title: x\ndate: 2020-01-01\nwhere: Cardiff", func(d *Document) any { return d.Event + "|" + fmt.Sprint(d.Params["where"]) }, "|Cardiff"},
	})
}
