package build

import (
	"strings"
	"testing"
)

// TestEventOffsetPlacesItsProgramme: on a site naming no time zone, an
// event dated with an offset (startdate: 2019-08-27T00:00:00-05:00, as
// devopsdays writes its events) places the times its talks write without
// one at that offset, not in UTC.
func TestEventOffsetPlacesItsProgramme(t *testing.T) {
	read, _ := buildSite(t, `
-- config.toml --
title = "Days"
-- content/events/chicago.md --
---
title: Chicago
date: 2019-08-27T00:00:00-05:00
---
-- content/talks/culture.md --
---
title: Culture
event: chicago
date: 2019-08-27 09:15
---
A talk.
`)
	if ics := read("talks/culture/culture.ics"); !strings.Contains(ics, "DTSTART:20190827T141500Z") {
		t.Errorf("09:15 at -05:00 is not 14:15 UTC: %s", ics)
	}
}
