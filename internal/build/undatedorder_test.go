package build

import (
	"regexp"
	"strings"
	"testing"
)

// undatedSessionsSite is a programme whose sessions have a time of day
// but no day yet, numbered by the author in the order they are given,
// with titles whose alphabetical order is another.
const undatedSessionsSite = `
-- config.toml --
title = "Symposium"
base_url = "https://symposium.example.org/"
timezone = "UTC"
-- content/sessions/02-opening.md --
---
title: Welcome and Opening Remarks
time: 9:00AM
---
-- content/sessions/03-talks1.md --
---
title: First Session of Talks
time: 9:15AM
---
-- content/sessions/04-coffee.md --
---
title: Coffee Break
time: 10.30AM
---
-- content/sessions/05-talks2.md --
---
title: Afternoon Session
time: 1:00PM
---
-- content/sessions/01-zeta.md --
---
title: Zeta Workshop
---
-- content/sessions/06-alpha.md --
---
title: Alpha Panel
---
`

// TestUndatedSessionsOrder: talks with no day are listed in the order of
// the times of day they write alone, then those without one in file
// order, not by title; the lists show each such time.
func TestUndatedSessionsOrder(t *testing.T) {
	out, _ := buildSiteWith(t, undatedSessionsSite, Options{NoMinify: true})
	// The talks index lists no breaks; the home page's programme does.
	for p, titles := range map[string][]string{
		"index.html":       {"Welcome and Opening Remarks", "First Session of Talks", "Coffee Break", "Afternoon Session", "Zeta Workshop", "Alpha Panel"},
		"talks/index.html": {"Welcome and Opening Remarks", "First Session of Talks", "Afternoon Session", "Zeta Workshop", "Alpha Panel"},
	} {
		body := out(p)
		if !strings.Contains(body, "Not yet scheduled") {
			t.Fatalf("%s lists no talks not yet scheduled:\n%s", p, body)
		}
		last := -1
		for _, title := range titles {
			i := strings.Index(body, title)
			if i < last {
				t.Errorf("%s: %q is missing or before the talk listed before it; want the order %q", p, title, titles)
			}
			last = i
		}
		clocks := []string{"09:00", "09:15", "13:00"}
		if p == "index.html" {
			clocks = append(clocks, "10:30")
		}
		for _, clock := range clocks {
			if !regexp.MustCompile(`<time datetime="` + clock + `">` + clock + `</time>`).MatchString(body) {
				t.Errorf("%s does not show the time of day %s", p, clock)
			}
		}
	}
}
