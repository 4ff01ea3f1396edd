package build

import (
	"regexp"
	"strings"
	"testing"
)

// eventSponsors is a site of two events whose data files list their
// sponsors by id and level, with the levels' labels and order, and a
// sponsor file per sponsor; one sponsor no event lists.
const eventSponsors = `-- config.toml --
baseurl = "https://example.org/"
title = "Days"
-- data/events/2019-bern.yml --
name: "2019-bern"
startdate: 2019-05-02T00:00:00+02:00
sponsors:
  - id: zeta
    level: community
  - id: acme
    level: silver
  - id: nobody
    level: gold
  - id: beta
    level: gold
sponsor_levels:
  - id: gold
    label: Gold Partners
  - id: silver
    label: Silver
  - id: community
    label: Friends
-- data/events/2018-bern.yml --
name: "2018-bern"
startdate: 2018-05-02T00:00:00+02:00
sponsors:
  - id: acme
    level: coffee
-- data/sponsors/acme.yml --
name: "Acme Tools"
url: "https://acme.example/"
-- data/sponsors/beta.yml --
name: "Beta"
url: "https://beta.example/"
-- data/sponsors/zeta.yml --
name: "Zeta"
url: "https://zeta.example/"
-- data/sponsors/omega.yml --
name: "Omega"
url: "https://omega.example/"
`

// TestEventSponsors: an event's page shows the sponsors its file lists,
// by tier in the order its levels give, labelled as they say; the
// sponsors page groups them per event, then the sponsors no event lists.
func TestEventSponsors(t *testing.T) {
	read, _ := buildSite(t, eventSponsors)
	shown := regexp.MustCompile(`<h[23][^>]*>(?:<a [^>]*>)?([^<]*)|class="card-title"[^>]*>([^<]*)`)
	outline := func(file string) string {
		var out []string
		for _, m := range shown.FindAllStringSubmatch(read(file), -1) {
			out = append(out, m[1]+m[2])
		}
		return strings.Join(out, " | ")
	}
	for _, c := range []struct{ file, want string }{
		{"events/2019-bern/index.html", "Sponsors | Gold Partners | Beta | Silver | Acme Tools | Friends | Zeta"},
		{"events/2018-bern/index.html", "Sponsors | Coffee | Acme Tools"},
		{"sponsors/index.html", "2018-bern | Coffee | Acme Tools | 2019-bern | Gold Partners | Beta | Silver | Acme Tools | Friends | Zeta | Sponsors | Omega"},
	} {
		if got := outline(c.file); !strings.Contains(got, c.want) {
			t.Errorf("%s shows %q, want %q in it", c.file, got, c.want)
		}
	}
}
