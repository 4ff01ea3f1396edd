package render

import (
	"slices"
	"testing"
)

// TestMenuLinksWhatTheSiteHas: the menu made for a site without a
// configured one links the sections the site has, the schedule first
// when its talks have times, and a blog without talks no Talks section
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
		}, []string{"Schedule /schedule/", "Talks /talks/", "Speakers /speakers/"}},
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
