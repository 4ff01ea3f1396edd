package site

import (
	"context"
	"crypto/sha256"
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
	// Each rendering is held once, as its page body: not again as the
	// bytes of its Result.
	for d, r := range memo.bodies {
		if r.res.HTML != nil || r.html == nil || r.html.html == "" {
			t.Errorf("%s: the memo holds %d bytes of HTML beside its page body of %d", d.File, len(r.res.HTML), len(r.html.html))
		}
	}
	// b is edited: the loader hands back a new document for it.
	b2 := doc("talks/b.md", content.KindTalk, "B", func(d *content.Document) { d.Body = []byte("Edited\n") })
	memo.bodies[a] = memoBody{markdown.Result{HTML: []byte("<p>from the memo</p>")}, newBody("<p>from the memo</p>")}
	second := build(a, b2)
	if got := string(second.Pages[0].Content()); got != "<p>from the memo</p>" {
		t.Errorf("unchanged document was converted again: %q", got)
	}
	if got := string(second.Pages[1].Content()); got != "<p>Edited</p>\n" {
		t.Errorf("changed document: %q", got)
	}
	// The page body made of a memoized rendering is made once: its hash
	// is that of the HTML the page shows, the new one for the edited
	// document.
	if got, want := second.Pages[0].ContentSum(), sha256.Sum256([]byte("<p>from the memo</p>")); got != want {
		t.Errorf("the unchanged page's content hash is not that of its HTML")
	}
	if got, want := second.Pages[1].ContentSum(), sha256.Sum256([]byte("<p>Edited</p>\n")); got != want || got == first.Pages[1].ContentSum() {
		t.Errorf("the edited page's content hash is not that of its new HTML")
	}
	if again := build(a, b2); again.Pages[1].body != second.Pages[1].body {
		t.Errorf("a page body was made again for a document the memo holds")
	}
	if _, ok := memo.bodies[b]; ok {
		t.Errorf("the replaced document was not pruned")
	}
	if string(first.Pages[0].SummaryHTML) != string(second.Pages[0].SummaryHTML) {
		t.Errorf("summary changed between builds")
	}
}
