package site

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// at records that the field was written on line, column col, as the
// loader does.
func at(field string, line, col int) func(d *content.Document) {
	return func(d *content.Document) {
		d.Fields.Set(field, diag.Pos{File: d.File, Line: line, Col: col})
	}
}

// edits applies each edit in turn.
func edits(fs ...func(d *content.Document)) func(d *content.Document) {
	return func(d *content.Document) {
		for _, f := range fs {
			f(d)
		}
	}
}

func written(u string, line int) func(d *content.Document) {
	return edits(at("url", line, 6), func(d *content.Document) { d.URL = u })
}

func slugged(slug string) func(d *content.Document) {
	return func(d *content.Document) { d.Slug = slug }
}

// clashDocs are the documents of each clash rule, made fresh for every
// build, as Build may not mutate them but a test might.
var clashTests = []struct {
	name string
	docs func() []*content.Document
	// want is each file's URL; a file left out is not published.
	want  map[string]string
	diags []string
}{
	{
		name: "recurring programme items keep their date",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("talks/2019-09-23-11-00-break.md", content.KindTalk, "Break", slugged("break")),
				doc("talks/2019-09-23-15-40-break.md", content.KindTalk, "Break", edits(slugged("break"), func(d *content.Document) { d.Body = []byte("Afternoon\n") })),
			}
		},
		want: map[string]string{
			"talks/2019-09-23-11-00-break.md": "/talks/break/",
			"talks/2019-09-23-15-40-break.md": "/talks/2019-09-23-15-40-break/",
		},
		diags: []string{`content/talks/2019-09-23-15-40-break.md:1:1: warning: content/talks/2019-09-23-11-00-break.md and this page both make the URL /talks/break/; the first in path order keeps it, so this page is published at /talks/2019-09-23-15-40-break/; set "slug:" or "url:" to choose another`},
	},
	{
		name: "one title on different days",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("notes/2020-01-05-hello.md", content.KindNote, "Hello", edits(slugged("hello"), func(d *content.Document) { d.Date = time.Date(2020, 1, 5, 0, 0, 0, 0, time.UTC) })),
				doc("notes/2021-03-01-hello.md", content.KindNote, "Hello", edits(slugged("hello"), func(d *content.Document) { d.Date = time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC) })),
			}
		},
		want: map[string]string{
			"notes/2020-01-05-hello.md": "/notes/hello/",
			"notes/2021-03-01-hello.md": "/notes/2021-03-01-hello/",
		},
		diags: []string{`content/notes/2021-03-01-hello.md:1:1: warning: content/notes/2020-01-05-hello.md and this page both make the URL /notes/hello/; the first in path order keeps it, so this page is published at /notes/2021-03-01-hello/; set "slug:" or "url:" to choose another`},
	},
	{
		name: "index in two folders whose names slug alike",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("languages/C++/index.md", content.KindPage, "C++", slugged("c")),
				doc("languages/C/index.md", content.KindPage, "C", slugged("c")),
			}
		},
		want: map[string]string{
			"languages/C/index.md":   "/languages/c/",
			"languages/C++/index.md": "/languages/c-plus-plus/",
		},
		diags: []string{`content/languages/C++/index.md:1:1: warning: content/languages/C/index.md and this page both make the URL /languages/c/; content/languages/C/index.md keeps it, as its name makes it without dropping symbols, so this page is published at /languages/c-plus-plus/; set "slug:" or "url:" to choose another`},
	},
	{
		name: "same file name in two folders",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("talks/2019/keynote.md", content.KindTalk, "Keynote 2019", nil),
				doc("talks/2020/keynote.md", content.KindTalk, "Keynote 2020", nil),
			}
		},
		want: map[string]string{
			"talks/2019/keynote.md": "/talks/keynote/",
			"talks/2020/keynote.md": "/talks/keynote-bb855cd9/",
		},
		diags: []string{`content/talks/2020/keynote.md:1:1: warning: content/talks/2019/keynote.md and this page both make the URL /talks/keynote/; the first in path order keeps it, so this page is published at /talks/keynote-bb855cd9/; set "slug:" or "url:" to choose another`},
	},
	{
		name: "identical copies are one page",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("talks/lightning.md", content.KindTalk, "Lightning talks", written("/lightning/", 3)),
				doc("talks/2019/lightning-copy.md", content.KindTalk, "Lightning talks", written("/lightning/", 4)),
			}
		},
		want: map[string]string{
			"talks/2019/lightning-copy.md": "/lightning/",
		},
		diags: []string{"content/talks/lightning.md:3:6: warning: this page is a copy of content/talks/2019/lightning-copy.md (the same front matter and body) at the URL /lightning/; it is published once, from content/talks/2019/lightning-copy.md"},
	},
	{
		name: "two written urls: the later file keeps it",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("talks/a.md", content.KindTalk, "Lightning talks 2018", written("/lightning/", 3)),
				doc("talks/b.md", content.KindTalk, "Lightning talks 2019", written("/lightning/", 3)),
			}
		},
		want: map[string]string{
			"talks/a.md": "/talks/a/",
			"talks/b.md": "/lightning/",
		},
		diags: []string{`content/talks/a.md:3:6: warning: url /lightning/ is also written in content/talks/b.md, a different page; the later file in path order keeps it, as Jekyll does, so this page is published at /talks/a/; set "slug:" or "url:" to choose another`},
	},
	{
		name: "a written url's loser whose own URL is taken moves on",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("talks/a.md", content.KindTalk, "Lightning talks 2018", written("/lightning/", 3)),
				doc("talks/b.md", content.KindTalk, "Lightning talks 2019", written("/lightning/", 3)),
				doc("talks/2017/a.md", content.KindTalk, "A", nil),
			}
		},
		want: map[string]string{
			"talks/2017/a.md": "/talks/a/",
			"talks/a.md":      "/talks/a-7fa1c7a6/",
			"talks/b.md":      "/lightning/",
		},
		diags: []string{`content/talks/a.md:3:6: warning: url /lightning/ is also written in content/talks/b.md, a different page; the later file in path order keeps it, as Jekyll does, so this page is published at /talks/a-7fa1c7a6/; set "slug:" or "url:" to choose another`},
	},
	{
		name: "written beats derived",
		docs: func() []*content.Document {
			return []*content.Document{
				doc("about.md", content.KindPage, "About", written("/talks/schedule/", 2)),
				doc("talks/schedule.md", content.KindTalk, "Schedule", nil),
			}
		},
		want: map[string]string{
			"about.md":          "/talks/schedule/",
			"talks/schedule.md": "/talks/schedule-bfca223e/",
		},
		diags: []string{`content/talks/schedule.md:1:1: warning: this page's URL /talks/schedule/ is written as the url of content/about.md; a written url wins over one lectern derived, so this page is published at /talks/schedule-bfca223e/; set "slug:" or "url:" to choose another`},
	},
}

