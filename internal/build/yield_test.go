package build

import (
	"strings"
	"testing"
)

// TestBlankPageYieldsToLecterns: an author's page at the address of a
// page lectern writes (the schedule) that shows nothing of its own, its
// body only a theme's shortcode lectern does not run or nothing at all,
// yields the address to lectern's page, without a warning that a page
// is left out; a page with text of its own still wins, with that
// warning.
// threeTalks is a site of three talks on one morning: a programme, so
// that it has a schedule page.
const threeTalks = `-- config.toml --
title = "Conf"
timezone = "Europe/Lisbon"
-- content/talks/a.md --
---
title: Alpha
date: 2026-06-11T10:00:00
---
-- content/talks/b.md --
---
title: Beta
date: 2026-06-11T11:00:00
---
-- content/talks/c.md --
---
title: Gamma
date: 2026-06-11T12:00:00
---
`

func TestBlankPageYieldsToLecterns(t *testing.T) {
	site := func(body string) string {
		return threeTalks + `-- content/schedule/_index.md --
---
title: Programme
menu: main
---
` + body
	}
	tests := []struct {
		name, body string
		lecterns   bool
	}{
		{"a theme's shortcode", "{{< schedule >}}\n", true},
		{"empty", "", true},
		{"text of its own", "Doors open at nine.\n\n{{< schedule >}}\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, diags := buildSite(t, site(tt.body))
			page := read("schedule/index.html")
			if got := strings.Contains(page, `<body class="kind-schedule">`); got != tt.lecterns {
				t.Errorf("lectern's schedule written: %v, want %v\n%s", got, tt.lecterns, page)
			}
			if !strings.Contains(page, `<a href="/schedule/" aria-current="page">Programme</a>`) {
				t.Errorf("the page's menu entry is not kept:\n%s", page)
			}
			left := strings.Contains(strings.Join(diags, "\n"), "the schedule page is left out")
			if left == tt.lecterns {
				t.Errorf("warning that the schedule page is left out: %v, want %v\n%s", left, !tt.lecterns, strings.Join(diags, "\n"))
			}
		})
	}
}

// TestBlankPageIntroducesIndex: a page that shows nothing of its own at
// the URL of an index lectern writes (a title, and a theme's layout that
// made the list) is that index's intro: lectern's list is written, under
// the page's title.
func TestBlankPageIntroducesIndex(t *testing.T) {
	read, _ := buildSite(t, `-- config.toml --
title = "Conf"
-- content/sessions.md --
---
title: Sessions
url: /talks/
---
-- content/talks/a.md --
---
title: Alpha
---
Body.
`)
	page := read("talks/index.html")
	for _, want := range []string{`<body class="kind-list">`, `<h1>Sessions</h1>`, `href="/talks/a/"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the talks index lacks %s:\n%s", want, page)
		}
	}
}

// TestListLayoutPageIntroducesIndex: a page with a body whose layout is
// one of lectern's own lists (a personal site's talks.md, layout talks,
// over data/talks.yaml) introduces lectern's list at its URL, its text
// above the talks, rather than hiding the list; with another layout it
// stays the author's page.
func TestListLayoutPageIntroducesIndex(t *testing.T) {
	tests := []struct {
		name, layout string
		listed       bool
	}{
		{"list layout", "talks", true},
		{"own layout", "essay", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, `-- config.toml --
title = "Me"
-- content/talks.md --
---
title: Speaking
layout: `+tt.layout+`
---
Things I said in public.
-- data/talks.yaml --
- title: Alpha Talk
  date: 2020-10-23
  location: Atlanta, Georgia
`)
			page := read("talks/index.html")
			if !strings.Contains(page, "Things I said in public.") {
				t.Errorf("the page's text is not shown:\n%s", page)
			}
			if got := strings.Contains(page, `href="/talks/alpha-talk/"`); got != tt.listed {
				t.Errorf("talks listed at /talks/: %v, want %v\n%s", got, tt.listed, page)
			}
		})
	}
}
