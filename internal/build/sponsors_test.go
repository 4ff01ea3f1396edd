package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// sponsorSite has sponsors in every shape lectern reads: a folder, a
// dated Jekyll collection file, a type, and a card found by its shape; a
// talk with a level beside them, and a dated note.
const sponsorSite = `
-- content/sponsors/acme.md --
---
name: Acme
level: Gold
logo: /img/acme.png
url: https://acme.example/
---
Acme makes everything.
-- content/_sponsors/2019-06-01-zeta.md --
---
title: Zeta
tier: platinum
image: /img/zeta.png
url_target: https://zeta.example/
---
-- content/partners/kind.md --
---
title: Kind Folks
type: sponsor
category: Community
website: https://kind.example/
---
-- content/partners/coffee.md --
---
title: Coffee Co
level: Coffee
logo: /img/coffee.png
link: https://coffee.example/
tier: Coffee
---
-- content/partners/beta.md --
---
title: Beta
sponsor_level: Diversity & Inclusion
logo: /img/beta.png
link: https://beta.example/
---
-- content/sponsors/zed/index.md --
---
title: Zed
level: Silver
logo: zed.svg
link: https://zed.example/
---
-- content/sponsors/zed/zed.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/talks/intro.md --
---
title: Intro
level: Beginner
speakers: [Ada]
date: 2019-06-02 10:00
---
-- content/notes/hello.md --
---
title: Hello
date: 2019-06-03
---
Hi.
`

// TestSponsors checks the sponsor kind end to end: every shape is a
// sponsor, no sponsor's level is a talk level, and /sponsors/ groups them
// by tier in the documented order with alt text and sponsored links.
func TestSponsors(t *testing.T) {
	src := writeSite(t, sponsorSite)
	m, diags := LoadModel(context.Background(), os.DirFS(src), ModelOptions{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for _, p := range m.Site.Pages {
		want := "sponsor"
		switch {
		case strings.Contains(p.Doc.File, "talks/"):
			want = "talk"
		case strings.Contains(p.Doc.File, "notes/"):
			want = "note"
		}
		if string(p.Doc.Kind) != want {
			t.Errorf("%s is a %s, want a %s", p.Doc.File, p.Doc.Kind, want)
		}
		if p.Doc.Kind == "sponsor" && !p.Doc.Date.IsZero() {
			t.Errorf("%s is a sponsor dated %v; sponsors are not dated", p.Doc.File, p.Doc.Date)
		}
	}
	var levels []string
	for _, term := range m.Site.Levels.Terms {
		levels = append(levels, term.Name)
	}
	if strings.Join(levels, ",") != "Beginner" {
		t.Errorf("levels %q, want only the talk's Beginner", levels)
	}
	var tiers []string
	for _, tier := range m.Site.Sponsors {
		tiers = append(tiers, tier.Name)
	}
	if got, want := strings.Join(tiers, "|"), "Platinum|Gold|Silver|Coffee|Diversity & Inclusion|Community"; got != want {
		t.Errorf("tiers %q, want %q", got, want)
	}

	res, diags := Build(context.Background(), Options{Source: src, NoMinify: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	b, err := os.ReadFile(filepath.Join(res.Dest, "sponsors", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{
		`<img class="sponsor-logo" src="/img/acme.png" alt="" loading="lazy">`,
		`<a class="card-title" href="https://acme.example/" rel="sponsored noopener">Acme</a>`,
		`<a class="card-title" href="https://kind.example/" rel="sponsored noopener">Kind Folks</a>`,
		// A logo beside its sponsor's file is published beside its page.
		`<img class="sponsor-logo" src="/sponsors/zed/zed.svg" alt="" loading="lazy">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("/sponsors/ lacks %s", want)
		}
	}
	headings := regexp.MustCompile(`<h2>([^<]*)</h2>`).FindAllStringSubmatch(page, -1)
	var order []string
	for _, h := range headings {
		order = append(order, h[1])
	}
	if got, want := strings.Join(order, "|"), "Platinum|Gold|Silver|Coffee|Diversity &amp; Inclusion|Community"; got != want {
		t.Errorf("tier headings %q, want %q", got, want)
	}
	feed, err := os.ReadFile(filepath.Join(res.Dest, "feed.xml"))
	if err == nil && strings.Contains(string(feed), "Acme") {
		t.Errorf("a sponsor is in the feed:\n%s", feed)
	}
}
