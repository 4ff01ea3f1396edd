package site

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestTemplateTags builds a small site whose pages name each other with
// Jekyll and Hugo tags, and checks the URLs and values they get.
func TestTemplateTags(t *testing.T) {
	cfg := config.Default()
	cfg.Title = "DevConf"
	cfg.BaseURL = "https://example.org/conf/"
	cfg.Params = map[string]string{"ticket_link": "https://tickets.example.org/"}
	cfg.Permalinks.Note = "/:year/:month/:day/:slug.html"
	post := func(file string, day int) *content.Document {
		return doc(file, content.KindNote, "Post "+file, func(d *content.Document) {
			d.File = file
			d.Date = time.Date(2011, 6, day, 0, 0, 0, 0, time.UTC)
			d.Slug = strings.TrimSuffix(file[strings.LastIndexByte(file, '/')+12:], ".md")
		})
	}
	body := strings.Join([]string{
		"[a]({% post_url 2011-06-28-launch %})",
		"[b]({% post_url 2011-06-29-second %})",
		"[c]({% link _pages/about.md %})",
		`[d]({{< relref "about.md#team" >}})`,
		`[e]({{< ref "/_pages/about" >}})`,
		"[f]({{ site.ticket_link }})",
		"{{ site.title }} on {{ page.date | date: \"%b %-d, %Y\" }}: {{ page.title }}",
		"[g]({% post_url 2011-06-30-missing %})",
		"[h]({% post_url 2011-07-01-moved %})",
		"[i]({% post_url 2011-07-02-page %})",
	}, "\n\n") + "\n"
	home := doc("_posts/2011-06-27-home.md", content.KindNote, "Home", func(d *content.Document) {
		d.File = "_posts/2011-06-27-home.md"
		d.Date = time.Date(2011, 6, 27, 0, 0, 0, 0, time.UTC)
		d.Body = []byte(body)
	})
	about := doc("_pages/about.md", content.KindPage, "About", func(d *content.Document) { d.File = "_pages/about.md" })
	// A post moved out of _posts is found by its file name; a page of
	// that name is no post.
	moved := doc("posts/2011-07-01-moved.md", content.KindNote, "Moved", func(d *content.Document) {
		d.File = "posts/2011-07-01-moved.md"
		d.Date = time.Date(2011, 7, 1, 0, 0, 0, 0, time.UTC)
		d.Slug = "moved"
	})
	page := doc("pages/2011-07-02-page.md", content.KindPage, "Page", func(d *content.Document) { d.File = "pages/2011-07-02-page.md" })
	s, diags := build(t, cfg, Options{}, home, about, moved, page,
		post("_posts/2011-06-28-launch.md", 28), post("_posts/2011/2011-06-29-second.md", 29))
	var got string
	for _, p := range s.Pages {
		if p.Doc.Title == "Home" {
			got = string(p.Content())
		}
	}
	for _, want := range []string{
		`<a href="/conf/2011/06/28/launch.html">a</a>`,
		`<a href="/conf/2011/06/29/second.html">b</a>`,
		`<a href="/conf/about/">c</a>`,
		`<a href="/conf/about/#team">d</a>`,
		`<a href="https://example.org/conf/about/">e</a>`,
		`<a href="https://tickets.example.org/">f</a>`,
		`<p>DevConf on Jun 27, 2011: Home</p>`,
		`<a href="/conf/2011/07/01/moved.html">h</a>`,
		`[i]({% post_url 2011-07-02-page %})`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("page lacks %s:\n%s", want, got)
		}
	}
	wantDiag := `_posts/2011-06-27-home.md:15:5: warning: template tag "{% post_url 2011-06-30-missing %}" names no page: there is no post file named "2011-06-30-missing".* under _posts, nor a note of that file name; the tag is shown as written`
	if !slices.Contains(diags, wantDiag) {
		t.Errorf("diags %q\nlack %q", diags, wantDiag)
	}
}

// TestTemplateTagsMemo checks that a rebuild does not reuse a body whose
// tags now name a page at another URL.
func TestTemplateTagsMemo(t *testing.T) {
	cfg := config.Default()
	linking := doc("pages/a.md", content.KindPage, "A", func(d *content.Document) {
		d.Body = []byte(`[b]({{< relref "b.md" >}})` + "\n")
	})
	b1 := doc("pages/b.md", content.KindPage, "B", nil)
	b2 := doc("pages/b.md", content.KindPage, "B", func(d *content.Document) { d.URL = "/moved/" })
	memo := NewMemo()
	for _, tt := range []struct {
		b    *content.Document
		want string
	}{{b1, `href="/b/"`}, {b2, `href="/moved/"`}} {
		s, _ := build(t, cfg, Options{Memo: memo}, linking, tt.b)
		i := slices.IndexFunc(s.Pages, func(p *Page) bool { return p.Doc.Title == "A" })
		if got := string(s.Pages[i].Content()); !strings.Contains(got, tt.want) {
			t.Errorf("got %s, want %s", got, tt.want)
		}
	}
}

