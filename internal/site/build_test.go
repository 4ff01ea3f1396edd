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

// doc returns a buildable document for tests; path is under content/.
func doc(path string, kind content.Kind, title string, edit func(d *content.Document)) *content.Document {
	d := &content.Document{
		File: "content/" + path, Path: path, Kind: kind, Title: title,
		Slug: content.Slugify(strings.TrimSuffix(path[strings.LastIndexByte(path, '/')+1:], ".md")),
		Body: []byte("Body of " + title + "\n"), BodyLine: 1,
	}
	if edit != nil {
		edit(d)
	}
	return d
}

func person(name string) content.Person {
	return content.Person{Name: name, Slug: content.Slugify(name)}
}

func build(t *testing.T, cfg config.Config, opts Options, docs ...*content.Document) (*Site, []string) {
	t.Helper()
	s, diags := Build(context.Background(), cfg, content.Set{Docs: docs}, markdown.New(markdown.Options{}), opts)
	return s, diags.Strings()
}

func urls(pages []*Page) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p.URL)
	}
	return out
}

func TestURLs(t *testing.T) {
	cfg := config.Default()
	cfg.Permalinks.Note = "/:year/:month/:slug/"
	tests := []struct {
		name string
		doc  *content.Document
		want string
		out  string
	}{
		{"talk", doc("talks/a.md", content.KindTalk, "A", nil), "/talks/a/", "talks/a/index.html"},
		{"note with date pattern", doc("posts/b.md", content.KindNote, "B", func(d *content.Document) {
			d.Date = time.Date(2020, 4, 23, 0, 0, 0, 0, time.UTC)
		}), "/2020/04/b/", "2020/04/b/index.html"},
		{"reading", doc("books/c.md", content.KindReading, "C", nil), "/reading/c/", "reading/c/index.html"},
		{"page keeps its folder", doc("about/Our Team.md", content.KindPage, "T", func(d *content.Document) { d.Slug = "our-team" }), "/about/our-team/", "about/our-team/index.html"},
		{"index page is its folder", doc("about/index.md", content.KindPage, "About", func(d *content.Document) { d.Slug = "about" }), "/about/", "about/index.html"},
		{"top-level page", doc("colophon.md", content.KindPage, "Colophon", nil), "/colophon/", "colophon/index.html"},
		{"a pages folder is the root", doc("pages/code-of-conduct.md", content.KindPage, "Conduct", nil), "/code-of-conduct/", "code-of-conduct/index.html"},
		{"a _pages folder too", doc("_pages/attend/badges.md", content.KindPage, "Badges", nil), "/attend/badges/", "attend/badges/index.html"},
		{"an index in a pages folder is its folder", doc("pages/tickets/index.md", content.KindPage, "Tickets", func(d *content.Document) { d.Slug = "tickets" }), "/tickets/", "tickets/index.html"},
		{"the index of a pages folder is the home page", doc("pages/index.md", content.KindPage, "Home", func(d *content.Document) { d.Slug = "pages" }), "/", "index.html"},
		{"a pages folder deeper keeps its name", doc("about/pages/x.md", content.KindPage, "X", nil), "/about/pages/x/", "about/pages/x/index.html"},
		{"a talk in a pages folder", doc("pages/talks/y.md", content.KindTalk, "Y", nil), "/pages/talks/y/", "pages/talks/y/index.html"},
		{"permalink honoured exactly", doc("talks/d.md", content.KindTalk, "D", func(d *content.Document) { d.URL = "/2017/taking-django/" }), "/2017/taking-django/", "2017/taking-django/index.html"},
		{"permalink to a file", doc("misc.md", content.KindPage, "M", func(d *content.Document) { d.URL = "/misc.html" }), "/misc.html", "misc.html"},
		{"permalink without trailing slash", doc("talks/e.md", content.KindTalk, "E", func(d *content.Document) { d.URL = "/talks/e" }), "/talks/e", "talks/e/index.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := build(t, cfg, Options{}, tt.doc)
			if len(diags) != 0 {
				t.Fatalf("diagnostics: %q", diags)
			}
			if got := s.Pages[0]; got.URL != tt.want || got.Output != tt.out {
				t.Errorf("URL %q output %q, want %q %q", got.URL, got.Output, tt.want, tt.out)
			}
		})
	}
}

