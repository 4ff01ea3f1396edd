package build

import (
	"strings"
	"testing"
)

// A reading item's relative link is resolved against its page (here at
// /talks/adb/, from the folder talks/2016/adb/), as the page's own HTML
// links it, before /reading/ and the exports show it: a link to a file of
// the site goes where that file is published, any other relative link is
// read from the page's URL.
func TestReadingRelativeLinks(t *testing.T) {
	read, _ := buildSite(t, "-- config.toml --\ntitle = \"Links\"\nbase_url = \"https://links.example.org/\"\n"+
		"-- content/talks/2016/adb/index.md --\n---\ntitle: ADB\n---\nRead these first:\n\n"+
		"- [Carla's notes](carla/notes.pdf)\n- [The paper](./files/paper.pdf)\n- [Elsewhere](https://other.example/a.pdf)\n"+
		"-- content/talks/2016/adb/carla/notes.pdf --\nnotes\n")
	for _, out := range []string{"reading.json", "reading.csv", "reading.bib"} {
		got := read(out)
		for _, want := range []string{
			"https://links.example.org/talks/2016/adb/carla/notes.pdf",
			"https://links.example.org/talks/adb/files/paper.pdf",
			"https://other.example/a.pdf",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %s:\n%s", out, want, got)
			}
		}
	}
	if read("talks/2016/adb/carla/notes.pdf") == "" || !strings.Contains(read("talks/adb/index.html"), `href="/talks/2016/adb/carla/notes.pdf"`) {
		t.Error("the page does not link its file where it is published")
	}
	index := read("reading/index.html")
	for _, want := range []string{`href="/talks/2016/adb/carla/notes.pdf"`, `href="/talks/adb/files/paper.pdf"`} {
		if !strings.Contains(index, want) {
			t.Errorf("/reading/ lacks %s:\n%s", want, index)
		}
	}
}
