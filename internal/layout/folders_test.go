package layout

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestDescribe(t *testing.T) {
	for _, tt := range []struct {
		l    Layout
		want string
	}{
		{Native(), ""},
		{Layout{Tool: Jekyll, Evidence: "_config.yml"}, "Reading a Jekyll site in place (_config.yml)"},
		{Layout{Tool: Astro, Evidence: "astro.config.mjs"}, "Reading an Astro site in place (astro.config.mjs)"},
		{Layout{Tool: Folder, Evidence: "no content/ folder"}, "Reading a folder of markdown in place (no content/ folder)"},
	} {
		if got := tt.l.Describe(); got != tt.want {
			t.Errorf("Describe() = %q, want %q", got, tt.want)
		}
	}
}

func TestSourceFolders(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		want  []string
	}{
		{"lectern", fstest.MapFS{"content/a.md": {}}, nil},
		{"hugo", fstest.MapFS{"hugo.toml": {}, "content/a.md": {}}, nil},
		{"jekyll", fstest.MapFS{"_config.yml": {}, "_posts/2020-01-01-a.md": {}}, nil},
		{"jekyll in src", fstest.MapFS{"src/_config.yml": {}}, nil},
		{"eleventy input of its own", fstest.MapFS{".eleventy.js": {Data: []byte(`module.exports = { dir: { input: "pages" } }`)}, "pages/a.md": {}}, []string{"pages"}},
		{"astro", fstest.MapFS{"astro.config.mjs": {}, "src/pages/a.md": {}}, []string{"public"}},
		{"franklin", fstest.MapFS{"config.md": {}, "_layout/head.html": {}, "index.md": {}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.files).SourceFolders(); !slices.Equal(got, tt.want) {
				t.Errorf("SourceFolders() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIsSourceFolder(t *testing.T) {
	for name, want := range map[string]bool{
		"content": true, "Content": true, "LAYOUTS": true, "static": true, "themes": true, "data": true,
		"archetypes": true, "assets": true, "i18n": true, "src": true,
		"_posts": true, "_talks": true, "_layout": true, "_libs": true,
		"_site": false, "__site": false, "_SITE": false, "_": false,
		"public": false, "out": false, "docs": false, "pages": false,
	} {
		if got := IsSourceFolder(name); got != want {
			t.Errorf("IsSourceFolder(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestDirData checks which files give pages front matter values:
// Eleventy's directory and template data anywhere, and directory data
// in a Jekyll collection's folder, where Jekyll gives them no meaning;
// never in other tools' sites nor in lectern's.
func TestDirData(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		yes  []string
		no   []string
	}{
		{"Eleventy", fstest.MapFS{".eleventy.js": file("module.exports = {}")},
			[]string{"talks/talks.json", "talks/talks.11tydata.json", "blog/2024/2024.json", "talks/intro.11tydata.json"},
			[]string{"talks/speakers.json", "talks/talks.yaml", "talks.json"}},
		{"Jekyll", fstest.MapFS{"_config.yml": file("title: x\n")},
			[]string{"_talks/_talks.json", "_content/places/places.json"},
			[]string{"sponsors/sponsors.json", "_sponsors/sponsors.json"}},
		{"Hugo", fstest.MapFS{"hugo.toml": file("title = \"x\"\n"), "content/a.md": file("# A\n")},
			nil, []string{"content/talks/talks.json"}},
		{"lectern", fstest.MapFS{"config.toml": file("title = \"x\"\n")},
			nil, []string{"content/talks/talks.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Detect(tt.fsys)
			for _, p := range tt.yes {
				if !l.DirData(p) || !l.ToolData(p) {
					t.Errorf("%s: DirData %v, ToolData %v; want both", p, l.DirData(p), l.ToolData(p))
				}
			}
			for _, p := range tt.no {
				if l.DirData(p) {
					t.Errorf("%s is taken for directory data", p)
				}
			}
		})
	}
}

// TestCascades checks that only a Hugo site's section pages cascade.
func TestCascades(t *testing.T) {
	hugo := Detect(fstest.MapFS{"hugo.toml": file("title = \"x\"\n"), "content/a.md": file("# A\n")})
	jekyll := Detect(fstest.MapFS{"_config.yml": file("title: x\n")})
	for _, tt := range []struct {
		l    Layout
		p    string
		want bool
	}{
		{hugo, "content/talks/_index.md", true},
		{hugo, "content/_index.md", true},
		{hugo, "content/talks/index.md", false},
		{jekyll, "talks/_index.md", false},
	} {
		if got := tt.l.Cascades(tt.p); got != tt.want {
			t.Errorf("%s %s: Cascades %v, want %v", tt.l.Tool, tt.p, got, tt.want)
		}
	}
}
