package site

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// TestExpandPage checks URLs against those Jekyll gives the same files
// with the same permalink patterns.
func TestExpandPage(t *testing.T) {
	day := time.Date(2020, 3, 5, 9, 7, 0, 0, time.UTC)
	tests := []struct {
		name, pattern, path string
		cats                []string
		slug                string
		want                string
	}{
		{"pretty keeps the file name's case", "/:categories/:year/:month/:day/:title/", "_posts/2020-03-05-HummingBirds.md", nil, "", "/2020/03/05/HummingBirds/"},
		{"date style with categories", "/:categories/:year/:month/:day/:title.html", "_posts/2020-03-05-siracon-talk.md", []string{"Security", "Talks", "security"}, "", "/security/talks/2020/03/05/siracon-talk.html"},
		{"folders above _posts are categories", "/:categories/:title/", "blog/_posts/2020-03-05-x.md", []string{"news"}, "", "/blog/news/x/"},
		{"a category with a space", "/:categories/:title/", "_posts/2020-03-05-x.md", []string{"Big news"}, "", "/big%20news/x/"},
		{"none style", "/:categories/:title.html", "_posts/2020-03-05-x.md", nil, "", "/x.html"},
		{"date tokens without zeros", "/:year/:i_month/:i_day/:short_year/:y_day/:hour:minute/:title/", "_posts/2020-03-05-x.md", nil, "", "/2020/3/5/20/065/0907/x/"},
		{"weekdate style", "/:categories/:year/W:week/:short_day/:title.html", "_posts/2020-03-05-x.md", nil, "", "/2020/W10/Thu/x.html"},
		{"names of day and month", "/:w_year/:long_month/:long_day/:short_month/:title/", "_posts/2020-03-05-x.md", nil, "", "/2020/March/Thursday/Mar/x/"},
		{"name keeps the date", "/schedule/:name/", "_schedule/talks/2020-03-05-11-00-Break.md", nil, "", "/schedule/2020-03-05-11-00-break/"},
		{"title from the slug the page sets", "/news/:title/", "_posts/2020-03-05-x.md", nil, "my-own", "/news/my-own/"},
		{"title with punctuation", "/:title/", "_posts/2020-03-05-what's new? (part 1).md", nil, "", "/what%27s-new-%28part-1%29/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Page{Doc: content.Document{Path: tt.path, Date: day, Slug: "lectern-slug", Categories: tt.cats}}
			if tt.slug != "" {
				p.Doc.Slug = tt.slug
				p.Doc.Fields = content.PositionsAt(diag.Pos{}, "slug")
			}
			if got := expandPage(tt.pattern, p); got != tt.want {
				t.Errorf("expandPage(%q) = %q, want %q", tt.pattern, got, tt.want)
			}
		})
	}
}

// TestFolderPermalinks checks that a pattern of a folder (a Jekyll
// collection's) names its pages before their kind's, so that two
// programme items of one title, on different days, keep Jekyll's two URLs.
func TestFolderPermalinks(t *testing.T) {
	cfg := config.Default()
	cfg.Permalinks.Folders = map[string]string{"_schedule": "/schedule/:name/", "_book": "/book/:name.html"}
	docs := []*content.Document{
		doc("_schedule/talks/2020-03-05-11-00-break.md", content.KindTalk, "Break", nil),
		doc("_schedule/talks/2020-03-06-11-00-break.md", content.KindTalk, "Break", nil),
		doc("talks/keynote.md", content.KindTalk, "Keynote", nil),
		doc("_book/Dune.md", content.KindReading, "Dune", nil),
	}
	s, diags := build(t, cfg, Options{}, docs...)
	if len(diags) > 0 {
		t.Errorf("diagnostics: %q", diags)
	}
	want := []string{"/book/dune.html", "/schedule/2020-03-05-11-00-break/", "/schedule/2020-03-06-11-00-break/", "/talks/keynote/"}
	if got := urls(s.Pages); !slices.Equal(got, want) {
		t.Errorf("urls %q, want %q", got, want)
	}
}

// TestPagePatterns checks that a page's own permalink written as a
// pattern (as Jekyll pages and front matter defaults write it) is filled
// with the page's values, and that one holding a token lectern cannot
// fill is a warning at the field, the page keeping its kind's URL.
func TestPagePatterns(t *testing.T) {
	cfg := config.Default()
	cfg.Permalinks.Folders = map[string]string{"_sessions": "/sessions/:path/", "_articles": "/articles/:folder/"}
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	at := func(pattern string) func(d *content.Document) {
		return func(d *content.Document) {
			d.EditExtra().URLPattern, d.Date = pattern, day
			d.Fields = content.PositionsAt(diag.Pos{File: d.File, Line: 3, Col: 12}, "url")
		}
	}
	docs := []*content.Document{
		doc("_posts/2024-05-01-hello.md", content.KindNote, "Hello", at("/blog/:year/:title/")),
		doc("_posts/2024-05-02-odd.md", content.KindNote, "Odd", at("/blog/:fancy/:title/")),
		doc("_sessions/2024/Keynote.md", content.KindTalk, "Keynote", nil),
		// A distill post, in a folder of its own, is at its folder's name.
		doc("_articles/2024-05-03-Deep_Dive/deep-dive.Rmd", content.KindNote, "Deep dive", nil),
	}
	s, diags := build(t, cfg, Options{}, docs...)
	want := []string{"/articles/2024-05-03-Deep_Dive/", "/blog/2024/hello/", "/notes/2024-05-02-odd/", "/sessions/2024/Keynote/"}
	if got := urls(s.Pages); !slices.Equal(got, want) {
		t.Errorf("urls %q, want %q", got, want)
	}
	wantDiag := `content/_posts/2024-05-02-odd.md:3:12: warning: permalink "/blog/:fancy/:title/" uses :fancy, which lectern cannot fill (see docs/urls.md for the tokens it knows), so the page gets the URL of its kind; write a pattern such as "/blog/:year/:title/" or the page's path`
	if !slices.Contains(diags, wantDiag) {
		t.Errorf("diagnostics %q, want %q among them", diags, wantDiag)
	}
}

