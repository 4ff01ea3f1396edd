package build

import (
	"strings"
	"testing"
)

// TestSessionDesc: a Jekyll conference site whose sessions write their
// whole description as desc: (markdown) beside a one-line description
// shows the description on the session's page, where it showed only the
// line.
func TestSessionDesc(t *testing.T) {
	out, diags := buildSiteWith(t, `
-- _config.yml --
title: RiverFest
url: https://riverfest.example.org
collections:
  sessions:
    permalink: /:collection/:path
    output: true
defaults:
  - scope: {type: sessions}
    values: {layout: session}
-- _sessions/sediment.md --
---
permalink: /sessions/:name
type: talk
title: Sediment in Small Rivers
desc: >
    **A talk about sediment**,
    how it moves in small rivers.

    Why it matters.
description: "How sediment moves"
---
`, Options{NoMinify: true})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	page := out("sessions/sediment.html")
	for _, want := range []string{"<strong>A talk about sediment</strong>", "Why it matters.", `<meta name="description" content="How sediment moves">`} {
		if !strings.Contains(page, want) {
			t.Errorf("session page lacks %q:\n%s", want, page)
		}
	}
}
