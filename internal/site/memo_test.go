package site

import (
	"context"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

func TestMemoConvertsOnlyNewDocuments(t *testing.T) {
	a := doc("talks/a.md", content.KindTalk, "A", func(d *content.Document) { d.Summary = "Sum *A*" })
	b := doc("talks/b.md", content.KindTalk, "B", nil)
	memo := NewMemo()
	md := markdown.New(markdown.Options{})
	build := func(docs ...*content.Document) *Site {
		s, _ := Build(context.Background(), config.Default(), content.Set{Docs: docs}, md, Options{Memo: memo})
		return s
	}
	first := build(a, b)
	if len(memo.bodies) != 2 || len(memo.texts) != 1 {
		t.Fatalf("memo holds %d bodies, %d texts", len(memo.bodies), len(memo.texts))
	}
	// b is edited: the loader hands back a new document for it.
	b2 := doc("talks/b.md", content.KindTalk, "B", func(d *content.Document) { d.Body = []byte("Edited\n") })
	memo.bodies[a] = markdown.Result{HTML: []byte("<p>from the memo</p>")}
	second := build(a, b2)
	if got := string(second.Pages[0].Content()); got != "<p>from the memo</p>" {
		t.Errorf("unchanged document was converted again: %q", got)
	}
	if got := string(second.Pages[1].Content()); got != "<p>Edited</p>\n" {
		t.Errorf("changed document: %q", got)
	}
	if _, ok := memo.bodies[b]; ok {
		t.Errorf("the replaced document was not pruned")
	}
	if string(first.Pages[0].SummaryHTML) != string(second.Pages[0].SummaryHTML) {
		t.Errorf("summary changed between builds")
	}
}
