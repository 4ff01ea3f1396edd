package content

import (
	"reflect"
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
