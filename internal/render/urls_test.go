package render

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
	"lectern/internal/site"
	"lectern/themes"
)

// TestPageURLsEscaped checks that a page URL with a space and a question
// mark is written percent-encoded in every output that gives a page's
// address, and never as written.
func TestPageURLsEscaped(t *testing.T) {
	s, _ := siteFrom(t, map[string]string{
		"config.toml":            "title = \"T\"\nbase_url = \"https://example.org/\"\n",
		"content/events/conf.md": "---\ntitle: Conf\ndate: 2024-05-01\n---\n",
		"content/talks/x.md": "---\ntitle: X\nurl: \"/my talk?/\"\ndate: 2024-05-01 10:00\nend: 2024-05-01 11:00\nevent: conf\ntags: [go]\n" +
			"items:\n  - title: A book\n    url: https://example.com/book\n---\nBody\n",
	}, false)
	out := renderAll(t, themes.Default(), s)
	const want = "https://example.org/my%20talk%3F/"
	for _, name := range []string{
		"sitemap.xml", "feed.xml", "tags/go/feed.xml", "my talk?/index.html",
		"schedule.json", "schedule.xml", "schedule.ics", "reading.json",
	} {
		t.Run(name, func(t *testing.T) {
			o, ok := out[name]
			if !ok {
				t.Fatalf("no %s among %d outputs", name, len(out))
			}
			body := string(o.Body)
			if !strings.Contains(body, want) && !strings.Contains(body, strings.ReplaceAll(want, "%", "\\u0025")) {
				t.Errorf("%s does not link %s:\n%s", name, want, body)
			}
			if strings.Contains(body, "my talk?") && name != "my talk?/index.html" {
				t.Errorf("%s holds the URL unescaped:\n%s", name, body)
			}
		})
	}
	page := string(out["my talk?/index.html"].Body)
	for _, attr := range []string{`<link rel="canonical" href="` + want + `">`, `<meta property="og:url" content="` + want + `">`, `"url":"` + want + `"`} {
		if !strings.Contains(page, attr) {
			t.Errorf("the page lacks %s", attr)
		}
	}
}

// TestDangerousLinksInNoOutput checks every output format for links that
// are not web addresses, written in each field that takes a link: the
// loading stage drops them, so that no export, not only the HTML, holds
// them.
func TestDangerousLinksInNoOutput(t *testing.T) {
	s, diags := siteFrom(t, map[string]string{
		"config.toml":            "title = \"T\"\nbase_url = \"https://example.org/\"\n",
		"content/events/conf.md": "---\ntitle: Conf\ndate: 2024-05-01\n---\n",
		"content/speakers/ada.md": "---\ntitle: Ada\nwebsite: javascript:alert('web')\nphoto: data:image/svg+xml,<svg onload=alert(1)>\n" +
			"twitter: javascript:alert('tw')/x\n---\n",
		"content/talks/x.md": "---\ntitle: X\ndate: 2024-05-01 10:00\nend: 2024-05-01 11:00\nevent: conf\nspeakers: [Ada]\n" +
			"slides: javascript:alert('slides')\nvideo: vbscript:msgbox\nurl: data:text/html,x\n" +
			"items:\n  - title: A book\n    url: javascript:alert('item')\n  - javascript://%0aalert('bare')\n---\n" +
			"Read:\n\n- [Doc](ftp://example.org/doc) – a doc\n- [Good](https://example.org/good) – fine\n",
	}, true)
	if len(diags) != 9 {
		t.Errorf("want a warning per dropped link, got %d:\n%s", len(diags), strings.Join(diags, "\n"))
	}
	out := renderAll(t, themes.Default(), s)
	for _, name := range []string{
		"talks/x/index.html", "speakers/ada/index.html", "schedule.json", "schedule.xml", "schedule.ics",
		"talks/x/x.ics", "reading.json", "reading.bib", "reading.csv", "feed.xml", "sitemap.xml",
	} {
		t.Run(name, func(t *testing.T) {
			o, ok := out[name]
			if !ok {
				t.Fatalf("no %s", name)
			}
			body := strings.ToLower(string(o.Body))
			bads := []string{"javascript:", "vbscript:", "data:"}
			if strings.HasPrefix(name, "reading.") {
				// The body links it, as any link to a file server; the
				// reading list, made of web pages to read, does not.
				bads = append(bads, "ftp:")
			}
			for _, bad := range bads {
				if strings.Contains(body, bad) {
					t.Errorf("%s holds %q:\n%s", name, bad, body)
				}
			}
		})
	}
	if !strings.Contains(string(out["reading.json"].Body), "https://example.org/good") {
		t.Errorf("reading.json lost the good link")
	}
}

// TestOneURLRule checks that the renderer writes the pages of speakers
// and events where the model put them: a url: without a trailing slash
// is a folder, never an extensionless file, and an event's url: is
// honoured.
func TestOneURLRule(t *testing.T) {
	s, _ := siteFrom(t, map[string]string{
		"content/speakers/ada.md": "---\ntitle: Ada Lovelace\nurl: /people/ada\n---\n",
		"content/events/conf.md":  "---\ntitle: Conf\nurl: /conf-2024\ndate: 2024-05-01\n---\n",
		"content/talks/t.md":      "---\ntitle: T\nspeakers: [Ada Lovelace]\nevent: conf\ndate: 2024-05-01 10:00\n---\n",
	}, false)
	out := renderAll(t, themes.Default(), s)
	for _, want := range []string{"people/ada/index.html", "conf-2024/index.html", "conf-2024/schedule.ics"} {
		if _, ok := out[want]; !ok {
			t.Errorf("no %s", want)
		}
	}
	for _, bad := range []string{"people/ada", "conf-2024", "speakers/ada-lovelace/index.html", "events/conf/index.html"} {
		if _, ok := out[bad]; ok {
			t.Errorf("%s written", bad)
		}
	}
	if talk := string(out["talks/t/index.html"].Body); !strings.Contains(talk, `href="/people/ada"`) || !strings.Contains(talk, `href="/conf-2024"`) {
		t.Errorf("the talk does not link its speaker and event where they are:\n%s", talk)
	}
}

