package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteDataFile checks that {{ site.X }} in a body reads the site's
// data file named site, as Eleventy's global data, when the config has
// no such setting: the site's config title wins over the file's.
func TestSiteDataFile(t *testing.T) {
	src := writeSite(t, `
-- _config.yml --
title: Conf
-- _data/site.json --
{"ticket_link": "https://tickets.example.org/", "title": "Not this one", "social": {"mastodon": "@conf@example.social"}}
-- tickets.md --
---
title: Tickets
---
Buy [tickets]({{ site.ticket_link }}) for {{ site.title }}, follow {{ site.social.mastodon }}.
`)
	res, diags := Build(context.Background(), Options{Source: src, Dest: filepath.Join(t.TempDir(), "out")})
	if diags.HasErrors() {
		t.Fatalf("errors: %q", diags.Errors().Strings())
	}
	for _, d := range diags.Strings() {
		if strings.Contains(d, "template tag") {
			t.Errorf("unexpected %s", d)
		}
	}
	b, err := os.ReadFile(filepath.Join(res.Dest, "tickets", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := `Buy <a href="https://tickets.example.org/">tickets</a> for Conf, follow @conf@example.social.`
	if !strings.Contains(string(b), want) {
		t.Errorf("page lacks %s:\n%s", want, b)
	}
}
