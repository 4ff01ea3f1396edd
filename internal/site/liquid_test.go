package site

import (
	"context"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// liquidSiteDocs is a Jekyll site whose programme page lists its talks
// with Liquid, through an include.
func liquidSiteDocs(t *testing.T, talkA string) (config.Config, content.Set, Options) {
	t.Helper()
	cfg := config.Default()
	cfg.Settings = map[string]any{"days": []any{"Fri", "Sat"}, "social": map[string]any{"github": "conf"}}
	cfg.Params = map[string]string{"social.github": "conf", "ticket": "https://example.org/t"}
	parse := func(file, text string) *content.Document {
		return content.Parse(file, []byte(text), content.Options{KeepFront: true})
	}
	docs := []*content.Document{
		parse("_talks/a.md", talkA),
		parse("_presenters/ada.md", "---\nname: Ada Lovelace\n---\nShe wrote.\n"),
		parse("_talks/b.md", "---\ntitle: Beta\ndate: 2024-05-02T10:00:00Z\nspeaker_slugs: [bo, cy]\n---\nB.\n"),
		parse("programme.md", "---\ntitle: Programme\npermalink: /programme/\n---\n"+
			"{{ site.presenters.first.name }} {{ site.presenters.first.path }} {{ site.days | join: \"/\" }} {{ site.social.github }} {{ site.ticket }} {{ site.data.rooms | size }}\n\n"+
			"{% include talks.html %}\n\n{{ site.talks.first.date | date: \"%A\" }}\n"),
	}
	opts := Options{
		Data:     map[string]any{"rooms": []any{"A", "B", "C"}},
		Includes: map[string][]byte{"talks.html": []byte("<ul>\n{% for t in site.talks %}\n  <li><a href=\"{{ t.url }}\">{{ t.title }}</a> {% for p in t.presenters %}{{ p.name }}{% endfor %}{% for p in t.speakers %}{{ p.name }}{% endfor %}{{ t.speaker_slugs | join: \",\" }} {{ page.permalink }}</li>\n{% endfor %}\n</ul>\n")},
	}
	return cfg, content.Set{Docs: docs}, opts
}

const liquidTalkA = "---\ntitle: Alpha\ndate: \"2024-05-01 10:00:00 -04:00\"\npresenters: [{name: Ada}]\n---\nA.\n"

func pageOf(t *testing.T, s *Site, file string) *Page {
	t.Helper()
	for _, p := range s.Pages {
		if p.Doc.File == file {
			return p
		}
	}
	t.Fatalf("no page of %s", file)
	return nil
}

func TestLiquidSeesTheSite(t *testing.T) {
	cfg, set, opts := liquidSiteDocs(t, liquidTalkA)
	s, diags := Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), opts)
	if len(diags) != 0 {
		t.Fatalf("diags: %v", diags)
	}
	a, b := pageOf(t, s, "_talks/a.md"), pageOf(t, s, "_talks/b.md")
	got := string(pageOf(t, s, "programme.md").Content())
	for _, want := range []string{
		"<p>Ada Lovelace _presenters/ada.md Fri/Sat conf <a href=\"https://example.org/t\">https://example.org/t</a> 3</p>",
		"<p>Wednesday</p>",
		`<li><a href="` + a.URL + `">Alpha</a> AdaAda /programme/</li>`,
		`<li><a href="` + b.URL + `">Beta</a> BoCybo,cy /programme/</li>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("programme page lacks %q:\n%s", want, got)
		}
	}

	// Without includes (a site that is not Jekyll's) the tags are shown
	// as written, with a warning.
	opts.Includes = nil
	s, diags = Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), opts)
	if got := string(pageOf(t, s, "programme.md").Content()); !strings.Contains(got, "{% include talks.html %}") || len(diags) != 1 {
		t.Errorf("without Liquid: diags %v, body %s", diags, got)
	}
}

// TestPatchReshowsWhereLiquidShowsTheEdit checks that an edit another
// page's Liquid shows (a title the programme lists) is patched with that
// page rendered again, as a fresh build renders it, and put back by the
// patch's undo; an edit no Liquid reads (the body) is patched alone; and
// one whose reshown page is a person's (their bio is its body) is left
// to a build.
func TestPatchReshowsWhereLiquidShowsTheEdit(t *testing.T) {
	md := markdown.New(markdown.Options{})
	bio := "---\nname: Ada Lovelace\n---\nShe gave {{ site.talks.first.title }}.\n"
	for _, tc := range []struct {
		name, text, presenter string
		ok                    bool
		reshown               []string
	}{
		{"body", strings.Replace(liquidTalkA, "A.", "A new body.", 1), "", true, nil},
		{"title shown by the programme", strings.Replace(liquidTalkA, "Alpha", "Alpha two", 1), "", true, []string{"programme.md"}},
		{"title shown by a person's bio", strings.Replace(liquidTalkA, "Alpha", "Alpha two", 1), bio, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, set, opts := liquidSiteDocs(t, liquidTalkA)
			if tc.presenter != "" {
				set.Docs[1] = content.Parse("_presenters/ada.md", []byte(tc.presenter), content.Options{KeepFront: true})
			}
			memo := NewMemo()
			opts.Memo = memo
			s, _ := Build(context.Background(), cfg, set, md, opts)
			before := string(pageOf(t, s, "programme.md").Content())
			edited := content.Parse("_talks/a.md", []byte(tc.text), content.Options{KeepFront: true})
			p, ok := s.Patch(edited, md, memo)
			if ok != tc.ok {
				t.Fatalf("Patch ok = %v, want %v", ok, tc.ok)
			}
			if ok {
				var reshown []string
				for _, q := range p.Relocated {
					reshown = append(reshown, q.Doc.File)
				}
				if !slices.Equal(reshown, tc.reshown) {
					t.Errorf("pages shown anew %v, want %v", reshown, tc.reshown)
				}
				// What a build of the edited site gives.
				_, fresh, freshOpts := liquidSiteDocs(t, tc.text)
				want, _ := Build(context.Background(), cfg, fresh, md, freshOpts)
				for _, file := range []string{"programme.md", "_talks/a.md"} {
					got, wanted := pageOf(t, s, file), pageOf(t, want, file)
					if got.Content() != wanted.Content() || got.Description != wanted.Description || got.WordCount != wanted.WordCount {
						t.Errorf("%s patched:\n%s\nbuilt:\n%s", file, got.Content(), wanted.Content())
					}
				}
				p.Undo()
			}
			// The model's Liquid reads it as it is again.
			if !memo.othersFresh(s.Pages, pageOf(t, s, "_talks/a.md"), s.refs) {
				t.Error("after the patch and its undo, a page's Liquid reads another model")
			}
			if got := string(pageOf(t, s, "programme.md").Content()); got != before {
				t.Errorf("programme changed:\n%s\nwant\n%s", got, before)
			}
		})
	}
}

// TestRemoveAndAddReshowLiquid removes a talk that the programme's
// Liquid lists, and adds it back: each is made in place, the programme
// shown anew (Patch.Relocated) as a fresh build of the site without the
// talk, then with it, renders it.
func TestRemoveAndAddReshowLiquid(t *testing.T) {
	md := markdown.New(markdown.Options{})
	cfg, set, opts := liquidSiteDocs(t, liquidTalkA)
	memo := NewMemo()
	opts.Memo = memo
	s, last := Build(context.Background(), cfg, set, md, opts)
	b := pageOf(t, s, "_talks/b.md").source
	without := slices.DeleteFunc(slices.Clone(set.Docs), func(d *content.Document) bool { return d == b })
	built := func(docs []*content.Document) string {
		_, _, o := liquidSiteDocs(t, liquidTalkA)
		want, _ := Build(context.Background(), cfg, content.Set{Docs: docs}, md, o)
		return string(pageOf(t, want, "programme.md").Content())
	}
	check := func(step string, p Patch, ok bool, want string) {
		t.Helper()
		if !ok {
			t.Fatalf("%s: refused", step)
		}
		if len(p.Relocated) != 1 || p.Relocated[0].Doc.File != "programme.md" {
			t.Errorf("%s: pages shown anew %v, want the programme", step, p.Relocated)
		}
		if got := string(pageOf(t, s, "programme.md").Content()); got != want {
			t.Errorf("%s: programme\n%s\nbuilt\n%s", step, got, want)
		}
	}
	p, ok := s.Remove("_talks/b.md", md, memo, last)
	check("removed", p, ok, built(without))
	if strings.Contains(string(pageOf(t, s, "programme.md").Content()), "Beta") {
		t.Error("the programme still lists the talk removed")
	}
	p, ok = s.Add(b, md, memo, last)
	check("added back", p, ok, built(set.Docs))
}

// TestPatchRunsThePagesOwnLiquidAnew edits a field that the page's own
// Liquid reads (page.backlink, in an include): the patched page shows the
// new value, as a build does, not the one Liquid's variables held before
// the edit.
func TestPatchRunsThePagesOwnLiquidAnew(t *testing.T) {
	md := markdown.New(markdown.Options{})
	page := func(link string) string {
		return "---\ntitle: Room\npermalink: /room/\nbacklink: " + link + "\n---\n{% include back.html %}\n"
	}
	cfg, set, opts := liquidSiteDocs(t, liquidTalkA)
	parse := func(text string) *content.Document {
		return content.Parse("room.md", []byte(text), content.Options{KeepFront: true})
	}
	set.Docs = append(set.Docs, parse(page("/day/")))
	opts.Includes["back.html"] = []byte("Back to {{ page.backlink }}.")
	memo := NewMemo()
	opts.Memo = memo
	s, _ := Build(context.Background(), cfg, set, md, opts)
	if got := string(pageOf(t, s, "room.md").Content()); !strings.Contains(got, "Back to /day/.") {
		t.Fatalf("built: %s", got)
	}
	// Twice: the first patch leaves Liquid's variables made.
	for _, link := range []string{"/week/", "/month/"} {
		if _, ok := s.Patch(parse(page(link)), md, memo); !ok {
			t.Fatal("Patch refused")
		}
		if got := string(pageOf(t, s, "room.md").Content()); !strings.Contains(got, "Back to "+link+".") {
			t.Errorf("patched to %s: %s", link, got)
		}
	}
}

// TestLiquidPostTagsWritten: a post's tags written as words (tags: go
// web) are that post's tags in site.tags, as Jekyll reads them; the site's
// Liquid once failed on them.
func TestLiquidPostTagsWritten(t *testing.T) {
	parse := func(file, text string) *content.Document {
		return content.Parse(file, []byte(text), content.Options{KeepFront: true})
	}
	set := content.Set{Docs: []*content.Document{
		parse("_posts/2024-01-02-a.md", "---\ntitle: A\ntags: go web\ncategories: notes\n---\nA.\n"),
		parse("_posts/2024-01-03-b.md", "---\ntitle: B\ntags: [go]\n---\nB.\n"),
		parse("tags.md", "---\ntitle: Tags\n---\n{% for t in site.tags %}{{ t[0] }}={{ t[1].size }} {% endfor %}{{ site.categories.notes.size }}\n"),
	}}
	s, diags := Build(context.Background(), config.Default(), set, markdown.New(markdown.Options{}), Options{Includes: map[string][]byte{}})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	got := string(pageOf(t, s, "tags.md").Content())
	for _, want := range []string{"go=2", "web=1", " 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("tags page %q lacks %q", got, want)
		}
	}
}

// TestLiquidDatesCompare checks that the model's dates reach a page's
// Liquid as dates it sorts and compares: a data file's, a page's and
// the site's time.
func TestLiquidDatesCompare(t *testing.T) {
	cfg := config.Default()
	parse := func(file, text string) *content.Document {
		return content.Parse(file, []byte(text), content.Options{KeepFront: true})
	}
	day := func(m int) time.Time { return time.Date(2024, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
	set := content.Set{Docs: []*content.Document{
		parse("_posts/2024-03-01-b.md", "---\ntitle: B\n---\nB.\n"),
		parse("_posts/2024-01-01-a.md", "---\ntitle: A\n---\nA.\n"),
		parse("talks.md", "---\ntitle: Talks\n---\n"+
			"{% assign ts = site.data.talks | sort: 'date' | reverse %}{% for t in ts %}{{ t.title }};{% endfor %}\n"+
			"{% assign ps = site.posts | sort: 'date' %}{% for p in ps %}{{ p.title }};{% endfor %}\n"+
			"{% assign a = site.posts.first %}{% assign b = site.posts.last %}{% if a.date > b.date %}newer{% endif %}\n"),
	}}
	opts := Options{
		Data:     map[string]any{"talks": []any{map[string]any{"title": "Feb", "date": day(2)}, map[string]any{"title": "Jun", "date": day(6)}, map[string]any{"title": "Apr", "date": day(4)}}},
		Includes: map[string][]byte{},
	}
	s, diags := Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), opts)
	if len(diags) != 0 {
		t.Fatalf("diags: %v", diags)
	}
	got := string(pageOf(t, s, "talks.md").Content())
	for _, want := range []string{"Jun;Apr;Feb;", "A;B;", "newer"} {
		if !strings.Contains(got, want) {
			t.Errorf("the page lacks %q:\n%s", want, got)
		}
	}
	if _, ok := opts.Data["talks"].([]any)[0].(map[string]any)["date"].(time.Time); !ok {
		t.Error("the model's data was changed")
	}
}

// liquidDocsSite is a Jekyll site whose speakers page prints each
// presenter, a document of a collection, with Liquid; fsys holds the
// files its Liquid reads the presenters' bodies from.
func liquidDocsSite(speakers string, fsys fstest.MapFS) (config.Config, content.Set, Options) {
	parse := func(file string) *content.Document {
		return content.Parse(file, fsys[file].Data, content.Options{KeepFront: true})
	}
	fsys["speakers.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Speakers\npermalink: /all-speakers/\n---\n" + speakers + "\n")}
	var docs []*content.Document
	for _, f := range slices.Sorted(maps.Keys(fsys)) {
		docs = append(docs, parse(f))
	}
	read := func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }
	return config.Default(), content.Set{Docs: docs}, Options{Includes: map[string][]byte{}, ReadFile: read}
}

// TestLiquidPrintsADocumentAsItsContent: Jekyll prints a document of a
// collection ({{ presenter }}) as its content, not its fields, and gives
// its content as {{ presenter.content }}.
func TestLiquidPrintsADocumentAsItsContent(t *testing.T) {
	files := func() fstest.MapFS {
		return fstest.MapFS{
			"_presenters/ada.md":  {Data: []byte("---\nname: Ada Lovelace\nslug: ada\n---\n\nAda writes **engines**.\n\nShe also sails.\n")},
			"_presenters/bo.html": {Data: []byte("---\nname: Bo\nslug: bo\n---\n<p>Bo <em>paints</em>.</p>\n")},
		}
	}
	for _, tc := range []struct{ name, speakers, want string }{
		{"a markdown document", `{% assign p = site.presenters | where: "slug", "ada" | first %}<div>{{ p }}</div>`, "<div><p>Ada writes <strong>engines</strong>.</p>\n<p>She also sails.</p>\n</div>"},
		{"an HTML document", `{% assign p = site.presenters | where: "slug", "bo" | first %}<div>{{ p }}</div>`, "<div><p>Bo <em>paints</em>.</p>\n</div>"},
		{"its content, filtered", `{% for p in site.presenters %}{{ p.name }}: {{ p.content | strip_html | strip }}; {% endfor %}`, "<p>Ada Lovelace: Ada writes engines.\nShe also sails.; Bo: Bo paints.;</p>"},
		{"its excerpt, its first paragraph", `{% for p in site.presenters %}[{{ p.excerpt | strip }}]{% endfor %}`, "<p>[<p>Ada writes <strong>engines</strong>.</p>][<p>Bo <em>paints</em>.</p>]</p>"},
		{"its fields still", `{% for p in site.presenters %}{{ p.name }} {% endfor %}`, "<p>Ada Lovelace Bo</p>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, set, opts := liquidDocsSite(tc.speakers, files())
			s, diags := Build(context.Background(), cfg, set, markdown.New(markdown.Options{}), opts)
			if len(diags) != 0 {
				t.Fatalf("diags: %v", diags)
			}
			if got := strings.TrimSpace(string(pageOf(t, s, "speakers.md").Content())); got != tc.want {
				t.Errorf("speakers page:\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestPatchReshowsADocumentsContent: once a page's Liquid has shown a
// document's content, an edit of that body shows the page anew.
func TestPatchReshowsADocumentsContent(t *testing.T) {
	md := markdown.New(markdown.Options{})
	fsys := fstest.MapFS{"_talks/a.md": {Data: []byte("---\ntitle: Alpha\n---\nOld abstract.\n")}}
	cfg, set, opts := liquidDocsSite("{% for t in site.talks %}{{ t }}{% endfor %}", fsys)
	memo := NewMemo()
	opts.Memo = memo
	s, _ := Build(context.Background(), cfg, set, md, opts)
	fsys["_talks/a.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Alpha\n---\nNew abstract.\n")}
	edited := content.Parse("_talks/a.md", fsys["_talks/a.md"].Data, content.Options{KeepFront: true})
	p, ok := s.Patch(edited, md, memo)
	if !ok {
		t.Fatal("Patch refused a body edit")
	}
	if len(p.Relocated) != 1 || p.Relocated[0].Doc.File != "speakers.md" {
		t.Errorf("pages shown anew %v, want the speakers page", p.Relocated)
	}
	if got := string(pageOf(t, s, "speakers.md").Content()); !strings.Contains(got, "New abstract.") {
		t.Errorf("speakers page after the edit:\n%s", got)
	}
}
