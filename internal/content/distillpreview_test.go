package content

import "testing"

// TestDistillPreview: a distill post's preview: is its picture for link
// previews, not shown above the post, as a Quarto post's image: is;
// on a page that is not Pandoc's the word means something else to each
// tool and stays in Params only.
func TestDistillPreview(t *testing.T) {
	for _, tt := range []struct {
		file, front string
		quarto      bool
		want        string
	}{
		{"posts/2023-04-02-talk/talk.Rmd", "preview: images/slide.png", false, "images/slide.png"},
		{"posts/talk.qmd", "preview: slide.png", false, "slide.png"},
		{"posts/talk.md", "preview: slide.png", true, "slide.png"},
		{"posts/talk.qmd", "image: cover.png\npreview: slide.png", false, "cover.png"},
		{"posts/talk.md", "preview: slide.png", false, ""},
	} {
		src := "---\ntitle: Talk\ndate: 2023-04-02\n" + tt.front + "\n---\nText.\n"
		d := Parse(tt.file, []byte(src), Options{Quarto: tt.quarto})
		if d.Kind != KindNote {
			t.Fatalf("%s: kind %v", tt.file, d.Kind)
		}
		if d.Image != tt.want || d.Cover {
			t.Errorf("%s %q: image %q (cover %v), want %q", tt.file, tt.front, d.Image, d.Cover, tt.want)
		}
		if _, ok := d.Params["preview"]; !ok && tt.want == "" {
			t.Errorf("%s: preview left Params", tt.file)
		}
	}
}
