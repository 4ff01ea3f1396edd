package content

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestReaderReadsAsLoad checks that the Reader of a load reads each of
// its pages into the document Load made of it, on sites whose pages take
// values from elsewhere (Jekyll's defaults, a folder's data, a Hugo
// section's cascade, several folders), and refuses every file Load reads
// as no page of its own, or would not find, and a section page whose
// cascade gives the pages below it their values.
func TestReaderReadsAsLoad(t *testing.T) {
	defaults, _ := ReadDefaults("_config.yml", []byte("defaults:\n  - scope: {path: _talks}\n    values: {room: Hall A, layout: talk}\n"))
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		opts    Options
		refused []string
	}{
		{
			name: "jekyll",
			fsys: fstest.MapFS{
				"_talks/a.md":             {Data: []byte("---\ntitle: A\n---\nA {{ page.room }}.\n")},
				"_posts/2024-05-01-hi.md": {Data: []byte("---\ntitle: Hi\nlang: de\n---\nHallo.\n")},
				"_posts/2024-05-02-yo.md": {Data: []byte("---\ntitle: Yo\n---\nYo.\n")},
				"_includes/talk.md":       {Data: []byte("---\ntitle: T\n---\n{% for t in site.talks %}{{ t.title }}{% endfor %}\n")},
				".github/notes.md":        {Data: []byte("---\ntitle: Hidden\n---\nH.\n")},
				"_drafts/soon.md":         {Data: []byte("---\ntitle: Soon\n---\nS.\n")},
				"index.md":                {Data: []byte("---\ntitle: Home\n---\nHome.\n")},
			},
			opts: Options{Dir: ".", Defaults: defaults, KeepFront: true, PermalinkOnly: true, TranslationLanguages: []string{"de"},
				Skip: func(p string, dir bool) bool { return dir && p == "_includes" }},
			refused: []string{"_posts/2024-05-01-hi.md", "_includes/talk.md", ".github/notes.md", "_drafts/soon.md", "style.css"},
		},
		{
			name: "eleventy folder data",
			fsys: fstest.MapFS{
				"talks/talks.json":      {Data: []byte(`{"room": "Hall A", "tags": "talks"}`)},
				"talks/a.md":            {Data: []byte("---\ntitle: A\n---\nA.\n")},
				"talks/a.11tydata.json": {Data: []byte(`{"level": "Advanced"}`)},
				"talks/day2/b.md":       {Data: []byte("---\ntitle: B\n---\nB.\n")},
			},
			opts:    Options{Dir: ".", DirData: dirNamedForTest, CollectionTags: true, KeepFront: true},
			refused: []string{"talks/talks.json", "talks/a.11tydata.json"},
		},
		{
			name: "hugo cascade and translations",
			fsys: fstest.MapFS{
				"content/programme/_index.md": {Data: []byte("---\ntitle: Programme\ncascade:\n  type: talk\n  room: Main hall\n---\n")},
				"content/programme/a.md":      {Data: []byte("---\ntitle: A\n---\nA.\n")},
				"content/programme/a.de.md":   {Data: []byte("---\ntitle: A auf Deutsch\n---\nA.\n")},
				"content/about.md":            {Data: []byte("+++\ntitle = \"About\"\n+++\nUs.\n")},
			},
			opts:    Options{Cascade: true, Translation: func(p string) bool { return strings.HasSuffix(p, ".de.md") }},
			refused: []string{"content/programme/_index.md", "content/programme/a.de.md", "layouts/x.md", "static/readme.md"},
		},
		{
			name: "several folders",
			fsys: fstest.MapFS{
				"src/content/talks/a.md": {Data: []byte("---\ntitle: A\n---\nA.\n")},
				"src/pages/about.md":     {Data: []byte("---\ntitle: About\n---\nUs.\n")},
			},
			opts:    Options{Dir: "src/content", Dirs: []string{"src/pages"}, PermalinkOnly: true},
			refused: []string{"src/other/x.md", "README.md"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, _ := Load(tt.fsys, tt.opts)
			if len(set.Docs) == 0 {
				t.Fatal("Load read no page")
			}
			r := set.Reader()
			for _, want := range set.Docs {
				if slices.Contains(tt.refused, want.File) {
					continue
				}
				got, ok := r.Read(tt.fsys, want.File)
				if !ok {
					t.Errorf("Read(%s) refused a page Load read", want.File)
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("Read(%s) = %+v\nLoad made %+v", want.File, got, want)
				}
			}
			for _, file := range tt.refused {
				if doc, ok := r.Read(tt.fsys, file); ok {
					t.Errorf("Read(%s) = %s, want it refused", file, doc.Title)
				}
			}
		})
	}
	if _, ok := (Set{}).Reader().Read(fstest.MapFS{"content/a.md": {Data: []byte("A.")}}, "content/a.md"); ok {
		t.Error("the zero Reader read a page")
	}
}
