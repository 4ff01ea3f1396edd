package build

import (
	"strings"
	"testing"
)

// A talk's links reach the frab exports whole, as its page's buttons
// reach them: slides beside the page or under the site's root become
// addresses of the site, and a web address written without its scheme
// gets https:// on the page and in the exports alike.
func TestFrabLinksAreWhole(t *testing.T) {
	read, _ := buildSite(t, `-- config.toml --
title = "Links"
base_url = "https://conf.example.org/"
-- content/talks/keynote/index.md --
---
title: Keynote
speakers: [Ada Lovelace]
date: 2025-05-03 09:00
slides: slides.pdf
video: www.youtube.com/watch?v=abc
---
K.
-- content/talks/keynote/slides.pdf --
PDF
-- content/talks/other.md --
---
title: Other
speakers: [Ada Lovelace]
date: 2025-05-03 10:00
slides: /files/other.pdf
video: https://vimeo.com/1
---
O.
-- content/talks/third.md --
---
title: Third
speakers: [Ada Lovelace]
date: 2025-05-03 11:00
---
T.
-- static/files/other.pdf --
PDF
`)
	for _, name := range []string{"schedule.json", "schedule.xml"} {
		got := read(name)
		for _, want := range []string{
			"https://conf.example.org/talks/keynote/slides.pdf",
			"https://www.youtube.com/watch?v=abc",
			"https://conf.example.org/files/other.pdf",
			"https://vimeo.com/1",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %s", name, want)
			}
		}
	}
	if got := read("talks/keynote/index.html"); !strings.Contains(got, `href="https://www.youtube.com/watch?v=abc"`) {
		t.Errorf("the talk's page links the recording as a path of the site: %.2000s", got)
	}
}
