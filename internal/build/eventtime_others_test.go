package build

import (
	"strings"
	"testing"
)

// TestEventTimeOfDayElsewhere: an event dated to an evening shows its
// hours wherever its date is shown (the home page's events, the headings
// of a speaker's talks, its schedule's header, its share card and the
// home page's), as its own page does; an event of whole days shows its
// days alone there too.
func TestEventTimeOfDayElsewhere(t *testing.T) {
	pages := []string{"index.html", "speakers/ada-lovelace/index.html", "events/nov/schedule/index.html"}
	// The pages whose share card says when the event is, and what the
	// card's text says before it.
	cards := map[string]string{"events/nov/index.html": "November · 1 talk · ", "index.html": "Meetups · "}
	cases := []struct {
		name, front string
		want        []string // on every page of pages
		card        string   // in the og:image:alt of every page of cards
		absent      []string
	}{
		{"an evening", "started_at: 2020-11-11 17:30:00\nended_at: 2020-11-11 19:00:00",
			[]string{`<time class="when-day" datetime="2020-11-11T17:30:00">Wednesday 11 November 2020</time>`,
				`<time datetime="2020-11-11T17:30:00">17:30</time>–<time datetime="2020-11-11T19:00:00">19:00</time></span>`},
			"Wednesday 11 November 2020 · 17:30–19:00", nil},
		{"a time without an end", "date: 2020-11-11\ntime: \"18:00\"",
			[]string{`<time datetime="2020-11-11T18:00:00">18:00</time></span>`},
			"Wednesday 11 November 2020 · 18:00", []string{"18:00</time>–"}},
		{"a day alone", "date: 2020-11-11",
			[]string{`11 November 2020`}, "11 November 2020", []string{"when-time", ">00:00<", "2020 · 00:00"}},
		{"several days", "date: 2020-11-11 09:00\nend: 2020-11-12 17:00",
			[]string{`11–12 November 2020`}, "11–12 November 2020", []string{"when-time", ">09:00<", "2020 · 09:00"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			read, _ := buildSite(t, "-- config.toml --\ntitle = \"Meetups\"\nbase_url = \"https://example.org/\"\n"+
				"-- content/events/nov.md --\n---\ntitle: November\n"+c.front+"\n---\nHi.\n"+
				"-- content/talks/a.md --\n---\ntitle: Engines\nevent: nov\nspeakers: [Ada Lovelace]\n---\nA talk.\n")
			check := func(p string, want []string) {
				out := read(p)
				if out == "" {
					t.Fatalf("%s not written", p)
				}
				for _, w := range want {
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
			for _, p := range pages {
				check(p, c.want)
			}
			for p, before := range cards {
				check(p, []string{`<meta property="og:image:alt" content="` + before + c.card + `"`})
			}
		})
	}
}
