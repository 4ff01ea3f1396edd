package content

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// TestImageCovers: with ImageCovers (a Hugo site), a note's or a talk's
// image naming a picture of its own bundle is its cover, shown on the
// page, as hugo-theme-stack shows it; one naming no file of the bundle,
// a list of images, a page that is no bundle's and a site of another
// tool keep it for link previews alone; so does Reader.Read.
func TestImageCovers(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files fstest.MapFS
		on    bool
		want  string
	}{
		{"a picture of the bundle", fstest.MapFS{
			"content/post/hello/index.md":               {Data: []byte("---\ntitle: Hello\ndate: 2024-03-06\nimage: sunrise-over-hills.jpg\n---\nHi.\n")},
			"content/post/hello/sunrise-over-hills.jpg": {Data: []byte("jpg")},
		}, true, "sunrise-over-hills.jpg true"},
		{"written from the folder", fstest.MapFS{
			"content/post/hello/index.md":        {Data: []byte("---\ntitle: Hello\ndate: 2024-03-06\nimage: ./shots/hills.png\n---\nHi.\n")},
			"content/post/hello/shots/hills.png": {Data: []byte("png")},
		}, true, "./shots/hills.png true"},
		{"a talk", fstest.MapFS{
			"content/talk/t/index.md":   {Data: []byte("---\ntitle: T\nspeakers: [Ada]\nimage: stage.webp\n---\n")},
			"content/talk/t/stage.webp": {Data: []byte("webp")},
		}, true, "stage.webp true"},
		{"no file of the bundle", fstest.MapFS{
			"content/post/hello/index.md":  {Data: []byte("---\ntitle: Hello\ndate: 2024-03-06\nimage: /img/share.png\n---\nHi.\n")},
			"content/post/hello/other.jpg": {Data: []byte("jpg")},
		}, true, "/img/share.png false"},
		{"Hugo's images", fstest.MapFS{
			"content/post/hello/index.md": {Data: []byte("---\ntitle: Hello\ndate: 2024-03-06\nimages: [card.png]\n---\nHi.\n")},
			"content/post/hello/card.png": {Data: []byte("png")},
		}, true, "card.png false"},
		{"no bundle", fstest.MapFS{
			"content/post/hello.md":  {Data: []byte("---\ntitle: Hello\ndate: 2024-03-06\nimage: hills.jpg\n---\nHi.\n")},
			"content/post/hills.jpg": {Data: []byte("jpg")},
		}, true, "hills.jpg false"},
		{"another tool's site", fstest.MapFS{
			"content/post/hello/index.md":  {Data: []byte("---\ntitle: Hello\ndate: 2024-03-06\nimage: hills.jpg\n---\nHi.\n")},
			"content/post/hello/hills.jpg": {Data: []byte("jpg")},
		}, false, "hills.jpg false"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{ImageCovers: tt.on}
			set, _ := Load(tt.files, opts)
			if len(set.Docs) != 1 {
				t.Fatalf("%d pages, want 1", len(set.Docs))
			}
			d := set.Docs[0]
			if got := fmt.Sprintf("%s %v", d.Image, d.Cover); got != tt.want {
				t.Errorf("Load: %q, want %q", got, tt.want)
			}
			if r, ok := set.Reader().Read(tt.files, d.File); !ok || fmt.Sprintf("%s %v", r.Image, r.Cover) != tt.want {
				t.Errorf("Reader.Read: %v %q %v, want %q", ok, r.Image, r.Cover, tt.want)
			}
		})
	}
}
