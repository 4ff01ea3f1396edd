package build

import (
	"context"
	"strings"
	"testing"
)

// TestSessionZoneNamed checks that the preview switches a site's times
// from floating to zoned and back when an edit names a zone or takes it
// away (docs/programme.md, "Times and time zones"): a config edit builds
// the model again, and an event page's timezone places its talks again
// in place (site.Reevent), where a floating 10:00 and 10:00 UTC, alike
// in every other way, must still render the talk again.
func TestSessionZoneNamed(t *testing.T) {
	const event = "-- content/events/conf.md --\n---\nname: Conf\nstart: 2026-06-11\n---\n"
	for _, tc := range []struct {
		name, site, file, floating, zoned, zonedPage, zonedICS string
	}{
		{
			name: "config.toml", site: "-- config.toml --\ntitle = \"Conf\"\n", file: "config.toml",
			floating: "title = \"Conf\"\n", zoned: "title = \"Conf\"\ntimezone = \"Europe/Lisbon\"\n",
			zonedPage: `<time datetime="2026-06-11T10:00:00&#43;01:00">10:00</time> <abbr class="zone" title="Time zone">WEST</abbr>`,
			zonedICS:  "DTSTART:20260611T090000Z",
		},
		{
			name: "Hugo's hugo.toml", site: "-- hugo.toml --\ntitle = \"Conf\"\n", file: "hugo.toml",
			floating: "title = \"Conf\"\n", zoned: "title = \"Conf\"\ntimeZone = \"Europe/Lisbon\"\n",
			zonedPage: `<time datetime="2026-06-11T10:00:00&#43;01:00">10:00</time> <abbr class="zone" title="Time zone">WEST</abbr>`,
			zonedICS:  "DTSTART:20260611T090000Z",
		},
		{
			name: "an event's timezone: UTC", site: "-- config.toml --\ntitle = \"Conf\"\n" + event, file: "content/events/conf.md",
			floating: "---\nname: Conf\nstart: 2026-06-11\n---\n", zoned: "---\nname: Conf\nstart: 2026-06-11\ntimezone: UTC\n---\n",
			zonedPage: `<time datetime="2026-06-11T10:00:00Z">10:00</time> <abbr class="zone" title="Time zone">UTC</abbr>`,
			zonedICS:  "DTSTART:20260611T100000Z",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, s := startSession(t, tc.site+`-- content/talks/a.md --
---
title: Opening
date: 2026-06-11 10:00
---
Body.
`)
			ctx := context.Background()
			steps := []struct {
				src       string
				page, ics string
			}{
				{tc.zoned, tc.zonedPage, tc.zonedICS},
				{tc.floating, `<time datetime="2026-06-11T10:00:00">10:00</time></span>`, "DTSTART:20260611T100000\r\n"},
			}
			if page := body(t, s, "talks/a/index.html"); !strings.Contains(page, steps[1].page) {
				t.Fatalf("the talk's time is not floating at first:\n%s", page)
			}
			for _, st := range steps {
				edit(t, dir, tc.file, st.src)
				_, diags := s.Rebuild(ctx, []string{tc.file})
				sameAsFullBuild(t, s, dir, diags)
				if page := body(t, s, "talks/a/index.html"); !strings.Contains(page, st.page) {
					t.Errorf("after %q the talk page lacks %q:\n%s", st.src, st.page, page)
				}
				if ics := body(t, s, "talks/a/a.ics"); !strings.Contains(ics, st.ics) {
					t.Errorf("after %q the calendar lacks %q:\n%s", st.src, st.ics, ics)
				}
			}
		})
	}
}
