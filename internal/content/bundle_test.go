package content

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
)

// A bundle's pictures found by name give its person a photo and its note
// or talk a cover where no field names one, in Load and in Reader.Read
// alike: Hugo Academic's and Apéro's templates take the image matching
// *featured*, and image.preview_only keeps it for link previews.
func TestBundlePictures(t *testing.T) {
	fsys := fstest.MapFS{
		"content/authors/admin/_index.md":     {Data: []byte("---\ntitle: Ada Lovelace\n---\nBio.\n")},
		"content/authors/admin/avatar.jpg":    {Data: []byte("jpg")},
		"content/speakers/cy/index.md":        {Data: []byte("---\ntitle: Cy\nphoto: cy.png\n---\n")},
		"content/speakers/cy/avatar.jpg":      {Data: []byte("jpg")},
		"content/speakers/di/index.md":        {Data: []byte("---\ntitle: Di\n---\n")},
		"content/speakers/di/avatar.pdf":      {Data: []byte("not a picture")},
		"content/speakers/ed.md":              {Data: []byte("---\ntitle: Ed\n---\n")},
		"content/speakers/avatar.png":         {Data: []byte("png")},
		"content/post/first/index.md":         {Data: []byte("---\ntitle: First\ndate: 2024-01-01\n---\nHi.\n")},
		"content/post/first/Featured.PNG":     {Data: []byte("png")},
		"content/post/first/cover.jpg":        {Data: []byte("jpg")},
		"content/talk/t/index.md":             {Data: []byte("---\ntitle: T\nspeakers: [Ada]\n---\n")},
		"content/talk/t/featured.jpg":         {Data: []byte("jpg")},
		"content/talk/u/index.md":             {Data: []byte("---\ntitle: U\nimage:\n  caption: ''\n  preview_only: true\n---\n")},
		"content/talk/u/featured.png":         {Data: []byte("png")},
		"content/talk/v/index.md":             {Data: []byte("---\ntitle: V\n---\n")},
		"content/talk/v/slides.pdf":           {Data: []byte("pdf")},
		"content/talk/v/sidebar-featured.jpg": {Data: []byte("jpg")},
		"content/talk/w/index.md":             {Data: []byte("---\ntitle: W\nimage: poster.png\n---\n")},
		"content/talk/w/featured.png":         {Data: []byte("png")},
	}
	want := map[string]string{
		"content/authors/admin/_index.md": "photo avatar.jpg",
		"content/speakers/cy/index.md":    "photo cy.png",
		"content/speakers/di/index.md":    "photo ",
		"content/speakers/ed.md":          "photo ",
		"content/post/first/index.md":     "cover Featured.PNG true",
		"content/talk/t/index.md":         "cover featured.jpg true",
		"content/talk/u/index.md":         "cover featured.png false",
		"content/talk/v/index.md":         "cover sidebar-featured.jpg true",
		"content/talk/w/index.md":         "cover poster.png false",
	}
	got := func(d *Document) string {
		if d.Kind == KindSpeaker {
			return "photo " + d.Speakers[0].Photo
		}
		if d.Image == "" {
			return "cover  false"
		}
		return fmt.Sprintf("cover %s %v", d.Image, d.Cover)
	}
	set, _ := Load(fsys, Options{})
	for _, d := range set.Docs {
		if g := got(d); g != want[d.File] {
			t.Errorf("Load: %s: %q, want %q", d.File, g, want[d.File])
		}
		if r, ok := set.Reader().Read(fsys, d.File); !ok || got(r) != want[d.File] {
			t.Errorf("Reader.Read: %s: %v %q, want %q", d.File, ok, got(r), want[d.File])
		}
	}
	if len(set.Docs) != len(want) {
		t.Errorf("%d pages, want %d", len(set.Docs), len(want))
	}
}

