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
			[]string{`<time class="when-day" datetime="2020-11-11T17:30:00">Wednesday 11 November 2020</time>`,
				`<time datetime="2020-11-11T17:30:00">17:30</time>–<time datetime="2020-11-11T18:30:00">18:30</time></span>`}, nil},
		{"date and time", "date: 2020-11-11\ntime: \"18:00\"",
			[]string{`<time datetime="2020-11-11T18:00:00">18:00</time></span>`}, []string{"18:00</time>–"}},
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

// TestEveningTalksInCalendar: a talk dated by its day alone, of an event
// dated to an evening, is in the calendars at the event's hours, not all
// day; a talk with a time of its own keeps it, and a talk of an event of
// whole days stays all day.
func TestEveningTalksInCalendar(t *testing.T) {
	read, _ := buildSite(t, `
-- config.toml --
title = "Meetups"
-- content/events/nov.md --
---
title: November
started_at: 2020-11-11 17:30:00
ended_at: 2020-11-11 19:00:00
---
-- content/events/dec.md --
---
title: December
date: 2020-12-09
---
-- content/talks/deno.md --
---
title: Deno
event: nov
date: 2020-11-11
---
-- content/talks/late.md --
---
title: Late
event: nov
date: 2020-11-11 18:15
---
-- content/talks/xmas.md --
---
title: Xmas
event: dec
date: 2020-12-09
---
`)
	cases := []struct{ file, want string }{
		{"talks/deno/deno.ics", "DTSTART:20201111T173000\r\nDTEND:20201111T190000\r\n"},
		{"events/nov/schedule.ics", "DTSTART:20201111T173000\r\nDTEND:20201111T190000\r\nSUMMARY:Deno\r\n"},
		{"events/nov/schedule.ics", "DTSTART:20201111T181500\r\nSUMMARY:Late\r\n"},
		{"talks/xmas/xmas.ics", "DTSTART;VALUE=DATE:20201209\r\n"},
	}
	for _, c := range cases {
		if got := read(c.file); !strings.Contains(got, c.want) {
			t.Errorf("%s lacks %q:\n%s", c.file, c.want, got)
		}
	}
}
