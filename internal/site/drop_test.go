package site

import (
	"context"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestConvertDropsEachSource checks that a build lets each page's
// markdown go as soon as convert has read it, not once the whole model
// is made: the model stage then never holds every text beside what it
// made of them. A page whose text cannot be read again keeps it.
func TestConvertDropsEachSource(t *testing.T) {
	docs := []*content.Document{
		doc("talks/a.md", content.KindTalk, "A", nil),
		doc("talks/b.md", content.KindTalk, "B", nil),
		doc("notes/n.md", content.KindNote, "N", nil),
		doc("data/d.md", content.KindTalk, "From data", nil),
	}
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.File] = string(d.Body)
	}
	reread := func(d *content.Document) func() ([]byte, error) {
		if d.File == "data/d.md" {
			return nil // as a document made from a data file
		}
		text := texts[d.File]
		return func() ([]byte, error) { return []byte(text), nil }
	}
	b := &builder{cfg: config.Default(), md: markdown.New(markdown.Options{}), release: true, reread: reread, site: &Site{Config: config.Default(), sources: &sources{}}}
	b.events(docs)
	b.pages(docs, Options{})
	b.people()
	b.urls()
	if err := b.convert(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(b.site.Pages) != len(docs) {
		t.Fatalf("%d pages, want %d", len(b.site.Pages), len(docs))
	}
	for _, p := range b.site.Pages {
		keep := p.Doc.File == "data/d.md"
		if held := p.Doc.Body != nil || p.source.Body != nil; held != keep {
			t.Errorf("%s: markdown held after convert = %v, want %v", p.Doc.File, held, keep)
		}
		if got := string(p.Source()); got != texts[p.Doc.File] {
			t.Errorf("%s: Source = %q, want %q", p.Doc.File, got, texts[p.Doc.File])
		}
	}
}
