package render

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/site"
	"lectern/themes"
)

const hostile = `<script>alert(1)</script>`

// hostileSite is the fixture with front matter text replaced by markup
// that would run if any output failed to escape it.
func hostileSite() *site.Site {
	s := fixture()
	s.Config.Title = "Site " + hostile
	s.Config.Description = "Desc " + hostile
	s.Config.Author = "Author " + hostile
	s.Config.Menu = []config.MenuItem{{Name: "Menu " + hostile, URL: "/about/"}}
	talk := s.Talks[1]
	talk.Doc.Title = "Talk </script>" + hostile
	talk.Doc.Room = "Room " + hostile
	talk.Description = "Summary " + hostile
	talk.Doc.Slides = "javascript:alert(1)"
	talk.Slides = talk.Doc.Slides
	talk.Speakers[0].Name = "Speaker " + hostile
	talk.Speakers[0].Company = "Company " + hostile
	talk.Speakers[0].Twitter = `"><script>alert(1)</script>`
	talk.Event.Name = "Event " + hostile
	talk.Event.Venue = "Venue " + hostile
	talk.Tags[0].Name = "Tag " + hostile
	talk.Track.Name = "Track " + hostile
	s.Reading[0].Title = "Book " + hostile
	s.Reading[0].Note = "Note " + hostile
	s.Reading[0].Author = "Writer " + hostile
	return s
}

func TestEscaping(t *testing.T) {
	outs := renderAll(t, themes.Default(), hostileSite())
	for path, o := range outs {
		// BibTeX and CSV are plain text, where markup is only text; their
		// own escaping is tested in reading_exports_test.go.
		if o.MediaType == bibtexType || o.MediaType == csvType {
			continue
		}
		// iCalendar text is not markup either: see ical_test.go.
		if strings.Contains(string(o.Body), hostile) && o.MediaType != "text/calendar" {
			i := strings.Index(string(o.Body), hostile)
			t.Errorf("%s holds the unescaped value near %q", path, o.Body[max(0, i-80):i+len(hostile)])
		}
		if strings.Contains(string(o.Body), "javascript:alert") {
			t.Errorf("%s holds a javascript: URL", path)
		}
	}
	// Each value must be present, escaped, where it is shown, or the test
	// above proves nothing.
	escaped := `&lt;script&gt;alert(1)&lt;/script&gt;`
	tests := []struct{ path, want string }{
		{"talks/taking-django-distributed/index.html", "<h1>Talk &lt;/script&gt;" + escaped + "</h1>"},
		{"talks/taking-django-distributed/index.html", "<dd>Room " + escaped + "</dd>"},
		{"talks/taking-django-distributed/index.html", "Speaker " + escaped},
		{"talks/taking-django-distributed/index.html", "Company " + escaped},
		{"talks/taking-django-distributed/index.html", "#Tag " + escaped},
		{"talks/taking-django-distributed/index.html", "Track " + escaped},
		{"talks/taking-django-distributed/index.html", "Event " + escaped},
		{"talks/taking-django-distributed/index.html", `<meta name="description" content="Summary ` + escaped + `">`},
		{"talks/taking-django-distributed/index.html", `<a class="button" href="#ZgotmplZ">Slides</a>`},
		{"talks/taking-django-distributed/index.html", `<a href="https://%22%3e%3cscript%3ealert%281%29%3c/script%3e">Twitter</a>`},
		{"talks/taking-django-distributed/index.html", "Menu " + escaped},
		{"index.html", "<title>Site " + escaped + "</title>"},
		{"reading/index.html", "Book " + escaped},
		{"reading/index.html", "Note " + escaped},
		{"reading/index.html", "Writer " + escaped},
		{"tags/index.html", "Tag " + escaped},
		{"feed.xml", "<title>Talk &lt;/script&gt;" + escaped + "</title>"},
		{"feed.xml", "<name>Speaker " + escaped + "</name>"},
		{"feed.xml", `<category term="Tag ` + escaped + `">`},
		{"tags/django/feed.xml", "<title>Site " + escaped + ": Tag " + escaped + "</title>"},
	}
	for _, tt := range tests {
		t.Run(tt.path+"/"+tt.want[:min(len(tt.want), 20)], func(t *testing.T) {
			if !strings.Contains(string(outs[tt.path].Body), tt.want) {
				t.Errorf("%s lacks %s", tt.path, tt.want)
			}
		})
	}
	t.Run("json-ld", func(t *testing.T) {
		ld := jsonLD(t, outs["talks/taking-django-distributed/index.html"].Body)
		if got, want := ld["name"], "Talk </script>"+hostile; got != want {
			t.Errorf("name = %q, want %q (escaped once, by JSON only)", got, want)
		}
		loc := ld["location"].(map[string]any)
		if got, want := loc["name"], "Room "+hostile; got != want {
			t.Errorf("location.name = %q, want %q", got, want)
		}
	})
	t.Run("xml well-formed", func(t *testing.T) {
		for path, o := range outs {
			if strings.HasSuffix(path, ".xml") {
				checkXML(t, path, o.Body)
			}
		}
	})
}

// ldScript finds the JSON-LD of a page.
var ldScript = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// jsonLD returns the page's one JSON-LD object, decoded.
func jsonLD(t *testing.T, page []byte) map[string]any {
	t.Helper()
	m := ldScript.FindAllSubmatch(page, -1)
	if len(m) != 1 {
		t.Fatalf("page has %d JSON-LD scripts, want 1", len(m))
	}
	var v map[string]any
	if err := json.Unmarshal(m[0][1], &v); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, m[0][1])
	}
	return v
}

// checkXML fails unless body is one well-formed XML document.
func checkXML(t *testing.T, name string, body []byte) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(string(body)))
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Errorf("%s is not well-formed: %v", name, err)
			return
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if roots != 1 || depth != 0 {
		t.Errorf("%s has %d root elements and ends at depth %d", name, roots, depth)
	}
}

func TestFeedControlCharacters(t *testing.T) {
	s := fixture()
	s.Notes[1].Doc.Title = "Bell \a and form feed \f and NUL \x00"
	outs := renderAll(t, themes.Default(), s)
	checkXML(t, "feed.xml", outs["feed.xml"].Body)
}

// hidden pages are rendered but left out of lists, feeds and the sitemap.
func TestHidden(t *testing.T) {
	outs := renderAll(t, themes.Default(), fixture())
	if _, ok := outs["notes/secret/index.html"]; !ok {
		t.Fatal("the hidden page was not rendered")
	}
	for path, o := range outs {
		if path != "notes/secret/index.html" && strings.Contains(string(o.Body), "/notes/secret/") {
			t.Errorf("%s links to the hidden page", path)
		}
	}
}
