package build

import (
	"context"
	"strings"
	"testing"
)

// eleventySite has markdown pages whose Liquid reads Eleventy's data
// cascade: a global data file, an include with values, collections by
// folder and by tag, the page and its front matter.
const eleventySite = `-- .eleventy.js --
module.exports = {}
-- _data/sponsors.json --
[{"name": "ACME", "url": "https://acme.test/"}, {"name": "Initech", "url": "https://initech.test/"}]
-- _includes/card.liquid --
<div class="card">{{ title }} / {{ level }}</div>
-- talks/a.md --
---
title: Alpha
date: 2024-05-01T10:00:00Z
tags: [featured]
---
A.
-- talks/b.md --
---
title: Beta
date: 2024-05-01T11:00:00Z
---
B.
-- thanks.md --
---
title: Thanks
level: gold
---
{% for s in sponsors %}[{{ s.name }}]({{ s.url }}) {% endfor %}

{% include "card.liquid", title: "Gold" %}

All: {% for t in collections.talks %}{{ t.data.title }} at {{ t.url }}; {% endfor %}
Featured: {% for t in collections.featured %}{{ t.data.title }}{% endfor %}
Page: {{ page.fileSlug }} {{ title }} {{ page.url }}
`

func TestBuildEleventyLiquid(t *testing.T) {
	read, diags := buildSite(t, eleventySite)
	for _, d := range diags {
		if strings.Contains(d, "template tag") || strings.Contains(d, "Liquid") {
			t.Errorf("diagnostic: %s", d)
		}
	}
	got := read("thanks/index.html")
	for _, want := range []string{
		`<a href="https://acme.test/">ACME</a> <a href="https://initech.test/">Initech</a>`,
		`<div class="card">Gold / gold</div>`,
		"All: Alpha at /talks/a/; Beta at /talks/b/;",
		"Featured: Alpha\n",
		"Page: thanks Thanks /thanks/",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("thanks lacks %q:\n%.1500s", want, got)
		}
	}
}

// An edit of a talk's title, which another page's Liquid shows, reaches
// that page in the preview.
func TestSessionEleventyLiquid(t *testing.T) {
	dir, s := startSession(t, eleventySite)
	edit(t, dir, "talks/b.md", "---\ntitle: Beta two\ndate: 2024-05-01T11:00:00Z\n---\nB.\n")
	_, diags := s.Rebuild(context.Background(), []string{"talks/b.md"})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if b := body(t, s, "thanks/index.html"); !strings.Contains(b, "Beta two at /talks/b/") {
		t.Errorf("the edited title is not shown: %.1500s", b)
	}
	sameAsFullBuild(t, s, dir, diags)
}