// TestCaseClashWithGeneratedOutput checks the warning for a page whose
// output differs only in case from one lectern generates.
func TestCaseClashWithGeneratedOutput(t *testing.T) {
	s, _ := siteFrom(t, map[string]string{
		"content/talks/t.md": "---\ntitle: T\ntags: [go]\n---\n",
		"content/x.md":       "---\ntitle: X\nurl: /Tags/\n---\n",
	}, false)
	r := mustNew(t, themes.Default())
	_, diags := r.Jobs(s)
	want := []string{"content/x.md: warning: the page from content/x.md (Tags/index.html) and the taxonomy output (tags/index.html) differ only in case: on macOS and Windows, whose file systems ignore case, one overwrites the other; give the page another url or slug"}
	if got := diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%q\nwant:\n%q", got, want)
	}
}

// TestCaseClashInAnyOrder checks that two outputs whose paths differ
// only in case are found whichever comes first, a path already lower
// case (which foldClash does not index apart) or one with capitals, and
// that paths of other letters are folded too.
func TestCaseClashInAnyOrder(t *testing.T) {
	for _, tc := range []struct {
		paths []string
		clash bool
	}{
		{[]string{"Feed.xml", "feed.xml"}, true},
		{[]string{"feed.xml", "Feed.xml"}, true},
		{[]string{"Feed.xml", "FEED.xml"}, true},
		{[]string{"FEED.xml", "other.xml", "feed.xml"}, true},
		{[]string{"café/index.html", "CAFÉ/index.html"}, true},
		{[]string{"cafe\u0301/index.html", "café/index.html"}, true},
		{[]string{"feed.xml", "feeds.xml", "Feeds/index.xml"}, false},
		{[]string{"Feed.xml", "feed.xml.gz"}, false},
	} {
		b := &jobs{r: mustNew(t, themes.Default()), s: &site.Site{}, byPath: map[string]int{}, byFold: map[string]int{}, assets: map[string]string{}}
		for _, p := range tc.paths {
			p, _ = strconv.Unquote(`"` + p + `"`)
			b.add(Job{Path: p, Kind: KindFeed})
		}
		if got := len(b.diags) > 0; got != tc.clash {
			t.Errorf("%q: clash reported %v, want %v (%q)", tc.paths, got, tc.clash, b.diags.Strings())
		}
	}
}

// TestLongPageInFeeds checks that a page too long to repeat in every feed
// it is in is given there by its summary and link, with a warning, said
// once: while planning when the body is held rendered (the preview), by
// the feeds as they render it when it is not (a build).
func TestLongPageInFeeds(t *testing.T) {
	long := strings.Repeat("word ", MaxFeedContent/5+1)
	fsys := fstest.MapFS{
		"content/talks/long.md":  {Data: []byte("---\ntitle: Long\ndate: 2024-01-01\ntags: [go]\nsummary: Short.\n---\n" + long + "\n")},
		"content/talks/short.md": {Data: []byte("---\ntitle: Short\ndate: 2024-01-02\ntags: [go]\n---\nBody.\n")},
	}
	want := []string{"content/talks/long.md: warning: this page's HTML is 0.5 MiB; feeds give only its summary and link, as each feed it is in (the site's, and one per tag) would repeat it"}
	for _, release := range []bool{false, true} {
		t.Run(fmt.Sprintf("release=%v", release), func(t *testing.T) {
			set, _ := content.Load(fsys, content.Options{})
			s, diags := site.Build(context.Background(), config.Default(), set, markdown.New(markdown.Options{}), site.Options{ReleaseBodies: release})
			if len(diags) > 0 {
				t.Fatal(diags.Strings())
			}
			r := mustNew(t, themes.Default())
			jobs, planned := r.Jobs(s)
			rendered := r.Run(context.Background(), jobs, func(Output) error { return nil })
			plan, run := want, []string(nil)
			if release {
				plan, run = nil, want
			}
			if !slices.Equal(planned.Strings(), plan) || !slices.Equal(rendered.Strings(), run) || len(rendered) != len(run) {
				t.Errorf("diagnostics while planning %q and rendering %q, want %q and %q", planned.Strings(), rendered.Strings(), plan, run)
			}
			for _, name := range []string{"feed.xml", "tags/go/feed.xml"} {
				out, d := findJob(t, jobs, name).Render()
				if d.HasErrors() {
					t.Fatal(d.Strings())
				}
				body := string(out.Body)
				if strings.Contains(body, "word word") || !strings.Contains(body, "Short.") || !strings.Contains(body, "&lt;p&gt;Body.&lt;/p&gt;") {
					t.Errorf("%s is %d bytes; want the long page by its summary, the short one in full", name, len(body))
				}
			}
		})
	}
}
