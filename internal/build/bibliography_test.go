package build

import (
	"slices"
	"strings"
	"testing"
)

// TestJekyllScholar: jekyll-scholar's {% bibliography %} and {% cite %}
// on a Jekyll page list the entries of the .bib files in the scholar
// source folder, selected, grouped and linked as al-folio shows them,
// and a broken entry or a missing file is a warning at its place.
func TestJekyllScholar(t *testing.T) {
	out, diags := buildSite(t, `-- _config.yml --
title: Scholar
scholar:
  source: /_refs/
  bibliography: papers.bib
-- _refs/talks.bib --
@misc{old,
  title = {Old Talk},
  organism = {Old Conf}, organism_site = {https://old.example/},
  location = {Lyon, France},
  year = {2021}, month = {11},
  slides = {old_slides.pdf},
  arxiv = {2102.07501},
}
@misc{new,
  title = {New Talk}, author = {Lovelace, Ada and Grace Hopper and Alan Turing},
  url = {javascript:alert(1)},
  howpublished = {Keynote}, kind = {keynote},
  year = 2023,
  pdf = {https://example.org/new.pdf},
}
@misc{broken,
  title {Broken}
}
-- _refs/papers.bib --
@article{knuth84,
  title = {Literate Programming}, author = {Knuth, Donald E.},
  journal = {The Computer Journal}, year = {1984}, url = {https://example.org/lp},
}
-- talks.md --
---
title: Talks
permalink: /talks/
---
<div class="publications">

{% bibliography -f talks -g year --group_order descending %}

</div>
-- keynotes.md --
---
title: Keynotes
permalink: /keynotes/
---
{% bibliography -f talks -q @*[kind=keynote] %}
-- papers.md --
---
title: Papers
permalink: /papers/
---
As shown {% cite knuth84 %}, and {% cite nokey %}.

{% bibliography %}

{% bibliography -f nothing %}
`)
	talks := out("talks/index.html")
	for _, want := range []string{
		`<h2 class="bibliography">2023</h2><ol class="bibliography"><li id="new"><span class="bib-title">New Talk</span> <span class="bib-authors">Ada Lovelace, Grace Hopper and Alan Turing</span> <span class="bib-details"><em class="bib-venue">Keynote</em>, 2023</span> <span class="bib-links"><a class="bib-link" href="https://example.org/new.pdf">PDF</a></span></li></ol>`,
		`<h2 class="bibliography">2021</h2><ol class="bibliography"><li id="old"><span class="bib-title">Old Talk</span> <span class="bib-details"><em class="bib-venue"><a href="https://old.example/">Old Conf</a></em>, Lyon, France, November 2021</span> <span class="bib-links"><a class="bib-link" href="https://arxiv.org/abs/2102.07501">arXiv</a> <a class="bib-link" href="/assets/pdf/old_slides.pdf">Slides</a></span></li></ol>`,
	} {
		if !strings.Contains(talks, want) {
			t.Errorf("talks page lacks\n%s\nin\n%s", want, talks)
		}
	}
	if strings.Index(talks, ">2023<") > strings.Index(talks, ">2021<") || strings.Contains(talks, "Broken") {
		t.Errorf("groups out of order or broken entry shown:\n%s", talks)
	}
	if k := out("keynotes/index.html"); !strings.Contains(k, "New Talk") || strings.Contains(k, "Old Talk") {
		t.Errorf("the query does not select the keynote:\n%s", k)
	}
	papers := out("papers/index.html")
	for _, want := range []string{
		`As shown <a class="citation" href="#knuth84">(Knuth, 1984)</a>, and (missing reference).`,
		`<li id="knuth84"><span class="bib-title"><a href="https://example.org/lp">Literate Programming</a></span> <span class="bib-authors">Donald E. Knuth</span> <span class="bib-details"><em class="bib-venue">The Computer Journal</em>, 1984</span></li>`,
	} {
		if !strings.Contains(papers, want) {
			t.Errorf("papers page lacks\n%s\nin\n%s", want, papers)
		}
	}
	for _, want := range []string{
		`_refs/talks.bib:17:9: warning: @misc{broken (line 16): field title has no "="; write it as title = {value}; the entry is left out`,
		`papers.md:5:1: warning: cite: no entry of papers.bib has the key nokey; check the key`,
		`papers.md:9:1: warning: bibliography: there is no bibliography nothing.bib in the scholar source folder (it holds papers.bib, talks.bib); name one of its .bib files`,
	} {
		if !slices.Contains(diags, want) {
			t.Errorf("diagnostics lack\n%s\nin\n%s", want, strings.Join(diags, "\n"))
		}
	}
}