// TestURLClashWithoutWayOut: a page that loses its URL and has no other
// that can be published (its collection's permalink climbs out of the
// site with "..", so every URL made from it is refused) is left out with a
// warning that says why, instead of keeping the contested URL, where two
// pages would write one file.
func TestURLClashWithoutWayOut(t *testing.T) {
	climbing := func(d *content.Document) { d.EditExtra().URLPattern = "/../../:title/" }
	s, diags := build(t, config.Default(), Options{},
		doc("talks/a.md", content.KindTalk, "A", edits(written("/", 3), climbing)),
		doc("talks/b.md", content.KindTalk, "B", written("/", 3)),
	)
	want := []string{`content/talks/a.md:3:6: warning: url / is also written in content/talks/b.md, a different page; the later file in path order keeps it, as Jekyll does, and no other URL lectern can make for this page can be published, so it is left out; set "slug:" or "url:" to publish it`}
	if !slices.Equal(diags, want) {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(diags, "\n"), strings.Join(want, "\n"))
	}
	if got := urls(s.Pages); !slices.Equal(got, []string{"/"}) {
		t.Errorf("URLs %q, want only b.md's /", got)
	}
}

func TestURLClashes(t *testing.T) {
	for _, tt := range clashTests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := build(t, config.Default(), Options{}, tt.docs()...)
			if !slices.Equal(diags, tt.diags) {
				t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(diags, "\n"), strings.Join(tt.diags, "\n"))
			}
			got := map[string]string{}
			for _, p := range s.Pages {
				got[p.Doc.Path] = p.URL
				if p.Output != OutputPath(p.URL) {
					t.Errorf("%s: output %s for URL %s", p.Doc.Path, p.Output, p.URL)
				}
			}
			if !mapsEqual(got, tt.want) {
				t.Errorf("URLs %v, want %v", got, tt.want)
			}
		})
	}
}

