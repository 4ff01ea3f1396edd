package build

import (
	"strings"
	"testing"
)

// TestEventTimeOfDay: an event its own page dates to a time of day on
// one day (a meetup's evening) shows its hours, in its zone, on its page
// and in the events index, as a talk shows its own; an event of whole
// days shows its days alone.
func TestEventTimeOfDay(t *testing.T) {
	cases := []struct {
		name, front string
		want        []string // on the page and in the index
		absent      []string
	}{
		{"start and end", "started_at: 2020-11-11 17:30:00\nended_at: 2020-11-11 18:30:00",
			[]string{`<time class="when-day" datetime="2020-11-11T17:30:00Z">Wednesday 11 November 2020</time>`,
				`<time datetime="2020-11-11T17:30:00Z">17:30</time>–<time datetime="2020-11-11T18:30:00Z">18:30</time> <abbr class="zone" title="Time zone">UTC</abbr>`}, nil},
		{"date and time", "date: 2020-11-11\ntime: \"18:00\"",
			[]string{`<time datetime="2020-11-11T18:00:00Z">18:00</time> <abbr class="zone" title="Time zone">UTC</abbr>`}, []string{"18:00</time>–"}},
		{"an offset is its zone", "date: 2020-11-11T18:00:00+02:00",
			[]string{`<time datetime="2020-11-11T18:00:00+02:00">18:00</time> <abbr class="zone" title="Time zone">UTC+02:00</abbr>`}, nil},
		{"a day alone", "date: 2020-11-11",
			[]string{`>11 November 2020</time>`}, []string{"when-time", ">00:00<"}},
		{"several days", "date: 2020-11-11 09:00\nend: 2020-11-12 17:00",
			[]string{`>11–12 November 2020</time>`}, []string{"when-time", ">09:00<"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			read, _ := buildSite(t, "-- config.toml --\ntitle = \"Meetups\"\n-- content/events/nov.md --\n---\ntitle: November\n"+c.front+"\n---\nHi.\n-- content/events/dec.md --\n---\ntitle: December\ndate: 2020-12-09\n---\n")
			for _, p := range []string{"events/nov/index.html", "events/index.html"} {
				out := read(p)
				if out == "" {
					t.Fatalf("%s not written", p)
				}
				for _, w := range c.want {
					if !strings.Contains(out, w) {
						t.Errorf("%s lacks %s", p, w)
					}
				}
				for _, a := range c.absent {
					if strings.Contains(out, a) {
						t.Errorf("%s has %s", p, a)
					}
				}
			}
		})
	}
}
