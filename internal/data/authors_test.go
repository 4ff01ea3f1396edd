package data

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/content"
)

// TestAuthorsByID pins that a note's author naming a person of the
// site's authors data file by id (Jekyll's _data/authors.yml keyed by
// id, a list with ids, a folder of one file per author) is that person,
// with their name and links, and that an id found nowhere stays as
// written. The file makes no page of anyone.
func TestAuthorsByID(t *testing.T) {
	keyed := "cotes:\n  name: Cotes Chung\n  twitter: cotesaaa\n  url: https://example.org/cotes/\nsille_bille:\n  name: Dinesh Krishnamoorthy\n  twitter: dinesh\n"
	tests := []struct {
		name   string
		files  map[string]string
		author string
		want   []string
	}{
		{"one id", map[string]string{"_data/authors.yml": keyed}, "author: cotes",
			[]string{"Cotes Chung (cotes-chung) @cotesaaa  https://example.org/cotes/"}},
		{"ids in a list", map[string]string{"_data/authors.yml": keyed}, "authors: [cotes, sille_bille]",
			[]string{"Cotes Chung (cotes-chung) @cotesaaa  https://example.org/cotes/", "Dinesh Krishnamoorthy (dinesh-krishnamoorthy) @dinesh"}},
		{"an unknown id stays as written", map[string]string{"_data/authors.yml": keyed}, "authors: [cotes, someone]",
			[]string{"Cotes Chung (cotes-chung)", "someone (someone) @ "}},
		{"a list with ids, JSON", map[string]string{"_data/authors.json": `[{"id": "ada", "name": "Ada Lovelace"}]`}, "author: ADA",
			[]string{"Ada Lovelace (ada-lovelace)"}},
		{"a file per author", map[string]string{"data/authors/ada.toml": "name = \"Ada Lovelace\"\ngithub = \"ada\"\n"}, "author: ada",
			[]string{"Ada Lovelace (ada-lovelace) @ ada"}},
		{"by the name's slug", map[string]string{"_data/authors.yml": keyed}, "author: cotes chung",
			[]string{"Cotes Chung (cotes-chung) @cotesaaa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"content/posts/a.md": {Data: []byte("---\ntitle: A note\n" + tt.author + "\n---\nText.\n")}}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			o := goldenOptions()
			o.Dirs = []string{"_data", "data"}
			pages, _ := content.Load(fsys, content.Options{Skip: func(p string, dir bool) bool { return o.Claims(p) }})
			ds, diags := Load(fsys, o)
			docs, d := Combine(pages.Docs, ds, o.Location)
			diags.Append(d)
			var got strings.Builder
			for _, doc := range docs {
				if doc.Kind != content.KindNote && doc.Kind != "" {
					t.Errorf("the authors file made a %s page: %s", doc.Kind, doc.File)
				}
				for _, a := range doc.Authors {
					fmt.Fprintf(&got, "%s (%s) @%s %s %s\n", a.Name, a.Slug, a.Twitter, a.Github, a.URL)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(got.String(), w) {
					t.Errorf("want %q in\n%s", w, got.String())
				}
			}
			if len(diags) > 0 {
				t.Errorf("diagnostics:\n%s", diags)
			}
		})
	}
}

// TestAuthorsInSiteLanguage pins that a person of an authors file whose
// texts are written once per language is read in the site's language
// (Options.TextLanguages), as a page's are, not in the mapping's
// default or first one.
func TestAuthorsInSiteLanguage(t *testing.T) {
	authors := "ada:\n  name: Ada Lovelace\n  bio:\n    en: Wrote the first program.\n    es: Escribió el primer programa.\n  company: {default: Analytical Engine Ltd, es: Máquina Analítica}\n"
	for _, tt := range []struct {
		name  string
		langs []string
		want  string
	}{
		{"the site's language", []string{"es"}, "Ada Lovelace: Escribió el primer programa. / Máquina Analítica"},
		{"a region of it", []string{"es-MX"}, "Ada Lovelace: Escribió el primer programa. / Máquina Analítica"},
		{"no language given", nil, "Ada Lovelace: Wrote the first program. / Analytical Engine Ltd"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"content/posts/a.md": {Data: []byte("---\ntitle: Una nota\nauthor: ada\n---\nTexto.\n")},
				"_data/authors.yml":  {Data: []byte(authors)},
			}
			o := goldenOptions()
			o.Dirs = []string{"_data"}
			o.TextLanguages = tt.langs
			pages, _ := content.Load(fsys, content.Options{Skip: func(p string, dir bool) bool { return o.Claims(p) }})
			ds, diags := Load(fsys, o)
			docs, d := Combine(pages.Docs, ds, o.Location)
			diags.Append(d)
			if len(diags) > 0 {
				t.Errorf("diagnostics:\n%s", diags)
			}
			var got []string
			for _, doc := range docs {
				for _, a := range doc.Authors {
					got = append(got, a.Name+": "+a.Bio+" / "+a.Company)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("authors %q, want %q", got, tt.want)
			}
		})
	}
}
