package content

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestHTMLPages(t *testing.T) {
	fsys := fstest.MapFS{
		"content/about.html":       {Data: []byte("---\nlayout: page\ntitle: About &amp; us\n---\n<h1>About</h1>\n\n    <p>{{ site.title }}</p>\n")},
		"content/embed/plain.html": {Data: []byte("<!doctype html>\n<p>as is</p>\n")},
		"content/tilde.htm":        {Data: []byte("---\ntitle: T\n---\n~~~~\n")},
	}
	set, diags := Load(fsys, Options{})
	if !reflect.DeepEqual(set.Assets, []string{"content/embed/plain.html"}) {
		t.Errorf("assets %q, want only the HTML file without front matter", set.Assets)
	}
	if len(set.Docs) != 2 {
		t.Fatalf("%d documents, want 2", len(set.Docs))
	}
	about := set.Docs[0]
	if about.Title != "About & us" || about.BodyLine != 4 {
		t.Errorf("title %q body line %d, want %q at 4", about.Title, about.BodyLine, "About & us")
	}
	if want := "~~~{=html}\n<h1>About</h1>\n\n    <p>{{ site.title }}</p>\n~~~\n"; string(about.Body) != want {
		t.Errorf("body\n got %q\nwant %q", about.Body, want)
	}
	if want := "~~~~~{=html}\n~~~~\n~~~~~\n"; string(set.Docs[1].Body) != want {
		t.Errorf("a body with tildes\n got %q\nwant %q", set.Docs[1].Body, want)
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics %q", diags.Strings())
	}
}

func TestHasFrontMatter(t *testing.T) {
	for src, want := range map[string]bool{
		"---\ntitle: x\n---\n<p>":    true,
		"\uFEFF---\n---\n":           true,
		"---\ntitle: x\n---":         true,
		"<p>\n---\n":                 false,
		"---\n<p>never closed</p>\n": false,
		"---\ntitle: x\n...\n<p>":    true,
		"\n---\ntitle: x\n---\n":     false,
		// Headless front matter, as markdown pages may have.
		"title: Call for proposals\ncallout: We want you\n---\n\n<p>Send a talk.</p>\n": true,
		"note: this is prose\n\nmore prose\n---\n<p>":                                   false,
		"title: no closing line\n<p>":                                                   false,
		"<!DOCTYPE html>\n<p>title: x</p>\n---\n":                                       false,
	} {
		if got := hasFrontMatter([]byte(src)); got != want {
			t.Errorf("hasFrontMatter(%q) = %v, want %v", src, got, want)
		}
	}
}

// A Nunjucks or Liquid template with front matter and a body of HTML and
// values is a page; one of template code, or without front matter, is
// neither a page nor an asset, and the code is one warning.
func TestTemplatePages(t *testing.T) {
	fsys := fstest.MapFS{
		"src/coc.liquid":    {Data: []byte("---\ntitle: Code of conduct\n---\n<p>Be kind at {{ site.title }}.</p>\n")},
		"src/venue.njk":     {Data: []byte("---\ntitle: Venue\n---\n{# a comment #}\n<p>Hall 1</p>\n")},
		"src/index.njk":     {Data: []byte("---\ntitle: Home\n---\n<ul>\n{% for t in collections.talks %}<li>{{ t.data.title }}</li>{% endfor %}\n</ul>\n")},
		"src/feed.njk":      {Data: []byte("---\npermalink: /feed.xml\n---\n{%- for p in collections.posts -%}{%- endfor -%}\n")},
		"src/sitemap.njk":   {Data: []byte("<?xml version=\"1.0\"?>\n{{ x }}\n")},
		"src/page.html":     {Data: []byte("<p>as is</p>\n")},
		"src/a.njk.bak.njk": {Data: []byte("---\ntitle: B\n---\n{% include \"x.njk\" %}\n")},
		// A page its layout makes whole: nothing of its own to show.
		"src/home.njk":  {Data: []byte("---\nlayout: home.njk\n---\n\n")},
		"src/moved.njk": {Data: []byte("---\ntitle: Moved\nredirect_to: /venue/\n---\n")},
		"src/blank.njk": {Data: []byte("---\ntitle: Blank\n---\n")},
		// A template paginating data into pages of their own, in
		// Nunjucks or markdown: lectern makes those pages itself.
		"src/speakers.njk": {Data: []byte("---\npagination:\n  data: speakers\n  size: 1\n  alias: speaker\npermalink: \"/speakers/{{ speaker.id }}/\"\n---\n<h1>{{ speaker.name }}</h1>\n")},
		"src/rooms.md":     {Data: []byte("---\npagination: {data: rooms, size: 1}\ntitle: Room\n---\nA room.\n")},
		// A Jekyll paginator's setting is no Eleventy pagination.
		"src/blog.md": {Data: []byte("---\ntitle: Blog\npagination: {enabled: true}\n---\nPosts.\n")},
	}
	set, diags := Load(fsys, Options{Dir: "src"})
	var titles []string
	for _, d := range set.Docs {
		titles = append(titles, d.Title)
	}
	if !slices.Equal(titles, []string{"Blog", "Code of conduct", "Moved", "Venue"}) {
		t.Errorf("pages %q", titles)
	}
	if body := string(set.Docs[3].Body); strings.Contains(body, "comment") || !strings.Contains(body, "\n<p>Hall 1</p>") {
		t.Errorf("venue body %q: the comment should go, its line stay", body)
	}
	if !slices.Equal(set.Assets, []string{"src/page.html"}) {
		t.Errorf("assets %q", set.Assets)
	}
	want := `src/a.njk.bak.njk:1:1: warning: this template and 6 more (src/blank.njk, src/feed.njk, src/home.njk, …) are code ({% include "x.njk" %})`
	if got := diags.Strings(); len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("diagnostics %q, want one starting %q", got, want)
	}
}

