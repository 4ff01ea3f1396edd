package render

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/site"
	"lectern/themes"
)

func findJob(t *testing.T, jobs []Job, path string) Job {
	t.Helper()
	for _, j := range jobs {
		if j.Path == path {
			return j
		}
	}
	t.Fatalf("no job for %s", path)
	return Job{}
}

func TestJobs(t *testing.T) {
	r := mustNew(t, themes.Default())
	jobs, diags := r.Jobs(fixture())
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags.Strings())
	}
	tests := []struct {
		path    string
		kind    string
		sources []string
		// reads must be among the job's Reads.
		reads []Key
	}{
		{"talks/taking-django-distributed/index.html", "talk", []string{"content/talks/taking-django-distributed.md"}, []Key{filePageKey("content/talks/taking-django-distributed.md"), ChromeKey, PersonKey("andrew-godwin")}},
		{"talks/resilient-services/index.html", "talk", []string{"content/talks/resilient-services.md"}, []Key{filePageKey("content/talks/resilient-services.md")}},
		{"speakers/andrew-godwin/index.html", "speaker", []string{"content/talks/you-have-control.md", "content/talks/taking-django-distributed.md"}, []Key{PersonKey("andrew-godwin"), fileEntryKey("content/talks/you-have-control.md"), fileEntryKey("content/talks/taking-django-distributed.md")}},
		{"index.html", "home", nil, []Key{ChromeKey, fileEntryKey("content/talks/taking-django-distributed.md")}},
		{"tags/sre/index.html", "term", nil, []Key{ChromeKey}},
		{"tags/sre/feed.xml", "feed", nil, []Key{UpdatedKey}},
		{"sitemap.xml", "sitemap", nil, []Key{placeKey("/talks/taking-django-distributed/")}},
		{"css/main.css", "static", []string{"themes/default/static/css/main.css"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			j := findJob(t, jobs, tt.path)
			if j.Kind.String() != tt.kind || !slices.Equal(j.Sources, tt.sources) {
				t.Errorf("job = {Kind: %q, Sources: %q}, want {%q, %q}", j.Kind, j.Sources, tt.kind, tt.sources)
			}
			for _, k := range tt.reads {
				if !slices.Contains(j.Reads, k) {
					t.Errorf("%s does not read %q; reads %q", tt.path, k, j.Reads)
				}
			}
		})
	}
	t.Run("subset", func(t *testing.T) {
		var got []string
		var mu sync.Mutex
		pick := []Job{findJob(t, jobs, "talks/lightning/index.html"), findJob(t, jobs, "robots.txt")}
		diags := r.Run(context.Background(), pick, func(o Output) error {
			mu.Lock()
			defer mu.Unlock()
			got = append(got, o.Path+" "+o.MediaType)
			return nil
		})
		slices.Sort(got)
		if want := []string{"robots.txt text/plain", "talks/lightning/index.html text/html"}; len(diags) > 0 || !slices.Equal(got, want) {
			t.Errorf("Run emitted %q, %v; want %q", got, diags.Strings(), want)
		}
	})
}