func TestDraftsAndBrokenDocuments(t *testing.T) {
	draft := doc("talks/d.md", content.KindTalk, "Draft", func(d *content.Document) { d.Draft = true })
	broken := doc("talks/b.md", content.KindTalk, "Broken", func(d *content.Document) {
		d.Diags.Errorf(d.Pos("date"), "bad")
	})
	ok := doc("talks/ok.md", content.KindTalk, "OK", nil)
	s, _ := build(t, config.Default(), Options{}, draft, broken, ok)
	if got := urls(s.Pages); !slices.Equal(got, []string{"/talks/ok/"}) {
		t.Errorf("without --drafts: %q", got)
	}
	s, _ = build(t, config.Default(), Options{Drafts: true}, draft, broken, ok)
	if got := urls(s.Pages); !slices.Equal(got, []string{"/talks/d/", "/talks/ok/"}) {
		t.Errorf("with --drafts: %q", got)
	}
}

func TestSpeakersMergeAcrossFiles(t *testing.T) {
	a := doc("talks/a.md", content.KindTalk, "You Have Control", func(d *content.Document) {
		p := person("Andrew Godwin")
		p.Twitter = "andrewgodwin"
		p.Bio = "First bio."
		d.Speakers = []content.Person{p}
		d.Date = time.Date(2018, 5, 11, 10, 0, 0, 0, time.UTC)
	})
	b := doc("talks/b.md", content.KindTalk, "Taking Django Distributed", func(d *content.Document) {
		p := content.Person{Name: "andrew  GODWIN", Slug: content.Slugify("andrew  GODWIN"), Photo: "https://example.org/a.jpg", Bio: "Second bio."}
		d.Speakers = []content.Person{p}
		d.Date = time.Date(2017, 8, 16, 11, 30, 0, 0, time.FixedZone("", -5*3600))
	})
	page := doc("speakers/andrew.md", content.KindSpeaker, "Andrew Godwin", func(d *content.Document) {
		p := person("Andrew Godwin")
		p.Company = "Eventbrite"
		d.Speakers = []content.Person{p}
	})
	ref := doc("talks/c.md", content.KindTalk, "Channels", func(d *content.Document) {
		d.Speakers = []content.Person{{Name: "Andrew", Slug: "andrew"}} // speaker_slugs naming the page
	})
	s, diags := build(t, config.Default(), Options{}, a, b, page, ref)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	if len(s.Speakers) != 1 {
		t.Fatalf("want one speaker, got %d: %+v", len(s.Speakers), s.Speakers)
	}
	sp := s.Speakers[0]
	if sp.Name != "Andrew Godwin" || sp.Company != "Eventbrite" || sp.Twitter != "andrewgodwin" || sp.Photo != "https://example.org/a.jpg" {
		t.Errorf("merged person wrong: %+v", sp.Person)
	}
	if sp.Bio != "First bio." {
		t.Errorf("first file's bio must win, got %q", sp.Bio)
	}
	if sp.URL != "/speakers/andrew-godwin/" || sp.Page == nil || sp.Page.URL != sp.URL {
		t.Errorf("speaker URL %q, page %v", sp.URL, sp.Page)
	}
	var titles []string
	for _, p := range sp.Talks {
		titles = append(titles, p.Doc.Title)
	}
	if want := []string{"Taking Django Distributed", "You Have Control", "Channels"}; !slices.Equal(titles, want) {
		t.Errorf("talks %q, want %q (by date, undated last)", titles, want)
	}
	if !strings.Contains(string(sp.BioHTML), "<p>First bio.</p>") {
		t.Errorf("BioHTML = %q", sp.BioHTML)
	}
}

