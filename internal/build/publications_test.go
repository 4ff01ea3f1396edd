package build

import (
	"strings"
	"testing"
)

// academicPagesSite is a scholar's site as academicpages (a Minimal
// Mistakes fork) writes it: collections of publications and teaching
// pages, each published at its own permalink, their venue and materials
// in front matter, which the theme's layouts show.
const academicPagesSite = `
-- _config.yml --
title: A scholar
url: https://scholar.example.org
collections:
  publications:
    output: true
    permalink: /:collection/:path/
  teaching:
    output: true
    permalink: /:collection/:path/
defaults:
  - scope: {path: "", type: publications}
    values: {layout: single, author_profile: true}
-- _publications/2009-10-01-reeds.md --
---
title: "Reed Beds and Their Friends"
collection: publications
category: manuscripts
permalink: /publication/2009-10-01-reeds
excerpt: 'This paper is about reed beds.'
date: 2009-10-01
venue: 'Journal of Wetlands'
paperurl: 'https://scholar.example.org/files/paper1.pdf'
bibtexurl: 'https://scholar.example.org/files/bibtex1.bib'
citation: 'Reed, Ada. (2009). &quot;Reed Beds.&quot; <i>Journal of Wetlands</i>. 1(1).'
---
The paper's notes.
-- _teaching/2014-spring-teaching-1.md --
---
title: "Teaching experience 1"
collection: teaching
type: "Undergraduate course"
permalink: /teaching/2014-spring-teaching-1
venue: "Rivertown University, Department of Water"
date: 2014-01-01
location: "Rivertown, Freedonia"
---
A course on rivers.
`

// TestPublicationPages: a publication's page shows where it appeared,
// links its paper and BibTeX file and closes with its citation, and a teaching page shows its
// university, as academicpages' layouts do; they were dropped.
func TestPublicationPages(t *testing.T) {
	out, diags := buildSiteWith(t, academicPagesSite, Options{NoMinify: true})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	pub := out("publication/2009-10-01-reeds/index.html")
	for _, want := range []string{
		"<div><dt>Venue</dt><dd>Journal of Wetlands</dd></div>",
		`<li><a class="button" href="https://scholar.example.org/files/paper1.pdf">Paper</a></li>`,
		`<li><a class="button" href="https://scholar.example.org/files/bibtex1.bib">BibTeX</a></li>`,
		`<p>Recommended citation: Reed, Ada. (2009). &quot;Reed Beds.&quot; <i>Journal of Wetlands</i>. 1(1).</p>`,
	} {
		if !strings.Contains(pub, want) {
			t.Errorf("publication page lacks %q:\n%s", want, pub)
		}
	}
	teach := out("teaching/2014-spring-teaching-1/index.html")
	if want := "<div><dt>Venue</dt><dd>Rivertown University, Department of Water</dd></div>"; !strings.Contains(teach, want) {
		t.Errorf("teaching page lacks %q:\n%s", want, teach)
	}
}

// academicPublicationSite is a Hugo Academic (Wowchemy, Hugo Blox) site's
// publication, as its starter writes one: the journal in publication,
// an abstract for its page beside a summary for lists, its authors.
const academicPublicationSite = `
-- config/_default/hugo.yaml --
title: A scholar
baseURL: https://scholar.example.org/
-- content/publication/reeds/index.md --
---
title: 'Reed Beds and Their Friends'
authors: [Ada Reed, Bo Marsh]
date: '2015-09-01T00:00:00Z'
publication_types: ['article-journal']
publication: '*Journal of Wetlands, 1*(1)'
publication_short: ''
summary: Reed beds, measured.
abstract: We measured twelve reed beds over three summers.
url_pdf: 'https://scholar.example.org/reeds.pdf'
doi: '10.1000/reeds.1'
---
Supplementary notes.
-- content/post/hello/index.md --
---
title: Hello
date: 2016-01-01
summary: A first post.
---
Hello there.
`

// TestAcademicPublicationPage: a Hugo Academic publication's page shows
// its journal as its venue, its PDF and DOI buttons and its abstract
// before its notes, as
// Academic's publication layout does, while the summary describes it
// in lists; a post's summary alone is not shown above its body.
func TestAcademicPublicationPage(t *testing.T) {
	out, diags := buildSiteWith(t, academicPublicationSite, Options{NoMinify: true})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	pub := out("publication/reeds/index.html")
	for _, want := range []string{
		"<div><dt>Venue</dt><dd>Journal of Wetlands, 1(1)</dd></div>",
		"<div class=\"summary prose\"><p>We measured twelve reed beds over three summers.</p>",
		`<meta name="description" content="Reed beds, measured.">`,
		`<li><a class="button" href="https://scholar.example.org/reeds.pdf">PDF</a></li><li><a class="button" href="https://doi.org/10.1000/reeds.1">DOI</a></li>`,
	} {
		if !strings.Contains(pub, want) {
			t.Errorf("publication page lacks %q:\n%s", want, pub)
		}
	}
	if post := out("post/hello/index.html"); strings.Contains(post, "A first post.</p>") {
		t.Errorf("a post shows its summary above its body:\n%s", post)
	}
}
