package content

import (
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// dirNamedForTest is the rule layout.Layout.DirData gives an Eleventy
// site: a data file named after its folder.
func dirNamedForTest(p string) bool {
	return path.Base(p) == path.Base(path.Dir(p))+".json"
}

// TestDirectoryData checks that a folder's data file gives its pages
// (and those of folders below, whose own file wins) front matter values
// the pages do not set, leaving out the collection tags and the
// permalink written in template code, and is neither a page nor an asset.
func TestDirectoryData(t *testing.T) {
	fsys := fstest.MapFS{
		"talks/talks.json":       {Data: []byte(`{"layout": "layouts/session.njk", "tags": "talks", "room": "Hall A", "permalink": "/talks/{{ page.date | date: '%Y' }}/{{ page.fileSlug }}/"}`)},
		"talks/day2/day2.json":   {Data: []byte(`{"room": "Hall B"}`)},
		"talks/a.md":             {Data: []byte("---\ntitle: A\n---\nA.\n")},
		"talks/own.md":           {Data: []byte("---\ntitle: Own\nroom: Attic\n---\nOwn.\n")},
		"talks/day2/b.md":        {Data: []byte("---\ntitle: B\n---\nB.\n")},
		"sponsors/sponsors.json": {Data: []byte(`{"permalink": false}`)},
		"sponsors/acme.md":       {Data: []byte("---\ntitle: Acme\nlogo: acme.svg\n---\nA sponsor.\n")},
		"broken/broken.json":     {Data: []byte(`{"room": `)},
		"broken/c.md":            {Data: []byte("---\ntitle: C\n---\nC.\n")},
	}
	set, diags := Load(fsys, Options{Dir: ".", DirData: dirNamedForTest})
	want := map[string]struct {
		room   string
		kind   Kind
		noPage bool
	}{
		"talks/a.md":       {"Hall A", KindTalk, false},
		"talks/own.md":     {"Attic", KindTalk, false},
		"talks/day2/b.md":  {"Hall B", KindTalk, false},
		"sponsors/acme.md": {"", KindSponsor, true},
		"broken/c.md":      {"", KindPage, false},
	}
	if len(set.Docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(set.Docs), len(want))
	}
	for _, d := range set.Docs {
		w := want[d.File]
		if d.Room != w.room || d.Kind != w.kind || d.NoPage != w.noPage || len(d.Tags) != 0 || d.URLPattern != "" || d.URL != "" {
			t.Errorf("%s: room %q kind %s no page %v tags %q url %q %q; want %+v", d.File, d.Room, d.Kind, d.NoPage, d.Tags, d.URL, d.URLPattern, w)
		}
	}
	if len(set.Assets) != 0 {
		t.Errorf("assets %q, want none", set.Assets)
	}
	got := diags.Strings()
	if len(got) != 1 || !slices.Contains(got, "broken/broken.json:1:1: warning: cannot parse data file: the object is never closed with }; the pages of this folder are built without this directory data until it parses") {
		t.Errorf("diagnostics %q", got)
	}
}

func TestTemplatePermalink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/talks/{{ page.fileSlug }}/", "/talks/:title/"},
		{"/speakers/{{title | slugify}}/index.html", "/speakers/:slugified_title/"},
		{"{{ page.filePathStem }}.html", "/:path.html"},
		{"/{{- page.fileSlug -}}/", "/:title/"},
		{"/{{ page.date | date: '%Y' }}/{{ page.fileSlug }}/", ""},
		{"{% if draft %}false{% endif %}", ""},
		{"/{{ site.year }}/talks/", ""},
	}
	for _, tt := range tests {
		got, ok := templatePermalink(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("templatePermalink(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	d := parseYAML("talks/keynote.md", "title: Keynote\npermalink: \"/{{ site.year }}/{{ page.fileSlug }}/\"")
	if d.URL != "" || d.URLPattern != "" || d.Params["permalink"] == nil {
		t.Errorf("URL %q, pattern %q, params %v: template code lectern cannot read is left to Params", d.URL, d.URLPattern, d.Params)
	}
	wantDiags(t, d, `content/talks/keynote.md:3:12: warning: permalink "/{{ site.year }}/{{ page.fileSlug }}/" is template code lectern does not run, so the page keeps its path as URL (Eleventy's default); write the path, or a pattern such as /talks/:slug/`)
}

// FuzzTemplatePermalink checks that any permalink text gives either no
// pattern or a pattern that starts with "/" and holds no template code.
func FuzzTemplatePermalink(f *testing.F) {
	for _, s := range []string{"/talks/{{ page.fileSlug }}/", "{{ page.filePathStem }}/index.html", "/{{- title | slugify -}}/", "{% x %}", "{{", "}}{{"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := templatePermalink(s)
		if ok && (!strings.HasPrefix(p, "/") || strings.Contains(p, "{{") || strings.Contains(p, "{%")) {
			t.Fatalf("templatePermalink(%q) = %q", s, p)
		}
	})
}