func TestNoteAuthorsAreNotSpeakers(t *testing.T) {
	n := doc("notes/n.md", content.KindNote, "N", func(d *content.Document) {
		d.Authors = []content.Person{person("jabenninghoff")}
	})
	s, _ := build(t, config.Default(), Options{}, n)
	if len(s.Speakers) != 0 {
		t.Errorf("a note's author must not get a speaker page: %+v", s.Speakers)
	}
	if a := s.Pages[0].Authors; len(a) != 1 || a[0].Name != "jabenninghoff" || a[0].URL != "" {
		t.Errorf("authors: %+v", a)
	}
}

func TestTaxonomies(t *testing.T) {
	a := doc("notes/a.md", content.KindNote, "A", func(d *content.Document) {
		d.Tags = []string{"SRE", "Chaos Engineering"}
		d.Date = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	})
	b := doc("notes/b.md", content.KindNote, "B", func(d *content.Document) {
		d.Tags = []string{"sre", "Développement", "日本語"}
		d.Date = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	})
	hidden := doc("notes/h.md", content.KindNote, "H", func(d *content.Document) {
		d.Tags = []string{"SRE"}
		d.Hidden = true
	})
	talk := doc("talks/t.md", content.KindTalk, "T", func(d *content.Document) {
		d.Track, d.Format, d.Level = "general", "talk", "All"
	})
	s, _ := build(t, config.Default(), Options{}, a, b, hidden, talk)
	var got []string
	for _, term := range s.Tags.Terms {
		got = append(got, term.Name+" "+term.URL+" "+strings.Join(urls(term.Pages), ","))
	}
	want := []string{
		"Chaos Engineering /tags/chaos-engineering/ /notes/a/",
		"Développement /tags/developpement/ /notes/b/",
		"SRE /tags/sre/ /notes/b/,/notes/a/",
		"日本語 /tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/ /notes/b/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("tags:\n got %q\nwant %q", got, want)
	}
	if len(s.Pages[2].Tags) != 1 || !s.Pages[2].Doc.Hidden {
		t.Errorf("a hidden page still links to its tags")
	}
	if s.Tags.URL != "/tags/" || s.Tracks.Terms[0].URL != "/tracks/general/" || s.Formats.Terms[0].URL != "/formats/talk/" || s.Levels.Terms[0].URL != "/levels/all/" {
		t.Errorf("taxonomy URLs: %q %q %q %q", s.Tags.URL, s.Tracks.Terms[0].URL, s.Formats.Terms[0].URL, s.Levels.Terms[0].URL)
	}
	if len(s.Notes) != 2 || s.Notes[0].Doc.Title != "B" {
		t.Errorf("notes list must be newest first without hidden pages: %q", urls(s.Notes))
	}
}

