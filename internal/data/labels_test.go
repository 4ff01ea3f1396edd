package data

import (
	"slices"
	"testing"
	"testing/fstest"

	"lectern/internal/content"
)

// TestLabels checks that a talk's format and tags written as keys of a
// data file of formats or of categories take the names that file gives
// them, as a Hugo conference theme shows them, whether the talk is a
// page or a record; keys no file names are kept as written.
func TestLabels(t *testing.T) {
	files := map[string]string{
		"data/formats.yml": "- key: quickie\n  name: ⚡️ Quickie\n- key: long_session\n  name: Long Session (40 minutes)\n- key: bare\n",
		"data/categories.yml": "- key: _cloud___devops\n  name: ☁️ Cloud & DevOps\n  id: 4fee2bdd\n" +
			"- key: _web\n  name: Web\n",
		"data/sessions.yml":            "- id: s1\n  title: Records Too\n  format: QUICKIE\n  tags: [_web, other]\n",
		"content/sessions/c1.md":       "---\nkey: c1\ntitle: Lambdas on the Edge\ntalkType: quickie\ntags:\n  - _cloud___devops\n  - A1\n---\nShort.\n",
		"content/sessions/a1.md":       "---\nkey: a1\ntitle: Walking the AST\nformat: long_session\n---\n",
		"content/sessions/organize.md": "---\ntitle: Opening\nformat: organize\ntags: [bare]\n---\n",
	}
	tests := []struct {
		title, format string
		tags          []string
	}{
		{"Lambdas on the Edge", "⚡️ Quickie", []string{"☁️ Cloud & DevOps", "A1"}},
		{"Walking the AST", "Long Session (40 minutes)", nil},
		{"Records Too", "⚡️ Quickie", []string{"Web", "other"}},
		{"Opening", "organize", []string{"bare"}},
	}
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	o := goldenOptions()
	pages, _ := content.Load(fsys, content.Options{Skip: func(p string, dir bool) bool { return o.Claims(p) }})
	c1 := pages.Docs[slices.IndexFunc(pages.Docs, func(d *content.Document) bool { return d.Title == "Lambdas on the Edge" })]
	before := slices.Clone(c1.Tags)
	ds, _ := Load(fsys, o)
	docs, diags := Combine(pages.Docs, ds, o.Location)
	if len(diags) > 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			i := slices.IndexFunc(docs, func(d *content.Document) bool { return d.Title == tt.title })
			if i < 0 {
				t.Fatalf("no document %q", tt.title)
			}
			if got := docs[i].Format; got != tt.format {
				t.Errorf("format = %q, want %q", got, tt.format)
			}
			if got := docs[i].Tags; !slices.Equal(got, tt.tags) {
				t.Errorf("tags = %q, want %q", got, tt.tags)
			}
		})
	}
	if !slices.Equal(c1.Tags, before) {
		t.Errorf("Combine changed its input's tags: %q, were %q", c1.Tags, before)
	}
}