// TestReplaceTokensLikeReplacer checks that the token filler of
// expandPage replaces exactly as a strings.Replacer of every token would.
func TestReplaceTokensLikeReplacer(t *testing.T) {
	for _, tokens := range [][]string{pageTokens, dateTokens} {
		checkReplaceTokens(t, tokens)
	}
}

func checkReplaceTokens(t *testing.T, tokens []string) {
	var pairs []string
	for i, tok := range tokens {
		pairs = append(pairs, tok, fmt.Sprintf("<%d>", i))
	}
	r := strings.NewReplacer(pairs...)
	value := func(tok string) string { return fmt.Sprintf("<%d>", slices.Index(tokens, tok)) }
	for _, pattern := range []string{
		"", "/", "/:title/", ":categories/:year/:month/:day/:title.html", "/:titles:", "::title:",
		"/:short_year/:i_month/:i_day/:y_day/:week/:w_year/", "/:short_day:long_day:short_month:long_month/",
		"/:hour:minute:second/:name/:slug/", "/:short/:long_/:i_/", "/café/:title/",
		"/:year/:month/:day/:slug/", "/:years:slugs/:mon/:da",
	} {
		if got, want := replaceTokens(pattern, tokens, value), r.Replace(pattern); got != want {
			t.Errorf("replaceTokens(%q) = %q, want %q", pattern, got, want)
		}
	}
}

// TestSlugifiedTitle checks the token Hugo's :title and Eleventy's
// "title | slugify" become: the page's title as a URL part.
func TestSlugifiedTitle(t *testing.T) {
	p := &Page{Doc: content.Document{Path: "posts/x.md", Title: "What's New? Part 1", Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}}
	if got, want := expandPage("/:year/:slugified_title/", p), "/2024/"+content.Slugify("What's New? Part 1")+"/"; got != want {
		t.Errorf("expandPage = %q, want %q", got, want)
	}
}

// TestPathNamed checks that :path names each folder and file by the rule
// of the tool the site is written for, as Quartz publishes
// "Literature notes/Ericsson - Peak.md" at Literature-notes/Ericsson---Peak.
func TestPathNamed(t *testing.T) {
	cfg := config.Default()
	cfg.Permalinks.Pages = "/:path.html"
	quartz := func(d *content.Document) { d.Names = content.QuartzNames }
	docs := []*content.Document{
		doc("Literature notes/Ericsson - Peak.md", content.KindPage, "Ericsson - Peak", quartz),
		doc("Areas/R&D.md", content.KindPage, "R&D", quartz),
	}
	s, _ := build(t, cfg, Options{}, docs...)
	want := []string{"/Areas/R-and-D.html", "/Literature-notes/Ericsson---Peak.html"}
	if got := urls(s.Pages); !slices.Equal(got, want) {
		t.Errorf("urls %q, want %q", got, want)
	}
}

// TestTitleSlugByTool checks that a page named by its title (Hugo's
// :slug and :title, Eleventy's "title | slugify") is at the URL its tool
// gives it: Hugo's urlize keeps accents, letters of every script and
// dots, Eleventy's slugify (lectern's) transliterates.
func TestTitleSlugByTool(t *testing.T) {
	for _, tt := range []struct {
		name, title, pattern string
		names                content.PathNames
		want                 string
	}{
		{"hugo keeps accents", "Charla sobre Programación Funcional", "/:year/:slug_or_title/", content.HugoNames, "/2024/charla-sobre-programación-funcional/"},
		{"hugo keeps other scripts", "机器学习 入门", "/:year/:slug_or_title/", content.HugoNames, "/2024/机器学习-入门/"},
		{"hugo :title keeps dots", "Über Go 1.22: Neues?", "/:year/:slugified_title/", content.HugoNames, "/2024/über-go-1.22-neues/"},
		{"hugo with dates from file names", "Été à Paris", "/:slug_or_title/", content.HugoUndatedNames, "/été-à-paris/"},
		{"hugo keeping nothing falls back", "!!!", "/:slug_or_title/", content.HugoNames, "/lectern-slug/"},
		{"eleventy transliterates", "Charla sobre Programación Funcional", "/:slugified_title/", content.WrittenNames, "/charla-sobre-programacion-funcional/"},
		{"lectern transliterates", "Été à Paris", "/:slug_or_title/", content.SlugNames, "/ete-a-paris/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := &Page{Doc: content.Document{Path: "posts/x.md", Title: tt.title, Slug: "lectern-slug", Names: tt.names, Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}}
			// URLs are held percent-encoded; want is written decoded.
			if got, _ := url.PathUnescape(expandPage(tt.pattern, p)); got != tt.want {
				t.Errorf("expandPage(%q) = %q, want %q", tt.pattern, got, tt.want)
			}
		})
	}
}