// A markdown page with nothing but a layout that makes it (Chirpy's
// _tabs/tags.md, a schedule.md over data) is left out with one warning;
// one with a body, a summary, tags, a generic layout or of another kind
// is a page.
func TestPagesTheirLayoutMakes(t *testing.T) {
	fsys := fstest.MapFS{
		"content/_tabs/tags.md":     {Data: []byte("---\nlayout: tags\nicon: fas fa-tags\norder: 2\n---\n")},
		"content/schedule.md":       {Data: []byte("---\ntitle: Schedule\nlayout: schedule\npermalink: /schedule/\n---\n\n")},
		"content/about.md":          {Data: []byte("---\ntitle: About\nlayout: about\n---\nWho we are.\n")},
		"content/news.md":           {Data: []byte("---\ntitle: News\nlayout: post-list\ndescription: The latest news.\n---\n")},
		"content/game.md":           {Data: []byte("---\ntitle: Newt One\nlayout: game\ntags: [platformer]\n---\n")},
		"content/blank.md":          {Data: []byte("---\ntitle: Blank\nlayout: page\n---\n")},
		"content/moved.md":          {Data: []byte("---\ntitle: Moved\nlayout: redirect\nredirect_to: /about/\n---\n")},
		"content/speakers/ada.md":   {Data: []byte("---\nname: Ada\nlayout: speaker\n---\n")},
		"content/_tabs/archives.md": {Data: []byte("---\nlayout: archives\n---\n")},
		// A user group's evening: an event, kept with front matter alone.
		"content/meetups/2019-08-15.md": {Data: []byte("---\ntitle: August Meetup\nlayout: meetups\nlocation: Leicester\n---\n")},
		// PaperMod's search page: a summary, but a layout of one of
		// lectern's own lists.
		"content/search.md": {Data: []byte("---\ntitle: Search\nlayout: search\nsummary: search\n---\n")},
	}
	set, diags := Load(fsys, Options{})
	var files []string
	for _, d := range set.Docs {
		files = append(files, d.Path)
	}
	if want := []string{"about.md", "blank.md", "game.md", "meetups/2019-08-15.md", "moved.md", "news.md", "speakers/ada.md"}; !slices.Equal(files, want) {
		t.Errorf("pages %q, want %q", files, want)
	}
	if len(set.Assets) != 0 {
		t.Errorf("assets %q, want none", set.Assets)
	}
	want := `content/_tabs/archives.md:1:1: warning: this page and 3 more (content/_tabs/tags.md, content/schedule.md, content/search.md) have no text of their own, only a layout that makes them (layout: archives), which lectern does not run: they are left out`
	if got := diags.Strings(); len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("diagnostics %q, want one starting %q", got, want)
	}
	// The preview reads an edited file as Load does.
	if _, ok := set.Reader().Read(fsys, "content/schedule.md"); ok {
		t.Error("Reader.Read made a page of content/schedule.md, which Load leaves out")
	}
	if _, ok := set.Reader().Read(fsys, "content/news.md"); !ok {
		t.Error("Reader.Read made no page of content/news.md")
	}
}

// TestWholeDocuments: an HTML page whose body opens, after comments, with
// a doctype or <html> is a whole document, titled by its <title> when the
// front matter gives none, its own <h1> kept and no warning given.
func TestWholeDocuments(t *testing.T) {
	for _, tc := range []struct {
		name, src     string
		whole         bool
		title, inBody string
	}{
		{"doctype", "---\ntitle: Landing\n---\n<!DOCTYPE html>\n<html><body><h1>Landing</h1></body></html>\n", true, "Landing", "<h1>Landing</h1>"},
		{"comments first", "---\nlayout: null\n---\n<!-- harness -->\n{% comment %}x{% endcomment %}\n<html lang=en><head><title>Harness &amp; test</title></head></html>\n", true, "Harness & test", "<html lang=en>"},
		{"title of a tag", "---\n---\n<!doctype html><title>{{ page.x }}</title>\n", true, "Page", ""},
		{"fragment", "---\ntitle: About\n---\n<p>Write <code>&lt;html&gt;</code></p>\n", false, "About", "<p>Write"},
		{"html later", "---\ntitle: T\n---\n<p>x</p>\n<html></html>\n", false, "T", "<p>x</p>"},
		{"htmlfoo element", "---\ntitle: T\n---\n<htmlfoo></htmlfoo>\n", false, "T", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse("content/page.html", []byte(tc.src), Options{})
			if d.Extras().Standalone != tc.whole || d.Title != tc.title || !strings.Contains(string(d.Body), tc.inBody) || len(d.Diags) > 0 {
				t.Errorf("standalone %v, title %q, diags %q, body:\n%s", d.Extras().Standalone, d.Title, d.Diags.Strings(), d.Body)
			}
		})
	}
}
