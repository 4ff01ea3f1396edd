package build

import (
	"strings"
	"testing"
)

// speakerPerEvent is a Hugo site of two events, each with its own page of
// one returning speaker in its folder, and a talk of hers in each; the
// older event's folder sorts last, so path order is not event order.
const speakerPerEvent = `-- config.toml --
baseurl = "https://example.org/"
title = "Days"
-- data/events/2019-zurich.yml --
name: "2019-zurich"
startdate: 2019-05-02T00:00:00+02:00
enddate: 2019-05-03T00:00:00+02:00
-- data/events/2018-zurich.yml --
name: "2018-zurich"
startdate: 2018-05-02T00:00:00+02:00
enddate: 2018-05-03T00:00:00+02:00
-- content/events/2018-zurich/speakers/ada-byron.md --
+++
Title = "Ada Byron"
type = "speaker"
+++
Ada writes programs (bio of 2018).
-- content/events/2019-zurich/speakers/ada-byron.md --
+++
Title = "Ada Byron"
type = "speaker"
+++
Ada teaches engines (bio of 2019).
-- content/events/2018-zurich/program/ada-byron.md --
+++
Title = "Notes on Engines"
Type = "talk"
Speakers = ["ada-byron"]
+++
A talk.
-- content/events/2019-zurich/program/ada-byron.md --
+++
Title = "Looms and Loops"
Type = "talk"
Speakers = ["ada-byron"]
+++
Another talk.
`

// TestSpeakerPagePerEvent: each event's talk links to, and shows the bio
// of, the speaker's page in its own event's folder; each such page lists
// that event's talks with its own bio only; the speakers index has the
// person once, at the newest event's page.
func TestSpeakerPagePerEvent(t *testing.T) {
	read, _ := buildSite(t, speakerPerEvent)
	for _, c := range []struct {
		file      string
		want, not []string
	}{
		{"events/2018-zurich/program/ada-byron/index.html",
			[]string{`href="/events/2018-zurich/speakers/ada-byron/"`, "bio of 2018"},
			[]string{"/events/2019-zurich/speakers/ada-byron/", "bio of 2019"}},
		{"events/2019-zurich/program/ada-byron/index.html",
			[]string{`href="/events/2019-zurich/speakers/ada-byron/"`, "bio of 2019"},
			[]string{"/events/2018-zurich/speakers/ada-byron/", "bio of 2018"}},
		{"events/2018-zurich/speakers/ada-byron/index.html",
			[]string{`href="/events/2018-zurich/program/ada-byron/"`, "bio of 2018"},
			[]string{"Looms and Loops", "bio of 2019"}},
		{"events/2019-zurich/speakers/ada-byron/index.html",
			[]string{`href="/events/2019-zurich/program/ada-byron/"`, "bio of 2019"},
			[]string{"Notes on Engines", "bio of 2018"}},
		{"speakers/index.html",
			[]string{`href="/events/2019-zurich/speakers/ada-byron/"`},
			[]string{"/events/2018-zurich/speakers/ada-byron/"}},
	} {
		got := read(c.file)
		if got == "" {
			t.Errorf("%s not written", c.file)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %q", c.file, w)
			}
		}
		for _, n := range c.not {
			if strings.Contains(got, n) {
				t.Errorf("%s has %q", c.file, n)
			}
		}
	}
}
