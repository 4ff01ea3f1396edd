package content

import (
	"testing"
	"testing/fstest"
)

// A bundle's pictures found by name give its person a photo and its note
// a cover where no field names one, in Load and in Reader.Read alike.
func TestBundlePictures(t *testing.T) {
	fsys := fstest.MapFS{
		"content/authors/admin/_index.md":  {Data: []byte("---\ntitle: Ada Lovelace\n---\nBio.\n")},
		"content/authors/admin/avatar.jpg": {Data: []byte("jpg")},
		"content/speakers/cy/index.md":     {Data: []byte("---\ntitle: Cy\nphoto: cy.png\n---\n")},
		"content/speakers/cy/avatar.jpg":   {Data: []byte("jpg")},
		"content/speakers/di/index.md":     {Data: []byte("---\ntitle: Di\n---\n")},
		"content/speakers/di/avatar.pdf":   {Data: []byte("not a picture")},
		"content/speakers/ed.md":           {Data: []byte("---\ntitle: Ed\n---\n")},
		"content/speakers/avatar.png":      {Data: []byte("png")},
		"content/post/first/index.md":      {Data: []byte("---\ntitle: First\ndate: 2024-01-01\n---\nHi.\n")},
		"content/post/first/Featured.PNG":  {Data: []byte("png")},
		"content/post/first/cover.jpg":     {Data: []byte("jpg")},
		"content/talk/t/index.md":          {Data: []byte("---\ntitle: T\nspeakers: [Ada]\n---\n")},
		"content/talk/t/featured.jpg":      {Data: []byte("jpg")},
	}
	want := map[string]string{
		"content/authors/admin/_index.md": "photo avatar.jpg",
		"content/speakers/cy/index.md":    "photo cy.png",
		"content/speakers/di/index.md":    "photo ",
		"content/speakers/ed.md":          "photo ",
		"content/post/first/index.md":     "cover Featured.PNG true",
		"content/talk/t/index.md":         "cover  false",
	}
	got := func(d *Document) string {
		if d.Kind == KindSpeaker {
			return "photo " + d.Speakers[0].Photo
		}
		if d.Image == "" {
			return "cover  false"
		}
		return "cover " + d.Image + " true"
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