func TestEvents(t *testing.T) {
	chicago, _ := time.LoadLocation("America/Chicago")
	lisbon, _ := time.LoadLocation("Europe/Lisbon")
	cfg := config.Default()
	cfg.Timezone, cfg.Location = "Europe/Lisbon", lisbon
	event := doc("events/djangocon.md", content.KindEvent, "DjangoCon US 2017", func(d *content.Document) {
		d.Slug, d.EditExtra().Timezone, d.EditExtra().Rooms = "djangocon", "America/Chicago", []string{"Ballroom A", "Ballrooms B and C"}
	})
	floating := doc("talks/djangocon/f.md", content.KindTalk, "Floating", func(d *content.Document) {
		d.Date, d.Floating = time.Date(2017, 8, 16, 9, 0, 0, 0, lisbon), true
		d.End = time.Date(2017, 8, 16, 9, 45, 0, 0, lisbon)
	})
	offset := doc("talks/o.md", content.KindTalk, "Offset", func(d *content.Document) {
		d.Date = time.Date(2017, 8, 16, 11, 30, 0, 0, time.FixedZone("", -5*3600))
		d.Event = "djangocon"
	})
	note := doc("notes/n.md", content.KindNote, "Notes from PyCon", func(d *content.Document) { d.Event = "PyCon US 2017" })
	s, diags := build(t, cfg, Options{}, event, floating, offset, note)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	byTitle := map[string]*Page{}
	for _, p := range s.Pages {
		byTitle[p.Doc.Title] = p
	}
	f := byTitle["Floating"]
	if f.Event == nil || f.Event.Slug != "djangocon" {
		t.Fatalf("folder did not join the event: %+v", f.Event)
	}
	if want := time.Date(2017, 8, 16, 9, 0, 0, 0, chicago); !f.Doc.Date.Equal(want) || f.Doc.Date.Location().String() != "America/Chicago" || f.Doc.End.Hour() != 9 || f.Doc.End.Minute() != 45 {
		t.Errorf("floating date must keep its wall clock in the event's zone: %v – %v", f.Doc.Date, f.Doc.End)
	}
	if o := byTitle["Offset"]; o.Doc.Date.Hour() != 11 || o.Doc.Date.Format("-07:00") != "-05:00" {
		t.Errorf("a written offset is kept and shown in the event zone: %v", o.Doc.Date)
	}
	if n := byTitle["Notes from PyCon"]; n.Event == nil || n.Event.URL != "/events/pycon-us-2017/" || n.Event.Page != nil {
		t.Errorf("a named event without a page is created: %+v", n.Event)
	}
	e := s.eventsBySlug["djangocon"]
	if e.Page == nil || len(e.Talks) != 2 || e.Talks[0].Doc.Title != "Floating" {
		t.Errorf("event page/talks wrong: page %v, talks %q", e.Page, urls(e.Talks))
	}
	if e.Start.IsZero() || e.Start.Hour() != 9 {
		t.Errorf("event start filled from its talks: %v", e.Start)
	}
}

func TestSingleEventSite(t *testing.T) {
	cfg := config.Default()
	cfg.Events = []config.Event{{Name: "Failover Conf", Timezone: "Sydney"}}
	talk := doc("talks/t.md", content.KindTalk, "T", nil)
	s, diags := build(t, cfg, Options{}, talk)
	want := []string{`config.toml: warning: event "Failover Conf": time zone "Sydney" is not an IANA time zone name; write one such as "Europe/Berlin" or "America/Chicago"; using local times of no zone meanwhile`}
	if !slices.Equal(diags, want) {
		t.Errorf("got %q\nwant %q", diags, want)
	}
	if s.Pages[0].Event == nil || s.Pages[0].Event.Slug != "failover-conf" {
		t.Errorf("on a single-event site talks join the event by default")
	}
}

