package render

import (
	"strings"
	"testing"

	"lectern/themes"
)

// TestTalkGivenAtPlace: a talk of no event that says where it was given
// (its Venue) has that place in its calendar entry, its schema.org data
// its share card and the lists of talks, as a talk with a room has its
// room: a talk's
// location beside an address, and a talk archive's location
// (site.Site.Placeless).
func TestTalkGivenAtPlace(t *testing.T) {
	for _, tc := range []struct {
		name, a, place, ics string
	}{
		{"a location beside an address", "location: Stanford University\naddress: {city: Stanford, region: CA}", "Stanford University, Stanford, CA", "Stanford University\\, Stanford\\, CA"},
		{"a talk archive's location", "location: Atlanta, Georgia", "Atlanta, Georgia", "Atlanta\\, Georgia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{
				"content/talks/a.md": "---\ntitle: A\ndate: 2019-04-02\nspeakers: [Ada]\ntags: [rails]\n" + tc.a + "\n---\nA.\n",
				"content/talks/b.md": "---\ntitle: B\ndate: 2021-10-12\nlocation: Berlin, Germany\n---\nB.\n",
			}
			outs := renderSite(t, files)
			for _, c := range []struct{ file, want string }{
				{"talks/a/index.html", "<dt>Where</dt><dd>" + tc.place + "</dd>"},
				{"talks/a/index.html", `"location":{"@type":"Place","name":"` + tc.place + `"}`},
				{"talks/a/a.ics", "\r\nLOCATION:" + tc.ics + "\r\n"},
				// Lists say where, as the page does.
				{"talks/index.html", `<span class="venue">` + tc.place + `</span>`},
				{"speakers/ada/index.html", `<span class="sep" aria-hidden="true"> · </span>` + tc.place + "\n"},
				{"tags/rails/index.html", `<span class="sep" aria-hidden="true"> · </span>` + tc.place + "\n"},
			} {
				if got := string(outs[c.file].Body); !strings.Contains(got, c.want) {
					t.Errorf("%s lacks %q", c.file, c.want)
				}
			}
			if got := string(outs["talks/a/index.html"].Body); strings.Contains(got, "<dt>Room</dt>") {
				t.Error("the talk page shows its place as a room")
			}
			s, _ := siteFrom(t, files, false)
			jobs, _ := mustNew(t, themes.Default()).Jobs(s)
			for _, p := range s.Talks {
				if got := jobs[0].built.talkCard(p).Where; p.Doc.Title == "A" && got != tc.place {
					t.Errorf("share card's place %q, want %q", got, tc.place)
				}
			}
		})
	}
}
