package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seed004Links are the six links of the list at the end of seed 004, by
// title, with the URL each must carry on /reading/.
var seed004Links = map[string]string{
	"REdeploy":      "https://re-deploy.io/",
	"SNAFUcatchers": "https://snafucatchers.github.io/",
	"Approaching Overload: Diagnosis and Response to Anomalies in Complex and Automated Production Software Systems": "https://www.researchgate.net/publication/333091997_Approaching_Overload_Diagnosis_and_Response_to_Anomalies_in_Complex_and_Automated_Production_Software_Systems",
	"Managing the Hidden Costs of Coordination": "https://queue.acm.org/detail.cfm?id=3380779",
	"ACM Queue Vol. 17 No. 6, Human Factors":    "https://queue.acm.org/issuedetail.cfm?issue=3380774",
	"Maps, Context, and Tribal Knowledge: On the Structure and Use of Post-Incident Analysis Artifacts in Software Development and Operations": "https://jpaulreed.com/jpaulreed-lund-thesis-v1_1.pdf",
}

// readingSeeds stands in for seeds 004 and 002: a note whose reading list
// is a markdown list of links, one with a link inside its note, and a page
// of typographic bullets without links.
const readingSeeds = `
-- content/2020-05-28-failover-conf.md --
---
layout: post
title: Failover Conf
author: jabenninghoff
tags: ["SRE", "Chaos Engineering"]
---
Back in April, I attended [Failover Conf](https://web.archive.org/web/20200423051836/https://failover-conf.heysummit.com/), a virtual conference hosted by Gremlin. You can watch all the talks [here](https://www.youtube.com/playlist?list=PLLIx5ktghjqItStdp_NUh3CQ_y4M49Gb1).

From the Slack discussion, I got recommendations on some additional academic reading on Resilience Engineering from J Paul Reed, which I am sharing here:

- [REdeploy](https://re-deploy.io/)
- [SNAFUcatchers](https://snafucatchers.github.io/)
- [Approaching Overload: Diagnosis and Response to Anomalies in Complex and Automated Production Software Systems](https://www.researchgate.net/publication/333091997_Approaching_Overload_Diagnosis_and_Response_to_Anomalies_in_Complex_and_Automated_Production_Software_Systems) (masters thesis)
- [Managing the Hidden Costs of Coordination](https://queue.acm.org/detail.cfm?id=3380779)
- [ACM Queue Vol. 17 No. 6, Human Factors](https://queue.acm.org/issuedetail.cfm?issue=3380774) - includes the article above
- [Maps, Context, and Tribal Knowledge: On the Structure and Use of Post-Incident Analysis Artifacts in Software Development and Operations](https://jpaulreed.com/jpaulreed-lund-thesis-v1_1.pdf) (I think this was actually recommended by John Allspaw, also available at [Lund](https://lup.lub.lu.se/student-papers/search/publication/8966930))
-- content/talks/solid-snakes.txt --
Big Picture

  • Don’t reach for those meta classes right away. Try simpler constructs first.
  • I believe strongly in Composition over Inheritance.
    • No matter how you feel about subclassing, remember that its intended for specialization.
  • The Microservice Premium is a thing.
`

// TestSeedReadingList is the test of done: seed 004's six links
// are on /reading/ with Failover Conf as their source, the Lund link stays
// in its item's note, and seed 002's bullets add nothing.
func TestSeedReadingList(t *testing.T) {
	src := writeSite(t, readingSeeds)
	checkSeedReading(t, src, "solid-snakes")
}

// TestRealSeedsReadingList runs the same checks on the seed files
// themselves, when ../shared/seeds is beside the repository.
func TestRealSeedsReadingList(t *testing.T) {
	var files []string
	for _, n := range []string{"002", "004"} {
		m, _ := filepath.Glob("../../../shared/seeds/" + n + "_*")
		files = append(files, m...)
	}
	if len(files) != 2 {
		t.Skip("no ../shared/seeds beside the repository: the seed documents are not part of it")
	}
	src := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(src, "content", filepath.Base(f))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	checkSeedReading(t, src, "002_")
}

// checkSeedReading builds the site in src and checks /reading/ and the
// model; bullets names the file of the bulleted page.
func checkSeedReading(t *testing.T, src, bullets string) {
	t.Helper()
	m, diags := LoadModel(context.Background(), os.DirFS(src), ModelOptions{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for _, p := range m.Site.Pages {
		if strings.Contains(p.Doc.File, bullets) && (len(p.OwnItems) > 0 || len(p.Items) > 0) {
			t.Errorf("%s has no links in its bullets, yet gave reading items: %+v", p.Doc.File, p.OwnItems)
		}
	}
	if n := len(m.Site.Reading); n != len(seed004Links) {
		t.Errorf("the site's reading list has %d entries, want the %d of seed 004", n, len(seed004Links))
	}

	res, diags := Build(context.Background(), Options{Source: src, NoMinify: true})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	b, err := os.ReadFile(filepath.Join(res.Dest, "reading", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string]string{}
	for _, chunk := range strings.Split(string(b), `<li class="entry`)[1:] {
		chunk = chunk[:strings.Index(chunk, "</li>")]
		_, title, _ := strings.Cut(chunk, `<p class="entry-title"><a href="`)
		_, title, _ = strings.Cut(title, `">`)
		title, _, _ = strings.Cut(title, "</a>")
		entries[title] = chunk
	}
	for title, url := range seed004Links {
		t.Run(title, func(t *testing.T) {
			e, ok := entries[title]
			if !ok {
				t.Fatalf("not on /reading/; entries: %q", keys(entries))
			}
			if !strings.Contains(e, `<a href="`+url+`">`) {
				t.Errorf("does not link to %s:\n%s", url, e)
			}
			if !strings.Contains(e, `<p class="sources">Mentioned in: <a href="`) || !strings.HasSuffix(strings.TrimSpace(e), `">Failover Conf</a></p>`) {
				t.Errorf("is not mentioned in Failover Conf, alone:\n%s", e)
			}
		})
	}
	maps := entries["Maps, Context, and Tribal Knowledge: On the Structure and Use of Post-Incident Analysis Artifacts in Software Development and Operations"]
	if !strings.Contains(maps, `<p class="entry-note">I think this was actually recommended by John Allspaw, also available at Lund</p>`) {
		t.Errorf("the Lund link must stay part of its item's note:\n%s", maps)
	}
	if _, ok := entries["Lund"]; ok {
		t.Errorf("the Lund link inside a note is not an item of its own")
	}
	for _, name := range []string{"reading.json", "reading.bib", "reading.csv"} {
		if b, err := os.ReadFile(filepath.Join(res.Dest, name)); err != nil || !strings.Contains(string(b), "Managing the Hidden Costs of Coordination") {
			t.Errorf("%s must hold the seed's items (%v)", name, err)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