func TestReadingList(t *testing.T) {
	list := doc("reading/r.md", content.KindReading, "Reading", func(d *content.Document) {
		d.Items = []content.Item{{Title: "SNAFUcatchers", URL: "https://snafucatchers.github.io/", Status: "read", Rating: 4}}
	})
	note := doc("notes/failover.md", content.KindNote, "Failover Conf", func(d *content.Document) {
		d.Body = []byte("Reading:\n\n- [SNAFUcatchers](http://www.snafucatchers.github.io?utm_source=x) - the group\n- [REdeploy](https://re-deploy.io/)\n")
	})
	optout := doc("notes/o.md", content.KindNote, "Opted out", func(d *content.Document) {
		d.NoReading = true
		d.Body = []byte("- [Elsewhere](https://elsewhere.example/)\n")
	})
	s, _ := build(t, config.Default(), Options{}, list, note, optout)
	var got []string
	for _, e := range s.Reading {
		got = append(got, e.Title+" | "+e.Key+" | "+e.Note+" | "+e.Status+" | "+strings.Join(urls(e.Sources), ","))
	}
	want := []string{
		"REdeploy | re-deploy.io |  |  | /notes/failover/",
		"SNAFUcatchers | snafucatchers.github.io | the group | read | /notes/failover/,/reading/r/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("reading:\n got %q\nwant %q", got, want)
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.Example.org/a/", "example.org/a"},
		{"http://example.org/a?utm_source=x&utm_medium=y", "example.org/a"},
		{"https://example.org/a?b=2&a=1#frag", "example.org/a?a=1&b=2"},
		{"https://example.org:443/", "example.org"},
		{"https://example.org:8080/x", "example.org:8080/x"},
		{"https://queue.acm.org/detail.cfm?id=3380779&fbclid=abc", "queue.acm.org/detail.cfm?id=3380779"},
		{"not a url", "not a url"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeURL(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAssets(t *testing.T) {
	bundle := doc("talks/keynote/index.md", content.KindTalk, "Keynote", func(d *content.Document) { d.Slug = "keynote" })
	many1 := doc("notes/a.md", content.KindNote, "A", nil)
	many2 := doc("notes/b.md", content.KindNote, "B", nil)
	lone := doc("about.md", content.KindPage, "About", nil) // alone at the top: no bundle
	s, _ := Build(context.Background(), config.Default(), content.Set{
		Docs:   []*content.Document{bundle, many1, many2, lone},
		Assets: []string{"content/talks/keynote/slides.pdf", "content/notes/chart.png", "content/files/cv.pdf", "content/CNAME"},
	}, markdown.New(markdown.Options{}), Options{})
	var got []string
	for _, a := range s.Assets {
		got = append(got, a.Source+" -> "+a.Output)
	}
	want := []string{
		"content/talks/keynote/slides.pdf -> talks/keynote/slides.pdf",
		"content/notes/chart.png -> notes/chart.png",
		"content/files/cv.pdf -> files/cv.pdf",
		"content/CNAME -> CNAME",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestPhotosRelativeToTheirPage(t *testing.T) {
	talk := doc("talks/pycon/index.md", content.KindTalk, "T", func(d *content.Document) {
		a, b, c := person("Andrew Godwin"), person("Static Person"), person("Remote Person")
		a.Photo, b.Photo, c.Photo = "andrew-godwin.png", "img/static.png", "https://example.org/c.jpg"
		d.Speakers = []content.Person{a, b, c}
		d.Slug = "pycon"
	})
	s, _ := Build(context.Background(), config.Default(), content.Set{
		Docs: []*content.Document{talk}, Assets: []string{"content/talks/pycon/andrew-godwin.png", "static/img/static.png"},
		Roots: []string{"content", "static"},
	}, markdown.New(markdown.Options{}), Options{})
	var got []string
	for _, sp := range s.Speakers {
		got = append(got, sp.Name+" "+sp.Photo)
	}
	want := []string{"Andrew Godwin /talks/pycon/andrew-godwin.png", "Remote Person https://example.org/c.jpg", "Static Person /img/static.png"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestPageOutsideItsKindFolderKeepsItsPath(t *testing.T) {
	tests := []struct {
		doc  *content.Document
		want string
	}{
		{doc("2017/pycon/you-have-control.md", content.KindTalk, "T", nil), "/2017/pycon/you-have-control/"},
		{doc("failover-conf.md", content.KindNote, "N", nil), "/failover-conf/"},
		{doc("talks/in-folder.md", content.KindTalk, "T", nil), "/talks/in-folder/"},
		{doc("_posts/2020-05-01-post.md", content.KindNote, "P", func(d *content.Document) { d.Slug = "post" }), "/notes/post/"},
	}
	for _, tt := range tests {
		t.Run(tt.doc.Path, func(t *testing.T) {
			s, _ := build(t, config.Default(), Options{}, tt.doc)
			if got := s.Pages[0].URL; got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
