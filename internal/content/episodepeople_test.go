package content

import (
	"slices"
	"testing"
)

// TestEpisodePeople checks the people of a podcast episode's post: its
// guests are the people it is with (Speakers), its hosts its authors,
// named by slug as Castanet writes them or by name; a meetup's host and
// a talk's guests are not read; a podcast's guest/ and host/ folders
// hold people, whose Castanet Thumbnail is their photo.
func TestEpisodePeople(t *testing.T) {
	names := func(ps []Person) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Name)
		}
		return out
	}
	tests := []struct {
		name, path, fm    string
		speakers, authors []string
	}{
		{"Castanet's slugs", "posts/a.md", "guests: [jsmith, rdoe]\nhosts: [mstratton]", []string{"jsmith", "rdoe"}, []string{"mstratton"}},
		{"guests by name, authors kept", "posts/a.md", "guests:\n  - Jane Smith\nauthor: Ann Host\nhosts: [Bo Host]", []string{"Jane Smith"}, []string{"Bo Host", "Ann Host"}},
		{"one guest", "posts/a.md", "guest: Jane Smith", []string{"Jane Smith"}, nil},
		{"a meetup post's host is no person", "posts/a.md", "host: Acme Corp", nil, nil},
		{"a talk's guests are not read", "talks/a.md", "speakers: [Ada]\nguests: [Bo]", []string{"Ada"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, "title: A\n"+tt.fm)
			if s, a := names(d.Speakers), names(d.Authors); !slices.Equal(s, tt.speakers) || !slices.Equal(a, tt.authors) {
				t.Errorf("speakers %q, authors %q; want %q, %q", s, a, tt.speakers, tt.authors)
			}
		})
	}
	for _, path := range []string{"guest/jsmith.md", "guests/jsmith.md", "host/mstratton.md", "hosts/mstratton.md"} {
		t.Run(path, func(t *testing.T) {
			d := Parse("content/"+path, []byte("+++\nTitle = \"Jane Smith\"\nThumbnail = \"img/guest/jsmith.jpg\"\nTwitter = \"jsmith\"\n+++\nBio.\n"), Options{})
			if d.Kind != KindSpeaker || len(d.Speakers) == 0 || d.Speakers[0].Photo != "img/guest/jsmith.jpg" || d.Speakers[0].Twitter != "jsmith" {
				t.Errorf("kind %s, speakers %+v; want a speaker page with its photo", d.Kind, d.Speakers)
			}
		})
	}
}