func TestRunStops(t *testing.T) {
	r := mustNew(t, themes.Default())
	s := fixture()
	t.Run("emit error", func(t *testing.T) {
		diags := r.Render(context.Background(), s, func(o Output) error {
			if o.Path == "index.html" {
				return errors.New("disk full")
			}
			return nil
		})
		if got, want := diags.Strings(), []string{"cannot write index.html: disk full"}; !slices.Equal(got, want) {
			t.Errorf("diagnostics = %q, want %q", got, want)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var n atomic.Int32
		diags := r.Render(ctx, s, func(Output) error { n.Add(1); return nil })
		if got, want := diags.Strings(), []string{"rendering stopped before the end: context canceled"}; !slices.Equal(got, want) {
			t.Errorf("diagnostics = %q, want %q", got, want)
		}
		if n.Load() != 0 {
			t.Errorf("%d outputs emitted after cancel", n.Load())
		}
	})
}

func TestCollisions(t *testing.T) {
	page := func(file, url string) *site.Page {
		p := &site.Page{Doc: content.Document{File: file, Kind: content.KindPage, Title: file}, URL: url}
		p.SetContent("<p>x</p>")
		return p
	}
	// written is a page whose url: was written on line 3, as the
	// model's diagnostics point there.
	written := func(file, url string) *site.Page {
		p := page(file, url)
		p.Doc.URL = url
		p.Doc.Fields = content.PositionsAt(diag.Pos{File: file, Line: 3, Col: 6}, "url")
		return p
	}
	// blank is a written page whose body shows nothing of its own (a
	// theme's {{< schedule >}} shown as written).
	blank := func(file, url string) *site.Page {
		p := written(file, url)
		p.Blank = true
		return p
	}
	tests := []struct {
		name  string
		pages []*site.Page
		want  []string
		// kept is in the output out (index.html when empty): the page
		// written there.
		kept, out string
	}{
		{
			name:  "page at the home page's place",
			pages: []*site.Page{page("content/index.md", "/")},
			want:  []string{"content/index.md:1:1: warning: this page is written to index.html, where lectern writes the home page; the home page is left out: give this page another url or slug to have both"},
			kept:  "<title>content/index.md · DjangoCon Notes</title>",
		},
		{
			// It introduces the taxonomy page (findIntros), which
			// keeps its list of terms.
			name:  "page at the tags index's place introduces it",
			pages: []*site.Page{written("content/tags.md", "/tags/")},
			kept:  "<body class=\"kind-taxonomy\">", out: "tags/index.html",
		},
		{
			name:  "page at 404.html",
			pages: []*site.Page{written("content/missing.md", "/404.html")},
			want:  []string{"content/missing.md:3:6: warning: this page is written to 404.html, where lectern writes the 404 page; the 404 page is left out: give this page another url or slug to have both"},
			kept:  "<title>content/missing.md · DjangoCon Notes</title>", out: "404.html",
		},
		{
			name:  "page at the feed's place",
			pages: []*site.Page{written("content/feed.md", "/feed.xml")},
			want:  []string{"content/feed.md:3:6: warning: this page is written to feed.xml, where lectern writes the feed file; the feed file is left out: give this page another url or slug to have both"},
			kept:  "<title>content/feed.md · DjangoCon Notes</title>", out: "feed.xml",
		},
		{
			name:  "page at the sitemap's place",
			pages: []*site.Page{written("content/sitemap.md", "/sitemap.xml")},
			want:  []string{"content/sitemap.md:3:6: warning: this page is written to sitemap.xml, where lectern writes the sitemap file; the sitemap file is left out: give this page another url or slug to have both"},
			kept:  "<title>content/sitemap.md · DjangoCon Notes</title>", out: "sitemap.xml",
		},
		{
			name:  "blank page at the speakers index's place yields it",
			pages: []*site.Page{blank("content/speakers.md", "/speakers/")},
			kept:  "<body class=\"kind-speakers\">", out: "speakers/index.html",
		},
		{
			name:  "blank page at the tags index's place yields it",
			pages: []*site.Page{blank("content/tags.md", "/tags/")},
			kept:  "<body class=\"kind-taxonomy\">", out: "tags/index.html",
		},
		{
			name:  "two pages",
			pages: []*site.Page{page("content/a.md", "/x/"), page("content/b.md", "/x/")},
			want:  []string{"content/b.md:1:1: warning: this page would be written to x/index.html, which the page from content/a.md already uses; it is left out: give it another url or slug"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fixture()
			s.Pages = append(s.Pages, tt.pages...)
			_, diags := mustNew(t, themes.Default()).Jobs(s)
			if got := diags.Strings(); !slices.Equal(got, tt.want) {
				t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if tt.kept != "" {
				out := cmp.Or(tt.out, "index.html")
				outs := renderAll(t, themes.Default(), s)
				if !strings.Contains(string(outs[out].Body), tt.kept) {
					t.Errorf("%s is not the page", out)
				}
			}
		})
	}
}

func TestBasePath(t *testing.T) {
	s := fixture()
	s.Config.BaseURL = "https://example.org/conf/"
	outs := renderAll(t, themes.Default(), s)
	talk := string(outs["talks/taking-django-distributed/index.html"].Body)
	for _, want := range []string{
		`<link rel="canonical" href="https://example.org/conf/talks/taking-django-distributed/">`,
		`<link rel="stylesheet" href="/conf/css/main.css">`,
		`<a href="/conf/speakers/andrew-godwin/">Andrew Godwin</a>`,
		`<a class="site-title" href="/conf/">`,
	} {
		if !strings.Contains(talk, want) {
			t.Errorf("talk page lacks %s", want)
		}
	}
	if want := "Sitemap: https://example.org/conf/sitemap.xml\n"; !strings.Contains(string(outs["robots.txt"].Body), want) {
		t.Errorf("robots.txt lacks %q", want)
	}
}

func TestNoBaseURL(t *testing.T) {
	s := fixture()
	s.Config.BaseURL = ""
	outs := renderAll(t, themes.Default(), s)
	feed := string(outs["feed.xml"].Body)
	for _, want := range []string{`<id>urn:lectern:/feed.xml</id>`, `<link rel="self" type="application/atom+xml" href="/feed.xml"></link>`, `<id>urn:lectern:/notes/failover-conf/</id>`} {
		if !strings.Contains(feed, want) {
			t.Errorf("feed.xml lacks %s", want)
		}
	}
	checkXML(t, "feed.xml", outs["feed.xml"].Body)
	if got, want := string(outs["robots.txt"].Body), "User-agent: *\nAllow: /\n# Set base_url in config.toml to list the sitemap here.\n"; got != want {
		t.Errorf("robots.txt = %q, want %q", got, want)
	}
}

// TestOutputErrorsNameTheSource checks that an output that cannot be
// written, or is too large, is an error of the content file it comes
// from.
func TestOutputErrorsNameTheSource(t *testing.T) {
	r := mustNew(t, themes.Default())
	s := fixture()
	t.Run("emit error", func(t *testing.T) {
		diags := r.Render(context.Background(), s, func(o Output) error {
			if o.Path == "talks/taking-django-distributed/index.html" {
				return errors.New("cannot minify")
			}
			return nil
		})
		want := []string{"content/talks/taking-django-distributed.md: cannot write talks/taking-django-distributed/index.html: cannot minify"}
		if got := diags.Strings(); !slices.Equal(got, want) {
			t.Errorf("diagnostics = %q, want %q", got, want)
		}
	})
	t.Run("too large", func(t *testing.T) {
		defer func(n int) { outputLimit = n }(outputLimit)
		outputLimit = 2000
		diags := r.Render(context.Background(), s, func(Output) error { return nil })
		got := diags.Strings()
		for _, want := range []string{
			"content/talks/taking-django-distributed.md: talks/taking-django-distributed/index.html would be larger than 2000 bytes, the most lectern writes for one output; split the page into several",
			"index.html would be larger than 2000 bytes, the most lectern writes for one output; lower pagination.per_page in config.toml, or shorten what the list shows",
		} {
			if !slices.Contains(got, want) {
				t.Errorf("diagnostics:\n%s\nwant among them:\n%s", strings.Join(got, "\n"), want)
			}
		}
	})
}

// TestAssetsKeepTheirPlace: a file the author copies as it is (a
// hand-written index.html beside the pages) is published where it stands;
// lectern's own output for that path, or a page claiming it, is left out
// with a warning, instead of the build failing on two outputs at once.
func TestAssetsKeepTheirPlace(t *testing.T) {
	s := fixture()
	s.Assets = append(s.Assets, site.Asset{Source: "index.html", Output: "index.html"}, site.Asset{Source: "content/x/index.html", Output: "x/index.html"})
	x := &site.Page{Doc: content.Document{File: "content/x.md", Kind: content.KindPage, Title: "X"}, URL: "/x/"}
	x.SetContent("<p>x</p>")
	s.Pages = append(s.Pages, x)
	jobs, diags := mustNew(t, themes.Default()).Jobs(s)
	want := []string{
		"content/x.md:1:1: warning: this page would be written to x/index.html, where the file content/x/index.html is copied; the page is left out: give it another url or slug",
		"index.html:1:1: warning: this file is copied to index.html, where lectern writes the home output; lectern's is left out: rename the file to have both",
	}
	if got := diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, j := range jobs {
		if j.Path == "index.html" || j.Path == "x/index.html" {
			t.Errorf("job %s (%s) takes the place of a copied file", j.Path, j.Kind)
		}
	}
}
