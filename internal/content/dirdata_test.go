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
	return path.Base(p) == path.Base(path.Dir(p))+".json" || strings.HasSuffix(p, ".11tydata.json")
}

// TestDirectoryData checks that a folder's data file gives its pages
// (and those of folders below, whose own file wins) front matter values
// the pages do not set, a page's template data winning over both,
// leaving out the collection tags and the permalink written in template
// code, and is neither a page nor an asset.
func TestDirectoryData(t *testing.T) {
	fsys := fstest.MapFS{
		"talks/talks.json":       {Data: []byte(`{"layout": "layouts/session.njk", "tags": "talks", "room": "Hall A", "permalink": "/talks/{{ page.date | date: '%Y' }}/{{ page.fileSlug }}/"}`)},
		"talks/day2/day2.json":   {Data: []byte(`{"room": "Hall B"}`)},
		"talks/a.md":             {Data: []byte("---\ntitle: A\n---\nA.\n")},
		"talks/a.11tydata.json":  {Data: []byte(`{"room": "Hall C", "level": "Advanced"}`)},
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
		"talks/a.md":       {"Hall C", KindTalk, false},
		"talks/own.md":     {"Attic", KindTalk, false},
		"talks/day2/b.md":  {"Hall B", KindTalk, false},
		"sponsors/acme.md": {"", KindSponsor, true},
		"broken/c.md":      {"", KindPage, false},
	}
	if len(set.Docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(set.Docs), len(want))
	}
	for _, d := range set.Docs {
		if (d.Level == "Advanced") != (d.File == "talks/a.md") {
			t.Errorf("%s: level %q; only talks/a.md has template data", d.File, d.Level)
		}
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

// TestJSDirectoryData: an Eleventy data file written in JavaScript is
// not run; one that sets a permalink or a layout, which lectern would
// apply from JSON, gets one warning at the first of them naming each,
// and its pages are built as if it were not there.
func TestJSDirectoryData(t *testing.T) {
	const talk = "---\ntitle: Opening\ndate: 2025-05-03 09:00\n---\nHi.\n"
	for _, tc := range []struct{ name, file, src, want string }{{
		name: "a folder's, computed",
		file: "sessions/sessions.11tydata.js",
		src:  "module.exports = {\n  layout: \"session.njk\",\n  tags: [\"sessions\"],\n  eleventyComputed: {\n    permalink: (data) => `/programme/${data.page.fileSlug}/`,\n  },\n};\n",
		want: "sessions/sessions.11tydata.js:2:3: warning: sessions.11tydata.js sets layout (line 2) and permalink (line 5), which lectern cannot apply: it runs no JavaScript, so the pages below sessions take their kind from their own front matter and folder and keep the URL their own permalink or their path gives; write plain values in sessions.11tydata.json (a permalink such as \"/talks/{{ page.fileSlug }}/\"), which lectern applies, or in the front matter",
	}, {
		name: "a page's, a method",
		file: "sessions/opening.11tydata.js",
		src:  "export default {\n  // layout: \"old.njk\",\n  permalink(data) { return \"/o/\"; },\n};\n",
		want: "sessions/opening.11tydata.js:3:3: warning: opening.11tydata.js sets permalink (line 3), which lectern cannot apply: it runs no JavaScript, so the page sessions/opening keeps the URL its own permalink or its path gives; write plain values in opening.11tydata.json (a permalink such as \"/talks/{{ page.fileSlug }}/\"), which lectern applies, or in the front matter",
	}, {
		name: "tags alone",
		file: "sessions/sessions.11tydata.js",
		src:  "module.exports = { tags: \"sessions\" };\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{tc.file: {Data: []byte(tc.src)}, "sessions/opening.md": {Data: []byte(talk)}}
			isData := func(p string) bool { return strings.HasSuffix(p, ".11tydata.js") }
			set, diags := Load(fsys, Options{Dir: ".", DirData: isData})
			if got := strings.Join(diags.Strings(), "\n"); got != tc.want {
				t.Errorf("diagnostics\n%s\nwant\n%s", got, tc.want)
			}
			if len(set.Docs) != 1 || set.Docs[0].URLPattern != "" || len(set.Assets) != 0 {
				t.Errorf("documents %d, assets %q", len(set.Docs), set.Assets)
			}
		})
	}
}
