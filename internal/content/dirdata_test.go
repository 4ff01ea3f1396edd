package content

import (
	"fmt"
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
		if d.Room != w.room || d.Kind != w.kind || d.NoPage != w.noPage || len(d.Tags) != 0 || d.Extras().URLPattern != "" || d.URL != "" {
			t.Errorf("%s: room %q kind %s no page %v tags %q url %q %q; want %+v", d.File, d.Room, d.Kind, d.NoPage, d.Tags, d.URL, d.Extras().URLPattern, w)
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
	if d.URL != "" || d.Extras().URLPattern != "" || d.Params["permalink"] == nil {
		t.Errorf("URL %q, pattern %q, params %v: template code lectern cannot read is left to Params", d.URL, d.Extras().URLPattern, d.Params)
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
// not run, but a permalink or layout it writes as a literal, or as a
// function returning one made of the page's file slug (as
// eleventyComputed writes it), is applied as the JSON file's would be;
// one set by other code gets one warning at the first such key, naming
// each, and the pages are built without it.
func TestJSDirectoryData(t *testing.T) {
	const talk = "---\ntitle: Opening\ndate: 2025-05-03 09:00\n---\nHi.\n"
	const folderWarn = "sessions/sessions.11tydata.js:%d:%d: warning: sessions.11tydata.js sets %s, which lectern cannot apply: it runs no JavaScript, so the pages below sessions %s; write plain values in sessions.11tydata.json (a permalink such as \"/talks/{{ page.fileSlug }}/\"), which lectern applies, or in the front matter"
	for _, tc := range []struct{ name, file, src, want, pattern, layout string }{{
		name:    "a folder's, computed from the file slug",
		file:    "sessions/sessions.11tydata.js",
		src:     "module.exports = {\n  layout: \"session.njk\",\n  tags: [\"sessions\"],\n  eleventyComputed: {\n    permalink: (data) => `/programme/${data.page.fileSlug}/`,\n  },\n};\n",
		pattern: "/programme/:title/",
		layout:  "session.njk",
	}, {
		name:    "an arrow function without parentheses, to index.html",
		file:    "sessions/sessions.11tydata.js",
		src:     "export default {\n  layout: 'layouts/sessions/single',\n  eleventyComputed: {\n    permalink: data => `/sessions/${data.page.fileSlug}/index.html`\n  },\n}\n",
		pattern: "/sessions/:title/",
		layout:  "layouts/sessions/single",
	}, {
		name:    "a page's, a method returning a literal",
		file:    "sessions/opening.11tydata.js",
		src:     "export default {\n  // layout: \"old.njk\",\n  permalink(data) { return \"/o/\"; },\n};\n",
		pattern: "/o/",
	}, {
		name:    "a function body over several lines, destructured",
		file:    "sessions/sessions.11tydata.js",
		src:     "module.exports = {\n  eleventyComputed: {\n    permalink: function ({ page }) {\n      return `/s/${page.fileSlug}/`;\n    },\n  },\n};\n",
		pattern: "/s/:title/",
	}, {
		name:   "code lectern does not run",
		file:   "sessions/sessions.11tydata.js",
		src:    "module.exports = {\n  layout: \"session.njk\",\n  eleventyComputed: {\n    permalink: (data) => `/p/${slugify(data.title)}/`,\n  },\n};\n",
		want:   fmt.Sprintf(folderWarn, 4, 5, "permalink (line 4)", "keep the URL their own permalink or their path gives"),
		layout: "session.njk",
	}, {
		name: "a layout chosen by code",
		file: "sessions/sessions.11tydata.js",
		src:  "module.exports = {\n  layout: process.env.X ? \"a.njk\" : \"b.njk\",\n};\n",
		want: fmt.Sprintf(folderWarn, 2, 3, "layout (line 2)", "take their kind from their own front matter and folder"),
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
			if len(set.Docs) != 1 || len(set.Assets) != 0 {
				t.Fatalf("documents %d, assets %q", len(set.Docs), set.Assets)
			}
			d := set.Docs[0]
			if got := d.Extras().URLPattern + d.URL; got != tc.pattern {
				t.Errorf("URL or pattern %q, want %q", got, tc.pattern)
			}
			if l, _ := d.Params["layout"].(string); l != tc.layout {
				t.Errorf("layout %q, want %q", l, tc.layout)
			}
		})
	}
}

// TestComputedDirectoryData: a permalink under eleventyComputed in JSON
// directory data is a template Eleventy renders for each page, read as
// a permalink written plainly; one written in code lectern cannot read
// is left out, and a plain permalink beside it wins.
func TestComputedDirectoryData(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"the file slug", `{"eleventyComputed": {"permalink": "/sessions/{{ page.fileSlug }}/index.html"}}`, "/sessions/:title/"},
		{"code", `{"eleventyComputed": {"permalink": "/s/{{ page.date | date: '%Y' }}/"}}`, ""},
		{"a plain one beside", `{"permalink": "/p/{{ page.fileSlug }}/", "eleventyComputed": {"permalink": "/c/{{ page.fileSlug }}/"}}`, "/p/:title/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"sessions/sessions.json": {Data: []byte(tc.data)},
				"sessions/opening.md":    {Data: []byte("---\ntitle: Opening\n---\nHi.\n")},
			}
			set, diags := Load(fsys, Options{Dir: ".", DirData: dirNamedForTest})
			if len(diags) != 0 || len(set.Docs) != 1 {
				t.Fatalf("diagnostics %q, %d documents", diags.Strings(), len(set.Docs))
			}
			if got := set.Docs[0].Extras().URLPattern; got != tc.want {
				t.Errorf("pattern %q, want %q", got, tc.want)
			}
		})
	}
}
