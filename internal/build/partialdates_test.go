package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// partialDatesSite is a speaker's archive of talks dated as such archives
// date them: by a year, a year and a month (quoted, in words), a talk's
// year field, and one talk with a full date and time.
const partialDatesSite = `
-- config.toml --
title = "Talks by Ada"
base_url = "https://ada.example.org/"
timezone = "UTC"
-- content/talks/engines.md --
---
title: Engines
speakers: [Ada Lovelace]
date: 2019
---
-- content/talks/looms.md --
---
title: Looms
speakers: [Ada Lovelace]
date: "2019-05"
---
-- content/talks/notes.md --
---
title: Notes
speakers: [Ada Lovelace]
date: May 2017
---
-- content/talks/tables.md --
---
title: Tables
speakers: [Ada Lovelace]
year: 2018
---
-- content/talks/bernoulli.md --
---
title: Bernoulli
speakers: [Ada Lovelace]
date: 2019-03-04 10:00
---
`

// TestPartialDates: a talk dated by its year or month is shown with that
// date as written, sorts by its start, is grouped under it, and is neither
// "not yet scheduled" nor put in a calendar or a frab export as if it had
// a day; the talk with a full date is unchanged.
func TestPartialDates(t *testing.T) {
	src := writeSite(t, partialDatesSite)
	res, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out"), NoMinify: true})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags.Strings())
	}
	out := func(p string) string {
		b, err := os.ReadFile(filepath.Join(res.Dest, filepath.FromSlash(p)))
		if err != nil {
			return ""
		}
		return string(b)
	}
	for _, p := range []string{"talks/index.html", "speakers/ada-lovelace/index.html"} {
		if strings.Contains(out(p), "Not yet scheduled") {
			t.Errorf("%s says a dated talk is not yet scheduled", p)
		}
	}
	pages := []struct{ slug, when string }{
		{"engines", `<time class="when-day" datetime="2019">2019</time>`},
		{"looms", `<time class="when-day" datetime="2019-05">May 2019</time>`},
		{"notes", `<time class="when-day" datetime="2017-05">May 2017</time>`},
		{"tables", `<time class="when-day" datetime="2018">2018</time>`},
	}
	for _, pg := range pages {
		if body := out("talks/" + pg.slug + "/index.html"); !strings.Contains(body, pg.when) {
			t.Errorf("talks/%s/ does not show %s", pg.slug, pg.when)
		}
		if out("talks/"+pg.slug+"/"+pg.slug+".ics") != "" {
			t.Errorf("talks/%s/ has a calendar file, though it names no day", pg.slug)
		}
	}
	if !strings.Contains(out("talks/bernoulli/index.html"), `<time class="when-day" datetime="2019-03-04T10:00:00Z">Monday 4 March 2019</time>`) ||
		out("talks/bernoulli/bernoulli.ics") == "" {
		t.Error("the talk with a full date lost its day, time or calendar")
	}

	// Lists: newest first, as a speaker's archive lists its talks
	// (site.Site.Archive: these name no event), each period under its
	// own heading, the day of the full date among them by its start.
	list := out("talks/index.html")
	order := []string{
		`<time datetime="2019-05">May 2019</time>`, ">Looms<",
		`<time datetime="2019-03-04">Monday 4 March 2019</time>`, ">Bernoulli<",
		`<time datetime="2019">2019</time>`, ">Engines<",
		`<time datetime="2018">2018</time>`, ">Tables<",
		`<time datetime="2017-05">May 2017</time>`, ">Notes<",
	}
	at := 0
	for _, s := range order {
		i := strings.Index(list[at:], s)
		if i < 0 {
			t.Fatalf("talks/index.html lacks %s after byte %d, or has it out of order", s, at)
		}
		at += i + len(s)
	}

	// Talks years apart, one of them at a time of day, form no
	// programme: the talks index lists them, and no schedule page or
	// file is written, nor linked from the menu or the talks.
	for _, p := range []string{"schedule/index.html", "schedule.ics", "schedule.json", "schedule.xml"} {
		if out(p) != "" {
			t.Errorf("%s was written for an archive of talks years apart", p)
		}
	}
	for _, p := range []string{"index.html", "talks/index.html", "talks/bernoulli/index.html", "sitemap.xml", "sw.js"} {
		if strings.Contains(out(p), "/schedule/") {
			t.Errorf("%s links /schedule/, which an archive has not", p)
		}
	}
}

// TestDaysOfAnUntimedTalk: a talk dated by its days alone that ends on a
// later day (Hugo Academic's all-day workshop, date and date_end) shows
// its days, on its page and its speaker's; one of a single day, its day.
func TestDaysOfAnUntimedTalk(t *testing.T) {
	tests := []struct {
		name, end, want string
	}{
		{"two days", "2023-09-03", ">2–3 September 2023</time>"},
		{"one day", "2023-09-02", ">Saturday 2 September 2023</time>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, _ := buildSite(t, `-- config.toml --
title = "Ada"
-- content/talks/pigeons.md --
---
title: Pigeon Workshop
speakers: [Ada Lovelace]
date: 2023-09-02
date_end: `+tt.end+`
all_day: true
---
`)
			for _, p := range []string{"talks/pigeons/index.html", "speakers/ada-lovelace/index.html"} {
				if page := read(p); !strings.Contains(page, tt.want) {
					t.Errorf("%s does not show %s:\n%s", p, tt.want, page)
				}
			}
		})
	}
}
