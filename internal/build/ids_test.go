package build

import (
	"regexp"
	"strings"
	"testing"
)

// The theme's own section headings and the author's headings shown on
// one page have distinct ids: a README's "## Talks" above the home
// page's talks keeps id="talks", which "#talks" in its text reaches, and
// the theme's heading takes an id no heading's text makes.
func TestThemeIDsAreNotTheAuthors(t *testing.T) {
	tests := []struct {
		name, site, page, anchor string
	}{
		{"home intro", `-- README.md --
# Strange notes

## Talks

See [the talks](#talks).
-- talks/a.md --
---
title: A talk
date: 2014-09-18
---
Text.
-- notes/n.md --
---
title: A note
date: 2014-09-19
---
## Notes

Text.
`, "index.html", "talks"},
		{"speaker's bio", `-- content/speakers/ada.md --
---
name: Ada
---
## Talks

See [her talks](#talks).
-- content/talks/a.md --
---
title: A talk
date: 2014-09-18
speakers: [ada]
---
Text.
`, "speakers/ada/index.html", "talks"},
		{"event's text", eventSponsors + `-- content/events/2018-bern/index.md --
---
title: Bern 2018
---
## Sponsors

Thanks to [our sponsors](#sponsors).
`, "events/2018-bern/index.html", "sponsors"},
	}
	ids := regexp.MustCompile(`\bid="([^"]*)"`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, tt.site)
			page := read(tt.page)
			seen := map[string]int{}
			for _, m := range ids.FindAllStringSubmatch(page, -1) {
				seen[m[1]]++
			}
			for id, n := range seen {
				if n > 1 {
					t.Errorf("id %q is on the page %d times", id, n)
				}
			}
			if !strings.Contains(page, `<h2 id="`+tt.anchor+`">`) || !strings.Contains(page, `href="#`+tt.anchor+`"`) {
				t.Errorf("the author's heading lost its anchor: %.2000s", page)
			}
		})
	}
}
