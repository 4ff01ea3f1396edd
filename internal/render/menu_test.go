package render

import (
	"maps"
	"slices"
	"testing"
)

// TestMenuLinksWhatTheSiteHas: the menu made for a site without a
// configured one links the sections the site has, the schedule first
// when it places a few talks at times (not a speaker's archive), and a blog without talks no Talks section
// pointing at its home page.
func TestMenuLinksWhatTheSiteHas(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"talks and notes", map[string]string{
			"content/talks/a.md": "---\ntitle: A\ndate: 2026-01-02\nspeakers: [Ada]\n---\nx\n",
			"content/notes/n.md": "---\ntitle: N\ndate: 2026-01-02\n---\nx\n",
		}, []string{"Talks /talks/", "Notes /notes/", "Speakers /speakers/"}},
		{"a programme", map[string]string{
			"content/talks/a.md": "---\ntitle: A\ndate: 2026-01-02 10:00\nroom: Hall\nspeakers: [Ada]\n---\nx\n",
			"content/talks/b.md": "---\ntitle: B\ndate: 2026-01-02 11:00\nroom: Hall\nspeakers: [Bo]\n---\nx\n",
			"content/talks/c.md": "---\ntitle: C\ndate: 2026-01-02 12:00\nroom: Hall\nspeakers: [Cy]\n---\nx\n",
		}, []string{"Schedule /schedule/", "Talks /talks/", "Speakers /speakers/"}},
		{"a speaker's archive", map[string]string{
			"content/talks/a.md": "---\ntitle: A\ndate: 2021-05-14 13:00\nevent: PyCon US 2021\nspeakers: [Ada]\n---\nx\n",
			"content/talks/b.md": "---\ntitle: B\ndate: 2023-12-13 10:00\nevent: PGConf EU 2023\nspeakers: [Ada]\n---\nx\n",
			"content/talks/c.md": "---\ntitle: C\ndate: 2024-02-01 10:00\nevent: FOSDEM 2024\nspeakers: [Ada]\n---\nx\n",
		}, []string{"Talks /talks/", "Speakers /speakers/", "Events /events/"}},
		{"a speaker's archive of talks of no event", map[string]string{
			"content/talks/a.md": "---\ntitle: A\ndate: 2020-07-07T19:00:00Z\nlocation: St. Louis, MO\n---\nx\n",
			"content/talks/b.md": "---\ntitle: B\ndate: 2020-09-26T19:00:00Z\n---\nx\n",
			"content/talks/c.md": "---\ntitle: C\ndate: 2022-07-27T19:00:00Z\n---\nx\n",
		}, []string{"Talks /talks/"}},
		{"notes only", map[string]string{
			"content/notes/n.md": "---\ntitle: N\ndate: 2026-01-02\ntags: [go]\n---\nx\n",
		}, []string{"Notes /notes/", "Tags /tags/"}},
		{"hidden talks only", map[string]string{
			"content/talks/a.md": "---\ntitle: A\ndate: 2026-01-02\nhidden: true\n---\nx\n",
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := siteFrom(t, tc.files, true)
			var got []string
			for _, m := range menu(s) {
				got = append(got, m.Name+" "+m.URL)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("menu %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNavPagesMenu: pages that say nav: true are the menu of a site that
// names none (al-folio's way), in nav_order, the unnumbered after, led by
// the home page; a dropdown and a page without nav are left out, and a
// configured menu wins.
func TestNavPagesMenu(t *testing.T) {
	pages := map[string]string{
		"content/about.md":    "---\ntitle: about\nurl: /\n---\nx\n",
		"content/talks.md":    "---\ntitle: Talks\nnav: true\nnav_order: 2\n---\nx\n",
		"content/pubs.md":     "---\ntitle: Publications\nnav: true\nnav_order: 1\n---\nx\n",
		"content/cv.md":       "---\ntitle: CV\nnav: true\n---\nx\n",
		"content/more.md":     "---\ntitle: More\nnav: true\ndropdown: true\n---\nx\n",
		"content/unlisted.md": "---\ntitle: Unlisted\n---\nx\n",
	}
	for _, tc := range []struct {
		name   string
		config string
		want   []string
	}{
		{"nav pages", "", []string{"about /", "Publications /pubs/", "Talks /talks/", "CV /cv/"}},
		{"a configured menu wins", "[[menu]]\nname = \"Blog\"\nurl = \"/blog/\"\n", []string{"Blog /blog/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := maps.Clone(pages)
			if tc.config != "" {
				files["config.toml"] = tc.config
			}
			s, _ := siteFrom(t, files, true)
			var got []string
			for _, m := range menu(s) {
				got = append(got, m.Name+" "+m.URL)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("menu %q, want %q", got, tc.want)
			}
		})
	}
}