// TestURLClashesIgnoreOrder builds every clash in shuffled orders: who
// keeps a URL must not depend on the order files were read in.
func TestURLClashesIgnoreOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tt := range clashTests {
		t.Run(tt.name, func(t *testing.T) {
			base := tt.docs()
			all := append(base, doc("talks/x.md", content.KindTalk, "X", nil), doc("notes/x.md", content.KindNote, "X", nil))
			want, wantDiags := build(t, config.Default(), Options{}, all...)
			for range 8 {
				docs := tt.docs()
				docs = append(docs, doc("talks/x.md", content.KindTalk, "X", nil), doc("notes/x.md", content.KindNote, "X", nil))
				r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
				s, diags := build(t, config.Default(), Options{}, docs...)
				if !slices.Equal(urls(s.Pages), urls(want.Pages)) || !slices.Equal(diags, wantDiags) {
					t.Fatalf("shuffled: %q %q, want %q %q", urls(s.Pages), diags, urls(want.Pages), wantDiags)
				}
			}
		})
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestRecordsOfOneTitle: a talk archive lists one talk at several events,
// each a record of one data file with the same title. The first keeps the
// URL; a dated one moves to its title and day without a warning, as a
// talk's list of deliveries does (the author wrote one talk given twice,
// and a record has no natural place for a slug of its own); an undated
// one moves to a hash of its own record (not its file's, which every
// record shares), with a warning at the record's line naming the other's.
func TestRecordsOfOneTitle(t *testing.T) {
	rec := func(line int, date string) *content.Document {
		return doc("talks/the-grid.json", content.KindTalk, "The Grid", func(d *content.Document) {
			d.File, d.Line, d.Slug, d.Event = "data/talks.json", line, "the-grid", "Event "+strconv.Itoa(line)
			if date != "" {
				d.Date, _ = time.Parse("2006-01-02", date)
			}
		})
	}
	s, diags := build(t, config.Default(), Options{}, rec(2, "2018-09-20"), rec(9, "2018-12-04"), rec(14, ""), rec(20, ""))
	got := map[int]string{}
	for _, p := range s.Pages {
		got[p.Doc.Line] = p.URL
	}
	if len(got) != 4 || got[2] != "/talks/the-grid/" || got[9] != "/talks/the-grid-2018-12-04/" || got[14] == got[20] || !strings.HasPrefix(got[14], "/talks/the-grid-") {
		t.Errorf("URLs %v", got)
	}
	want := []string{
		`data/talks.json:14:1: warning: data/talks.json:2 and this page both make the URL /talks/the-grid/; the first in path order keeps it, so this page is published at /talks/the-grid-d03367cc/; set "slug:" or "url:" to choose another`,
		`data/talks.json:20:1: warning: data/talks.json:2 and this page both make the URL /talks/the-grid/; the first in path order keeps it, so this page is published at /talks/page-d03367cc/; set "slug:" or "url:" to choose another`,
	}
	if !slices.Equal(diags, want) {
		t.Errorf("diagnostics %q, want %q", diags, want)
	}
}
