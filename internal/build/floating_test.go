package build

import (
	"context"
	"strings"
	"testing"
)

// TestSessionZoneNamed checks that the preview switches a site's times
// from floating to zoned and back when an edit of its config names a
// zone or takes it away (docs/programme.md, "Times and time zones"): a
// config edit builds the model again, so every page, calendar and export
// shows what a fresh build does.
func TestSessionZoneNamed(t *testing.T) {
	for _, tc := range []struct {
		name, config, floating, zoned string
	}{
		{"config.toml", "config.toml", "title = \"Conf\"\n", "title = \"Conf\"\ntimezone = \"Europe/Lisbon\"\n"},
		{"Hugo's hugo.toml", "hugo.toml", "title = \"Conf\"\n", "title = \"Conf\"\ntimeZone = \"Europe/Lisbon\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, s := startSession(t, "-- "+tc.config+" --\n"+tc.floating+`-- content/talks/a.md --
---
title: Opening
date: 2026-06-11 10:00
---
Body.
`)
			ctx := context.Background()
			steps := []struct {
				config    string
				page, ics string
			}{
				{tc.zoned, `<time datetime="2026-06-11T10:00:00&#43;01:00">10:00</time> <abbr class="zone" title="Time zone">WEST</abbr>`, "DTSTART:20260611T090000Z"},
				{tc.floating, `<time datetime="2026-06-11T10:00:00">10:00</time></span>`, "DTSTART:20260611T100000\r\n"},
			}
			if page := body(t, s, "talks/a/index.html"); !strings.Contains(page, steps[1].page) {
				t.Fatalf("the talk's time is not floating at first:\n%s", page)
			}
			for _, st := range steps {
				edit(t, dir, tc.config, st.config)
				_, diags := s.Rebuild(ctx, []string{tc.config})
				sameAsFullBuild(t, s, dir, diags)
				if page := body(t, s, "talks/a/index.html"); !strings.Contains(page, st.page) {
					t.Errorf("after %q the talk page lacks %q:\n%s", st.config, st.page, page)
				}
				if ics := body(t, s, "talks/a/a.ics"); !strings.Contains(ics, st.ics) {
					t.Errorf("after %q the calendar lacks %q:\n%s", st.config, st.ics, ics)
				}
			}
		})
	}
}