// With LeafBundles (Hugo), the markdown beside a leaf bundle's index.md,
// and below it, is the bundle's resources: neither pages nor assets. A
// branch bundle (_index.md) holds pages.
func TestLeafBundles(t *testing.T) {
	fsys := fstest.MapFS{
		"content/home/index.md":          {Data: []byte("---\nheadless: true\n---\n")},
		"content/home/about.md":          {Data: []byte("---\nwidget: about\ntitle: Biography\n---\n")},
		"content/home/deep/hero.md":      {Data: []byte("---\nwidget: hero\n---\n")},
		"content/post/first/index.md":    {Data: []byte("---\ntitle: First\ndate: 2024-01-01\n---\n")},
		"content/post/first/notes.md":    {Data: []byte("---\ntitle: Notes\n---\n")},
		"content/post/first/photo.jpg":   {Data: []byte("jpg")},
		"content/post/_index.md":         {Data: []byte("---\ntitle: Posts\n---\n")},
		"content/post/second.md":         {Data: []byte("---\ntitle: Second\ndate: 2024-01-02\n---\n")},
		"content/talks/index.md":         {Data: []byte("---\ntitle: Talks\n---\n")},
		"content/talks/engines/index.md": {Data: []byte("---\ntitle: Engines\n---\n")},
	}
	pages := func(set Set) []string {
		var out []string
		for _, d := range set.Docs {
			out = append(out, d.File)
		}
		return out
	}
	set, _ := Load(fsys, Options{LeafBundles: true})
	want := []string{"content/home/index.md", "content/post/_index.md", "content/post/first/index.md", "content/post/second.md", "content/talks/engines/index.md", "content/talks/index.md"}
	if got := pages(set); !slices.Equal(got, want) {
		t.Errorf("pages %q, want %q", got, want)
	}
	// A headless bundle is published nowhere: its missing title is
	// nothing to warn about.
	if d := set.Docs[0]; !d.NoPage || len(d.Diags) > 0 {
		t.Errorf("the headless bundle: NoPage %v, diagnostics %q", d.NoPage, d.Diags.Strings())
	}
	if !slices.Equal(set.Assets, []string{"content/post/first/photo.jpg"}) {
		t.Errorf("assets %q", set.Assets)
	}
	for _, f := range []string{"content/home/about.md", "content/home/deep/hero.md", "content/post/first/notes.md"} {
		if _, ok := set.Reader().Read(fsys, f); ok {
			t.Errorf("Reader.Read made a page of %s, a bundle's resource", f)
		}
	}
	if _, ok := set.Reader().Read(fsys, "content/post/second.md"); !ok {
		t.Error("Reader.Read made no page of content/post/second.md")
	}
	if set, _ := Load(fsys, Options{}); len(set.Docs) != len(fsys)-1 {
		t.Errorf("without LeafBundles: %d pages, want %d", len(set.Docs), len(fsys)-1)
	}
}

// A Hugo page's file name may carry its language; the default one is
// dropped from the page's path, and an index keeps its meaning with any
// language. Dots that name no language stay.
func TestLanguageInFileNames(t *testing.T) {
	for _, c := range []struct {
		path, lang, want string
	}{
		{"about.en.md", "en", "about.md"},
		{"talks/keynote/index.EN.md", "en", "talks/keynote/index.md"},
		{"about.de.md", "en", "about.de.md"},
		{"v1.2.md", "en", "v1.2.md"},
		{"about.en.md", "", "about.en.md"},
		{"en.md", "en", "en.md"},
		{"talks/.en.md", "en", "talks/.en.md"},
	} {
		if got := withoutLanguage(c.path, c.lang); got != c.want {
			t.Errorf("withoutLanguage(%q, %q) = %q, want %q", c.path, c.lang, got, c.want)
		}
	}
	for name, want := range map[string]bool{
		"talks/index.md": true, "talks/index.en.md": true, "talks/_index.pt-br.md": true,
		"talks/index.zh_hant.md": true, "talks/index.v2.md": false, "talks/index.english.md": false,
		"talks/index.backup.md": false, "talks/indexes.md": false, "index.en.md": false,
	} {
		if got := isBundleIndex(name); got != want {
			t.Errorf("isBundleIndex(%q) = %v, want %v", name, got, want)
		}
	}
}
