package build

import (
	"strings"
	"testing"
)

// TestSpeakerWithoutPage: a speaker page the author asks not to render
// (Hugo's build options, on the page or cascaded from its folder, or
// headless) gets no page of its own, yet the person is still named on
// their talk and listed on the speakers index; every link to them (talk
// page, index, search index, JSON-LD) leads to their entry on the index.
func TestSpeakerWithoutPage(t *testing.T) {
	talk := `-- hugo.toml --
baseURL = "https://conf.example/"
title = "Conf"
-- content/talks/engines.md --
---
title: Engines
date: 2022-05-01T10:00:00Z
speakers: [ada]
---
A talk.
`
	for _, tc := range []struct{ name, site string }{
		{"cascaded _build render false", `-- content/speakers/_index.md --
---
title: Speakers
cascade:
  _build:
    list: true
    render: false
---
-- content/speakers/ada.md --
---
name: Ada
title: Engineer
---
Ada writes engines.
`},
		{"own build render never", `-- content/speakers/ada.md --
---
name: Ada
build:
  render: never
---
Ada writes engines.
`},
		{"headless", `-- content/speakers/ada.md --
---
name: Ada
headless: true
---
Ada writes engines.
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read, _ := buildSite(t, talk+tc.site)
			if read("speakers/ada/index.html") != "" {
				t.Error("speakers/ada/index.html was written")
			}
			if got := read("talks/engines/index.html"); !strings.Contains(got, `href="/speakers/#ada"`) || strings.Contains(got, `"/speakers/ada/"`) {
				t.Errorf("the talk does not link Ada to the index:\n%s", got)
			}
			if got := read("speakers/index.html"); !strings.Contains(got, `<li class="card" id="ada">`) || !strings.Contains(got, `href="/speakers/#ada">Ada</a>`) {
				t.Errorf("the index has no entry of Ada to link to:\n%s", got)
			}
			if got := read("search.json"); !strings.Contains(got, `"speakers/#ada"`) {
				t.Errorf("search.json does not link Ada to the index:\n%s", got)
			}
			if got := read("sitemap.xml"); strings.Contains(got, "speakers/ada") {
				t.Errorf("the sitemap lists Ada's page:\n%s", got)
			}
		})
	}
}
