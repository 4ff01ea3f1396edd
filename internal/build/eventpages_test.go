package build

import (
	"strings"
	"testing"
)

// TestEventPagesAtTheirPaths: on a site whose tool publishes pages at
// their paths, an event's own page is there too, as its talks are,
// unless a pattern for events is set; lectern's own layout files it
// under /events/.
func TestEventPagesAtTheirPaths(t *testing.T) {
	const night = "---\ntitle: Bitcoin night\ndate: 2018-04-18\n---\nBody.\n"
	const astro = "-- astro.config.mjs --\nexport default {}\n"
	const hugo = "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n"
	for _, tc := range []struct {
		name, archive string
		want, absent  []string
	}{{
		name:    "Astro meetups",
		archive: astro + "-- src/content/meetups/2018-04-18_bitcoin_night.md --\n" + night,
		want:    []string{"meetups/2018-04-18_bitcoin_night/index.html"},
		absent:  []string{"events/2018-04-18-bitcoin-night/index.html"},
	}, {
		name:    "Astro events",
		archive: astro + "-- src/content/events/2018-06-23_node_day.md --\n" + night,
		want:    []string{"events/2018-06-23_node_day/index.html"},
		absent:  []string{"events/2018-06-23-node-day/index.html"},
	}, {
		name:    "Astro route",
		archive: astro + "-- src/content.config.ts --\nconst meetups = defineCollection({ loader: glob({ base: \"./src/content/meetups\" }) });\nexport const collections = { meetups };\n-- src/pages/gatherings/[slug].astro --\n---\nexport async function getStaticPaths() {\n  const all = await getCollection('meetups');\n  return all.map((m) => ({ params: { slug: m.id } }));\n}\n---\n-- src/content/meetups/2018-04-18_bitcoin_night.md --\n" + night,
		want:    []string{"gatherings/2018-04-18_bitcoin_night/index.html"},
		absent:  []string{"events/2018-04-18-bitcoin-night/index.html", "meetups/2018-04-18_bitcoin_night/index.html"},
	}, {
		name:    "Hugo",
		archive: hugo + "-- content/meetups/2018-04-18_bitcoin_night.md --\n" + night,
		want:    []string{"meetups/2018-04-18_bitcoin_night/index.html"},
		absent:  []string{"events/2018-04-18-bitcoin-night/index.html"},
	}, {
		name:    "Hugo's [permalinks] win",
		archive: "-- hugo.toml --\nbaseURL = \"https://h.example.org/\"\n[permalinks]\nmeetups = \"/m/:slug/\"\n-- content/meetups/night.md --\n" + night,
		want:    []string{"m/bitcoin-night/index.html"},
		absent:  []string{"meetups/night/index.html"},
	}, {
		name:    "lectern's config beside the tool's wins",
		archive: "-- .eleventy.js --\nmodule.exports = {}\n-- config.toml --\n[permalinks]\nevent = \"/e/:slug/\"\n-- meetups/night.md --\n" + night,
		want:    []string{"e/night/index.html"},
		absent:  []string{"meetups/night/index.html"},
	}, {
		name:    "lectern's own layout",
		archive: "-- config.toml --\ntitle = \"L\"\n-- content/events/2018-04-18_night.md --\n" + night,
		want:    []string{"events/2018-04-18-night/index.html"},
		absent:  []string{"events/2018-04-18_night/index.html"},
	}} {
		t.Run(tc.name, func(t *testing.T) { buildWrites(t, tc.archive, tc.want, tc.absent) })
	}
}

// TestAstroReferences: a talk's event and speakers written as Astro's
// reference() stores them ({collection, id} or {collection, slug}) are
// the entries of that collection, found by their id, by their id less a
// date prefix, or by the slug they write; the talk links to its event's
// page where Astro publishes it.
func TestAstroReferences(t *testing.T) {
	const site = `-- astro.config.mjs --
export default {}
-- src/content/meetups/2018-04-18_bitcoin_night.md --
---
title: Bitcoin night
date: 2018-04-18
---
Body.
-- src/content/meetups/2018-05-20_go_night.md --
---
title: Go night
date: 2018-04-18
slug: gophers
---
Body.
-- src/content/speakers/ada.md --
---
name: Ada Lovelace
---
Ada wrote programs.
`
	for _, tc := range []struct{ name, event, want string }{
		{"an id less its date", "{collection: meetups, slug: bitcoin_night}", "/meetups/2018-04-18_bitcoin_night/"},
		{"the id", "{collection: meetups, id: 2018-04-18_bitcoin_night}", "/meetups/2018-04-18_bitcoin_night/"},
		{"the id slugified", "{collection: meetups, slug: bitcoin-night}", "/meetups/2018-04-18_bitcoin_night/"},
		{"the slug it writes", "{collection: meetups, id: gophers}", "/meetups/gophers/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			talk := "-- src/content/talks/chain.md --\n---\ntitle: The chain\ndate: 2018-04-18\nspeakers: [{collection: speakers, id: ada}]\nevent: " + tc.event + "\n---\nNotes.\n"
			read, diags := buildSite(t, site+talk)
			for _, d := range diags {
				if !strings.Contains(d, "base_url is not set") {
					t.Errorf("diagnostic: %s", d)
				}
			}
			page := read("talks/chain/index.html")
			for _, want := range []string{`href="` + tc.want + `"`, `href="/speakers/ada/"`} {
				if !strings.Contains(page, want) {
					t.Errorf("the talk does not link %s:\n%s", want, page)
				}
			}
		})
	}
}
