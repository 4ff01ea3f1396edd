package build

import (
	"strings"
	"testing"
)

// A page's subtitle, as Hugo, Jekyll and Quarto themes show it, is shown
// under its title when it is text.
func TestSubtitleShown(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"S\"\n"+
		"-- content/talks/a.md --\n---\ntitle: Tidy data\nsubtitle: PyCon US 2023\nspeakers: [Ann]\n---\nText.\n"+
		"-- content/notes/b.md --\n---\ntitle: A note\nsubtitle: \"On <tables>\"\ndate: 2024-01-02\n---\nText.\n"+
		"-- content/about.md --\n---\ntitle: About\nsubtitle: {size: 3}\n---\nText.\n")
	if got := read("talks/a/index.html"); !strings.Contains(got, `<h1>Tidy data</h1><p class="subtitle">PyCon US 2023</p>`) {
		t.Errorf("talk: %.1500s", got)
	}
	if got := read("notes/b/index.html"); !strings.Contains(got, `<p class="subtitle">On &lt;tables></p>`) {
		t.Errorf("note: %s", got[strings.Index(got, "<h1"):][:200])
	}
	if got := read("about/index.html"); strings.Contains(got, `class="subtitle"`) {
		t.Errorf("a subtitle that is no text is shown: %.1500s", got)
	}
}

// An event of a meetup series, named as every event of the series is,
// shows its number and topic under its name (TestEventSubtitle reads
// them), as an event page with a subtitle of its own shows that.
func TestEventSubtitleShown(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"S\"\n"+
		"-- content/events/2015-05-20.md --\n---\nname: Lakeside Pyvo\nnumber: 50\ntopic: anniversary\ndate: 2015-05-20T19:00:00\n---\nText.\n")
	if got := read("events/2015-05-20/index.html"); !strings.Contains(got, `<h1>Lakeside Pyvo</h1><p class="subtitle">#50 anniversary</p>`) {
		t.Errorf("event: %.1500s", got)
	}
}
