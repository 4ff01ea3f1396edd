package content

import (
	"fmt"
	"testing"
)

// TestEventSubtitle: a meetup series' event, named as every event of
// the series is, shows its number and topic as its subtitle, as
// pyvo-style data writes them; its own subtitle comes first, and its
// title, so its URL, stays its name.
func TestEventSubtitle(t *testing.T) {
	sub := func(d *Document) any { return fmt.Sprint(d.Title, "|", d.Params["subtitle"]) }
	runFieldCases(t, []fieldCase{
		{"number and topic", "events/a.md", "name: Lakeside Pyvo\nnumber: 50\ntopic: anniversary\ndate: 2015-05-20",
			sub, "Lakeside Pyvo|#50 anniversary"},
		{"topic alone", "events/a.md", "name: Lakeside Pyvo\ntopic: Summer grill\ndate: 2015-06-17",
			sub, "Lakeside Pyvo|Summer grill"},
		{"number alone", "events/a.md", "name: Lakeside Pyvo\nnumber: 51\ndate: 2015-07-15",
			sub, "Lakeside Pyvo|#51"},
		{"its own subtitle", "events/a.md", "name: Lakeside Pyvo\nsubtitle: Special\ntopic: grill\ndate: 2015-06-17",
			sub, "Lakeside Pyvo|Special"},
		{"a talk's topic is no subtitle", "talks/a.md", "title: x\ntopic: grill",
			sub, "x|<nil>"},
	})
}
