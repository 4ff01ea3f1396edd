package content

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const seedDir = "../../../shared/seeds"

// seed parses a seed file from the shared seeds folder as if it were at
// content/path, or skips the test when the folder is not there.
func seed(t *testing.T, name, path string) *Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(seedDir, name))
	if err != nil {
		t.Skipf("seed %s not available (%v); the seed expectations are checked only beside the shared seeds", name, err)
	}
	return Parse("content/"+path, src, Options{})
}

func TestSeeds(t *testing.T) {
	t.Run("000 talk with speakers list", func(t *testing.T) {
		d := seed(t, "000_8046b2c97d8a0df9.txt", "talks/000.md")
		if d.Kind != KindTalk || d.Title != "You Have Control: Learning lessons from aviation" || d.Track != "general" {
			t.Errorf("kind %q title %q track %q", d.Kind, d.Title, d.Track)
		}
		if len(d.Speakers) != 1 {
			t.Fatalf("speakers %+v", d.Speakers)
		}
		s := d.Speakers[0]
		if s.Name != "Andrew Godwin" || s.Slug != "andrew-godwin" || s.Twitter != "andrewgodwin" || s.URL != "http://www.aeracode.org" || s.Photo != "andrew-godwin.png" {
			t.Errorf("speaker %+v", s)
		}
		if !strings.Contains(s.Bio, "Engineer.\n\nWhen he’s not") {
			t.Errorf("bio should keep its paragraphs and the decoded \\u2019: %q", s.Bio)
		}
		if !strings.HasPrefix(d.Summary, "Software (and Python) is growing") || !strings.Contains(d.Summary, "it’s only") {
			t.Errorf("summary %q", d.Summary)
		}
		if d.Params["talkid"] != int64(41796) || d.Params["recordingconsent"] != true {
			t.Errorf("params %#v", d.Params)
		}
		if d.BodyLine != 26 || !strings.HasPrefix(string(d.Body), "We live in a world where we’re") {
			t.Errorf("body at line %d: %.40q", d.BodyLine, d.Body)
		}
		wantDiags(t, d)
	})
	t.Run("001 talk with presenters and a date", func(t *testing.T) {
		d := seed(t, "001_bf140f83d856135c.txt", "001.md")
		if d.Kind != KindTalk || d.Title != "Taking Django Distributed" {
			t.Errorf("kind %q title %q", d.Kind, d.Title)
		}
		if len(d.Speakers) != 1 || d.Speakers[0].Slug != "andrew-godwin" || d.Speakers[0].URL != "http://www.aeracode.org" ||
			!strings.HasPrefix(d.Speakers[0].Photo, "https://www.gravatar.com/") {
			t.Errorf("speakers %+v", d.Speakers)
		}
		if got := rfc3339(d.Date); got != "2017-08-16T11:30:00-05:00" || d.Floating {
			t.Errorf("date %s floating %v", got, d.Floating)
		}
		got := []string{d.Room, d.URL, d.Level, d.Format, d.Slides, d.Video}
		want := []string{"Ballrooms B and C", "/talks/taking-django-distributed/", "All", "talk", "https://speakerdeck.com/andrewgodwin/taking-django-distributed", ""}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %q\nwant %q", got, want)
		}
		if d.Draft {
			t.Error("accepted: true must not make a draft")
		}
		wantDiags(t, d)
	})
	t.Run("002 text with bullets", func(t *testing.T) {
		d := seed(t, "002_03c659c29ec7e8f4.txt", "notes/002_03c659c29ec7e8f4.txt")
		if d.Title != "No matter whether you run a web app, search for gravitational waves…" {
			t.Errorf("title %q", d.Title)
		}
		if !strings.Contains(string(d.Body), "Cory Benfield, Tweet\n- Don’t reach") || !strings.Contains(string(d.Body), "\n  - No matter how you feel") {
			t.Errorf("bullets not rewritten as nested lists:\n%s", d.Body)
		}
		wantDiags(t, d,
			`content/notes/002_03c659c29ec7e8f4.txt:1:1: warning: no title, so the first sentence "No matter whether you run a web app, search for gravitational waves…" is used; add "title: …" to the front matter to choose one`,
			`content/notes/002_03c659c29ec7e8f4.txt:19:3: warning: turned 35 typographic bullets ("•") into markdown list items; start list items with "- " to silence this`)
	})
	t.Run("003 lone thematic break and mojibake", func(t *testing.T) {
		d := seed(t, "003_ef2cbea21876cbd2.txt", "notes/003.md")
		if d.Title != "DOP342-R - [REPEAT] Amazon's approach to building resilient services" {
			t.Errorf("title %q", d.Title)
		}
		if !strings.Contains(string(d.Body), "\n– Venetian, Level 2") || !strings.HasPrefix(string(d.Body), "---\n") {
			t.Errorf("body %.200q", d.Body)
		}
		wantDiags(t, d,
			`content/notes/003.md:3:1: warning: no title, so the first line "DOP342-R - [REPEAT] Amazon's approach to building resilient services" is used; add "title: …" to the front matter to choose one`,
			`content/notes/003.md:16:1: warning: repaired mojibake "â€“" → "–" (UTF-8 text that was once read as Windows-1252); write the intended characters in the file to silence this`)
	})
	t.Run("004 post", func(t *testing.T) {
		d := seed(t, "004_e3bdf03492606251.txt", "004.md")
		if d.Kind != KindNote || d.Title != "Failover Conf" {
			t.Errorf("kind %q title %q", d.Kind, d.Title)
		}
		if !reflect.DeepEqual(d.Tags, []string{"SRE", "Chaos Engineering"}) {
			t.Errorf("tags %q", d.Tags)
		}
		if len(d.Authors) != 1 || d.Authors[0].Name != "jabenninghoff" || len(d.Speakers) != 0 {
			t.Errorf("authors %+v speakers %+v", d.Authors, d.Speakers)
		}
		wantDiags(t, d)
	})
}