// TestAssetAndParamTags checks jekyll-assets' {% asset %} and Hugo's
// param shortcode: the file or value they name, and a warning at the tag
// for one that names nothing.
func TestAssetAndParamTags(t *testing.T) {
	cfg := config.Default()
	cfg.BaseURL = "https://example.org/conf/"
	cfg.Params = map[string]string{"venue": "Hall B", "social.github": "devconf"}
	body := strings.Join([]string{
		`{% asset 2019/stage.jpg alt="The stage" class="wide" onload="x()" %}`,
		`Slides: {% asset slides.pdf %}; style {% asset site.css @path %}`,
		`{% asset logo.png %}`,
		`Held in {{< param "venue" >}}, room {{< param "Room" >}}, by {{< param "organizer.name" >}} ({{< param "social.github" >}}).`,
		`{% asset missing.png %} {{< param "nothing" >}}`,
		`{% asset missing-too.png %} {% asset missing-as-well.png %}`,
	}, "\n\n") + "\n"
	page := doc("index.md", content.KindPage, "Home", func(d *content.Document) {
		d.File = "index.md"
		d.Body = []byte(body)
		d.Params = map[string]any{"room": "12", "organizer": map[string]any{"name": "Ada"}}
	})
	s, diags := Build(context.Background(), cfg, content.Set{
		Docs:  []*content.Document{page},
		Roots: []string{"."},
		Assets: []string{
			"_assets/images/2019/stage.jpg", "_assets/slides.pdf", "_assets/css/site.css",
			// The file higher up wins over one of the same name deeper.
			"assets/img/logo.png", "assets/logo.png",
		},
	}, markdown.New(markdown.Options{}), Options{})
	got := string(s.Pages[0].Content())
	for _, want := range []string{
		`<img src="/conf/_assets/images/2019/stage.jpg" alt="The stage" class="wide">`,
		`Slides: /conf/_assets/slides.pdf; style /conf/_assets/css/site.css`,
		`<img src="/conf/assets/logo.png" alt="">`,
		`Held in Hall B, room 12, by Ada (devconf).`,
		`{% asset missing.png %} {{&lt; param &quot;nothing&quot; &gt;}}`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("page lacks %s:\n%s", want, got)
		}
	}
	for _, want := range []string{
		`index.md:9:1: warning: template tag "{% asset missing.png %}" names no asset: there is no file "missing.png" in an assets folder (_assets/, assets/, or a folder in them such as _assets/images/); the tag is shown as written (and 2 more asset tags in this file name no file)`,
		`index.md:9:25: warning: template tag "{{< param \"nothing\" >}}" names no parameter: neither the page's front matter nor the site's params have "nothing"; the tag is shown as written`,
	} {
		if !slices.Contains(diags.Strings(), want) {
			t.Errorf("diags %q\nlack %q", diags.Strings(), want)
		}
	}
	if n := len(diags.Strings()); n != 2 {
		t.Errorf("%d diagnostics, want 2: %q", n, diags.Strings())
	}
}

