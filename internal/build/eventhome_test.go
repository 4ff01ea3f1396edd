package build

import (
	"strings"
	"testing"
)

// eventHome is a Hugo site whose event is a data record and whose
// welcome page claims the event's address by an old URL.
const eventHome = `-- config.toml --
baseurl = "https://example.org/"
title = "Days"
-- data/events/2019-zurich.yml --
name: "2019-zurich"
startdate: 2019-05-02T00:00:00+02:00
enddate: 2019-05-03T00:00:00+02:00
location: "Kongresshaus"
program:
  - title: "ada-byron"
    type: talk
    date: 2019-05-02
    start_time: "10:00"
    end_time: "10:30"
-- content/events/2019-zurich/welcome.md --
+++
Title = "Zurich Days 2019"
Type = "welcome"
aliases = ["/events/2019-zurich/"]
+++
Welcome to the lake (author's text).
-- content/events/2019-zurich/program/ada-byron.md --
+++
Title = "Looms and Loops"
Type = "talk"
Speakers = ["ada-byron"]
+++
A talk.
`

// TestEventHomePage: the welcome page that claims the event's address is
// the event's page there, with the author's title and text and the
// event's venue and talks; its own address redirects there; no warning.
func TestEventHomePage(t *testing.T) {
	read, diags := buildSite(t, eventHome)
	home := read("events/2019-zurich/index.html")
	for _, want := range []string{"Zurich Days 2019", "author’s text", "Kongresshaus", "Looms and Loops"} {
		if !strings.Contains(home, want) {
			t.Errorf("events/2019-zurich/index.html lacks %q", want)
		}
	}
	if old := read("events/2019-zurich/welcome/index.html"); !strings.Contains(old, `url=/events/2019-zurich/"`) {
		t.Errorf("events/2019-zurich/welcome/ is no redirect to the event:\n%s", old)
	}
	for _, d := range diags {
		if strings.Contains(d, "welcome.md") {
			t.Errorf("unexpected warning: %s", d)
		}
	}
}
