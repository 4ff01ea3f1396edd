package site

import (
	"context"
	"runtime"
	"testing"
	"weak"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestLazyBodiesHoldNoRefs checks that, in a build, the bodies rendered
// when their pages are written do not hold the index answering template
// tags once the model is made, and that they render as the preview's
// model renders them: the index is about 0.3 KB a page, held to the end
// of a build by every body not yet written (docs/memory.md).
func TestLazyBodiesHoldNoRefs(t *testing.T) {
	docs := func() []*content.Document {
		return []*content.Document{
			doc("talks/a.md", content.KindTalk, "A", func(d *content.Document) {
				d.Body = []byte("A link to [b](b.md) written as text, and `code`.\n")
			}),
			doc("talks/b.md", content.KindTalk, "B", func(d *content.Document) {
				d.Body = []byte("See {{< ref \"a.md\" >}} for more.\n")
			}),
			doc("talks/c.md", content.KindTalk, "C", func(d *content.Document) {
				d.Body = []byte("Plain *prose*, rendered when written.\n")
			}),
		}
	}
	md := markdown.New(markdown.Options{})
	texts := map[string][]byte{}
	loaded := docs()
	for _, d := range loaded {
		texts[d.File] = d.Body
	}
	reread := func(d *content.Document) func() ([]byte, error) {
		text := texts[d.File]
		return func() ([]byte, error) { return text, nil }
	}
	b := &builder{cfg: config.Default(), md: md, release: true, reread: reread, site: &Site{Config: config.Default(), sources: &sources{}}}
	b.events(loaded)
	b.pages(loaded, Options{})
	b.people()
	b.urls()
	if err := b.convert(context.Background()); err != nil {
		t.Fatal(err)
	}
	refs := weak.Make(b.site.refs)
	b.forgetLoaded()
	b.forgetRefs()
	runtime.GC()
	if refs.Value() != nil {
		t.Error("the index of references is still held once the model is made")
	}

	want, diags := Build(context.Background(), config.Default(), content.Set{Docs: docs()}, md, Options{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	for i, p := range b.site.Pages {
		if got, want := p.Content(), want.Pages[i].Content(); got != want {
			t.Errorf("%s: Content = %q, want %q", p.Doc.File, got, want)
		}
	}
	runtime.KeepAlive(b)
}
