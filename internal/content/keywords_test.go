package content

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// TestKeywords pins when a page's keywords are its tags: when the page
// writes them and no tags, categories or topics of its own. Beside its
// own tags, or given to a whole folder (Eleventy directory data, Jekyll
// defaults), they are search-engine keywords: not tags, kept in Params.
func TestKeywords(t *testing.T) {
	const jekyll = "defaults:\n  - scope: {path: notes}\n    values: {keywords: 'site, blog'}\n"
	defaults, diags := ReadDefaults("_config.yml", []byte(jekyll))
	if len(diags) != 0 {
		t.Fatal(diags.Strings())
	}
	tests := []struct {
		name, fm string
		tags     string // the page's tags, quoted
		keywords any    // Params["keywords"]: nil when they are the tags
		talk     bool   // the page is a talk (talks/a.md), else a note
	}{
		{"own keywords alone are tags", "keywords: a, b", `["a" "b"]`, nil, false},
		{"beside tags, not tags", "tags: [go]\nkeywords: seo, words", `["go"]`, "seo, words", false},
		{"beside categories, not tags", "categories: [go]\nkeywords: seo", `["go"]`, "seo", false},
		{"from Jekyll defaults, not tags", "tags: [go]", `["go"]`, "site, blog", false},
		{"from Jekyll defaults, no tags at all", "", `[]`, "site, blog", false},
		{"beside a talk's category (its format), tags", "category: talk\nkeywords: django", `["django"]`, nil, true},
		{"the page's own, over the defaults', are tags", "keywords: own", `["own"]`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := "notes/a.md"
			if tt.talk {
				file = "talks/a.md"
			}
			d := Parse(file, []byte("---\ntitle: A\n"+tt.fm+"\n---\nBody.\n"), Options{Dir: ".", Defaults: defaults})
			if got := fmt.Sprintf("%q", d.Tags); got != tt.tags || d.Params["keywords"] != tt.keywords {
				t.Errorf("tags %s, keywords %#v; want %s, %#v", got, d.Params["keywords"], tt.tags, tt.keywords)
			}
		})
	}
}

// TestKeywordsFromDirectoryData: an Eleventy folder's data file giving
// every note the site's SEO keywords tags none of them.
func TestKeywordsFromDirectoryData(t *testing.T) {
	fsys := fstest.MapFS{
		"notes/notes.json": {Data: []byte(`{"layout": "note.njk", "keywords": "retired, web development, notes"}`)},
		"notes/a.md":       {Data: []byte("---\ntitle: A\ndate: 2024-01-01\ntags: [personal]\n---\nA.\n")},
		"notes/b.md":       {Data: []byte("---\ntitle: B\ndate: 2024-01-02\n---\nB.\n")},
	}
	set, diags := Load(fsys, Options{Dir: ".", DirData: dirNamedForTest})
	if len(diags) != 0 {
		t.Fatal(diags.Strings())
	}
	want := map[string]string{"notes/a.md": `["personal"]`, "notes/b.md": `[]`}
	for _, d := range set.Docs {
		if got := fmt.Sprintf("%q", d.Tags); got != want[d.File] {
			t.Errorf("%s: tags %s, want %s", d.File, got, want[d.File])
		}
	}
}
