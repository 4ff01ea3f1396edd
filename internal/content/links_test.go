package content

import (
	"reflect"
	"testing"
)

func TestIsWebAddress(t *testing.T) {
	tests := []struct {
		link string
		want bool
	}{
		{"https://example.org/x", true},
		{"HTTP://example.org/", true},
		{"mailto:ada@example.org", true},
		{"/talks/x/", true},
		{"slides.pdf", true},
		{"//cdn.example.org/x", true},
		{"#part", true},
		{"?q=1", true},
		{"a/b:c", true},
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{"  javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"java\nscript:alert(1)", false},
		{"\x01javascript:alert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"vbscript:msgbox", false},
		{"file:///etc/passwd", false},
		{"ftp://example.org/x", false},
		{"tel:+123", false},
	}
	for _, tt := range tests {
		t.Run(tt.link, func(t *testing.T) {
			if got := IsWebAddress(tt.link); got != tt.want {
				t.Errorf("IsWebAddress(%q) = %v, want %v", tt.link, got, tt.want)
			}
		})
	}
}

// TestDangerousLinksDropped checks that every front matter field holding
// a link drops one that is not a web address, with a warning at its
// value, so that no output format can publish it.
func TestDangerousLinksDropped(t *testing.T) {
	tests := []struct {
		name, path, fm string
		get            func(*Document) any
		want           any
		diag           string
	}{
		{"slides", "talks/x.md", "title: X\nslides: javascript:alert(1)", func(d *Document) any { return d.Slides }, "",
			`content/talks/x.md:3:9: warning: slides "javascript:alert(1)" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"slides_url", "talks/x.md", "title: X\nslides_url: ' JavaScript:alert(1)'", func(d *Document) any { return d.Slides }, "",
			`content/talks/x.md:3:13: warning: slides_url "JavaScript:alert(1)" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"video", "talks/x.md", "title: X\nvideo: data:text/html,hi", func(d *Document) any { return d.Video }, "",
			`content/talks/x.md:3:8: warning: video "data:text/html,hi" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"url", "talks/x.md", "title: X\nurl: vbscript:msgbox", func(d *Document) any { return d.URL }, "",
			`content/talks/x.md:3:6: warning: url "vbscript:msgbox" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"item url", "reading/x.md", "title: X\nitems:\n  - title: A\n    url: javascript:alert(1)", func(d *Document) any { return d.Items }, []Item{{Title: "A"}},
			`content/reading/x.md:5:10: warning: url "javascript:alert(1)" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"bare item", "reading/x.md", "title: X\nlinks:\n  - javascript://%0aalert(1)", func(d *Document) any { return len(d.Items) }, 0,
			`content/reading/x.md:4:5: warning: item 1 of "links" "javascript://%0aalert(1)" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"speaker website", "talks/x.md", "title: X\nspeakers:\n  - name: Ada\n    url: javascript:alert(1)", func(d *Document) any { return d.Speakers[0].URL }, "",
			`content/talks/x.md:5:10: warning: url "javascript:alert(1)" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"speaker photo", "talks/x.md", "title: X\nspeakers:\n  - name: Ada\n    photo: data:image/svg+xml,<svg/>", func(d *Document) any { return d.Speakers[0].Photo }, "",
			`content/talks/x.md:5:12: warning: photo "data:image/svg+xml,<svg/>" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"speaker page twitter", "speakers/ada.md", "title: Ada\ntwitter: javascript:alert(1)/x", func(d *Document) any { return d.Speakers[0].Twitter }, "",
			`content/speakers/ada.md:3:10: warning: twitter "javascript:alert(1)/x" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"speaker page mastodon", "speakers/ada.md", "title: Ada\nsocial:\n  mastodon: javascript:alert(1)", func(d *Document) any { return d.Speakers[0].Mastodon }, "",
			`content/speakers/ada.md:4:13: warning: mastodon "javascript:alert(1)" is not a web address (only http, https and mailto links are published); the link was dropped`},
		{"https kept", "talks/x.md", "title: X\nslides: https://example.org/s", func(d *Document) any { return d.Slides }, "https://example.org/s", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			if got := tt.get(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
			if tt.diag == "" {
				wantDiags(t, d)
			} else {
				wantDiags(t, d, tt.diag)
			}
		})
	}
}

// A web address written without its scheme gets https://; a file name,
// a path or a handle does not.
func TestWithScheme(t *testing.T) {
	for in, want := range map[string]string{
		"www.youtube.com/watch?v=abc":      "https://www.youtube.com/watch?v=abc",
		"WWW.example.org":                  "https://WWW.example.org",
		"speakerdeck.com/ada/talk":         "https://speakerdeck.com/ada/talk",
		"ada.dev":                          "https://ada.dev",
		"ada.github.io/talk/":              "https://ada.github.io/talk/",
		"example.co.uk":                    "https://example.co.uk",
		"https://example.org":              "https://example.org",
		"//cdn.example.org/x.png":          "//cdn.example.org/x.png",
		"mailto:ada@example.org":           "mailto:ada@example.org",
		"slides.pdf":                       "slides.pdf",
		"notes.md":                         "notes.md",
		"files/slides.pdf":                 "files/slides.pdf",
		"/files/slides.pdf":                "/files/slides.pdf",
		"./slides.pdf":                     "./slides.pdf",
		"../img/ada.jpg":                   "../img/ada.jpg",
		"v1.2/notes.html":                  "v1.2/notes.html",
		"photo.jpg":                        "photo.jpg",
		"@ada@mastodon.social":             "@ada@mastodon.social",
		"#section":                         "#section",
		"":                                 "",
		"images/2020.01/x.png":             "images/2020.01/x.png",
		"talk.html#part":                   "talk.html#part",
		"docs.google.com/presentation/d/x": "https://docs.google.com/presentation/d/x",
	} {
		if got := WithScheme(in); got != want {
			t.Errorf("WithScheme(%q) = %q, want %q", in, got, want)
		}
	}
}