// TestLinksToMarkdownFiles checks that links between markdown files, as
// a repository is written to be read on a code host, point at the pages
// those files become.
func TestLinksToMarkdownFiles(t *testing.T) {
	cfg := config.Default()
	cfg.BaseURL = "https://example.org/conf/"
	body := strings.Join([]string{
		"[a](../algorithms/README.md)",
		"[b](/notes/sessions/ARC1-Intro.md#setup)",
		"[c](sibling.md)",
		"[d](missing.md)",
		"[e](https://github.com/x/y/blob/main/README.md)",
		"[f](../../../outside.md)",
		"[g][ref]",
		"",
		"[ref]: ./sibling.markdown",
	}, "\n\n") + "\n"
	page := doc("systems/README.md", content.KindPage, "Systems", func(d *content.Document) {
		d.File = "systems/README.md"
		d.Body = []byte(body)
	})
	s, diags := build(t, cfg, Options{}, page,
		doc("algorithms/README.md", content.KindPage, "Algorithms", func(d *content.Document) { d.File = "algorithms/README.md" }),
		doc("notes/sessions/ARC1-Intro.md", content.KindNote, "Intro", func(d *content.Document) {
			d.File = "notes/sessions/ARC1-Intro.md"
			d.Slug = "arc1-intro"
		}),
		doc("systems/sibling.md", content.KindPage, "Sibling", func(d *content.Document) { d.File = "systems/sibling.md" }),
		doc("systems/sibling.markdown", content.KindPage, "Sibling too", func(d *content.Document) {
			d.File = "systems/sibling.markdown"
			d.Slug = "sibling-too"
		}),
	)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	var got string
	for _, p := range s.Pages {
		if p.Doc.Title == "Systems" {
			got = string(p.Content())
		}
	}
	for _, want := range []string{
		`<a href="/conf/algorithms/readme/">a</a>`,
		`<a href="/conf/notes/arc1-intro/#setup">b</a>`,
		`<a href="/conf/systems/sibling/">c</a>`,
		`<a href="missing.md">d</a>`,
		`<a href="https://github.com/x/y/blob/main/README.md">e</a>`,
		`<a href="../../../outside.md">f</a>`,
		`<a href="/conf/systems/sibling-too/">g</a>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("page lacks %s:\n%s", want, got)
		}
	}
}

// TestTermPagesNewestFirst: a term lists its pages newest first, undated
// last, ties by title and then in URL order, hidden pages left out; a
// term is named as the first page in URL order writes it. The pages are
// given in an order that is none of those.
func TestTermPagesNewestFirst(t *testing.T) {
	day := func(d int) func(*content.Document) {
		return func(doc *content.Document) {
			doc.Tags = []string{"Go", "x"}
			if d > 0 {
				doc.Date = time.Date(2026, 6, d, 10, 0, 0, 0, time.UTC)
			}
		}
	}
	docs := []*content.Document{
		doc("notes/m.md", content.KindNote, "Same", day(3)),
		doc("notes/a.md", content.KindNote, "Undated", day(0)),
		doc("notes/k.md", content.KindNote, "Same", day(3)),
		doc("notes/b.md", content.KindNote, "Oldest", day(1)),
		doc("notes/z.md", content.KindNote, "Newest", day(9)),
		doc("notes/c.md", content.KindNote, "Alpha", day(3)),
		doc("notes/h.md", content.KindNote, "Hidden", func(d *content.Document) { day(5)(d); d.Hidden = true }),
		doc("notes/0.md", content.KindNote, "Lower", func(d *content.Document) { day(2)(d); d.Tags = []string{"go"} }),
	}
	s, diags := build(t, config.Default(), Options{}, docs...)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	files := func(pages []*Page) []string {
		var out []string
		for _, p := range pages {
			out = append(out, strings.TrimSuffix(strings.TrimPrefix(p.Doc.File, "content/notes/"), ".md"))
		}
		return out
	}
	want := []string{"z", "c", "k", "m", "0", "b", "a"}
	for _, term := range s.Tags.Terms {
		got := files(term.Pages)
		if term.Slug == "x" {
			want := slices.DeleteFunc(slices.Clone(want), func(f string) bool { return f == "0" })
			if !slices.Equal(got, want) {
				t.Errorf("x: pages %q, want %q", got, want)
			}
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: pages %q, want %q", term.Slug, got, want)
		}
		if term.Name != "go" {
			t.Errorf("the tag is named %q, want %q, as the first page by URL (notes/0) writes it", term.Name, "go")
		}
	}
}

// TestLanguageTags: C, C# and C++ are three tags, not one.
func TestLanguageTags(t *testing.T) {
	tagged := func(path string, tags ...string) *content.Document {
		return doc(path, content.KindNote, path, func(d *content.Document) { d.Tags = tags })
	}
	s, _ := build(t, config.Default(), Options{}, tagged("notes/a.md", "C"), tagged("notes/b.md", "C#", "F#"), tagged("notes/c.md", "C++"))
	var got []string
	for _, term := range s.Tags.Terms {
		got = append(got, term.Name+"="+term.URL)
	}
	want := []string{"C=/tags/c/", "C#=/tags/c-sharp/", "C++=/tags/c-plus-plus/", "F#=/tags/f-sharp/"}
	if !slices.Equal(got, want) {
		t.Errorf("tags %q, want %q", got, want)
	}
}

// TestSpeakerPageByID: a talk naming a speaker page by its uuid or id
// is given that person, not a person named after the id.
func TestSpeakerPageByID(t *testing.T) {
	ado := doc("speakers/ado-kukic.md", content.KindSpeaker, "Ado Kukic", func(d *content.Document) {
		d.Params = map[string]any{"uuid": "ab95c964-e217"}
	})
	talk := doc("talks/t.md", content.KindTalk, "T", func(d *content.Document) {
		d.Speakers = []content.Person{{Name: "Ab95c964 E217", Slug: "ab95c964-e217"}}
	})
	s, _ := build(t, config.Default(), Options{}, ado, talk)
	var names []string
	for _, sp := range s.Speakers {
		names = append(names, sp.Name)
	}
	if len(s.Speakers) != 1 || s.Speakers[0].Name != "Ado Kukic" || len(s.Speakers[0].Talks) != 1 {
		t.Errorf("speakers %q", names)
	}
}

// TestDatedPattern: a pattern is dated when any token filled from a date
// is in it, and not for the tokens of names.
func TestDatedPattern(t *testing.T) {
	for pat, want := range map[string]bool{
		"/:year/:month/:slug/": true, "/blog/:long_month/:title/": true, "/:categories/:y_day/:title.html": true,
		"/notes/:slug/": false, "/:categories/:title/": false, "/:path/": false, "/:slugified_title/": false,
	} {
		if got := datedPattern(pat); got != want {
			t.Errorf("datedPattern(%q) = %v", pat, got)
		}
	}
}
