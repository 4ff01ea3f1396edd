package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestSiteRelativeLinks: with SiteLinks (Hugo), a talk's slides, video
// and materials written relative to no folder are paths from the
// site's root, as Hugo Academic's templates resolve them, but for a
// file beside a bundle's page; web addresses and links written with
// "/", "./" or "#" stay as written. Without it they stay as written.
func TestSiteRelativeLinks(t *testing.T) {
	fsys := fstest.MapFS{
		"content/talk/a/index.md":   {Data: []byte("+++\ntitle = \"A\"\nurl_slides = \"files/deck.pdf\"\nurl_pdf = \"paper.pdf\"\nurl_code = \"https://x.org/code\"\nurl_video = \"./talk.mp4\"\nurl_poster = \"/files/poster.pdf\"\nurl_dataset = \"data/d.csv\"\n+++\n")},
		"content/talk/a/data/d.csv": {Data: []byte("csv")},
		"content/talk/a/paper.pdf":  {Data: []byte("pdf")},
		"content/talk/b.md":         {Data: []byte("+++\ntitle = \"B\"\nurl_slides = \"slides/b.pdf\"\nurl_pdf = \"paper.pdf\"\nurl_code = \"mailto:ada@x.org\"\n+++\n")},
	}
	show := func(d *Document) string {
		parts := []string{d.Slides, d.Video}
		for _, l := range d.Links {
			parts = append(parts, l.Name+"="+l.URL)
		}
		return strings.Join(parts, " ")
	}
	for _, tc := range []struct {
		name string
		on   bool
		want map[string]string
	}{
		{"Hugo", true, map[string]string{
			"content/talk/a/index.md": "/files/deck.pdf ./talk.mp4 PDF=paper.pdf Code=https://x.org/code Dataset=data/d.csv Poster=/files/poster.pdf",
			"content/talk/b.md":       "/slides/b.pdf  PDF=/paper.pdf Code=mailto:ada@x.org",
		}},
		{"other tools", false, map[string]string{
			"content/talk/a/index.md": "files/deck.pdf ./talk.mp4 PDF=paper.pdf Code=https://x.org/code Dataset=data/d.csv Poster=/files/poster.pdf",
			"content/talk/b.md":       "slides/b.pdf  PDF=paper.pdf Code=mailto:ada@x.org",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, _ := Load(fsys, Options{SiteLinks: tc.on, LeafBundles: tc.on})
			if len(set.Docs) != len(tc.want) {
				t.Fatalf("%d pages, want %d", len(set.Docs), len(tc.want))
			}
			for _, d := range set.Docs {
				if got := show(d); got != tc.want[d.File] {
					t.Errorf("Load: %s: %q, want %q", d.File, got, tc.want[d.File])
				}
				if r, ok := set.Reader().Read(fsys, d.File); !ok || show(r) != tc.want[d.File] {
					t.Errorf("Reader.Read: %s: %q, want %q", d.File, show(r), tc.want[d.File])
				}
			}
		})
	}
}
