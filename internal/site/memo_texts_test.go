package site

import (
	"context"
	"slices"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestMemoKeepsTheTextsTheLastBuildUsed builds two pages again and again
// with their summaries changing: after each build the memo holds exactly
// the texts that build showed, a text kept is not rendered again, and
// every page shows its own summary.
func TestMemoKeepsTheTextsTheLastBuildUsed(t *testing.T) {
	memo := NewMemo()
	md := markdown.New(markdown.Options{})
	steps := []struct {
		a, b string
	}{
		{"A *one*", "B *one*"},
		{"A *one*", "B *one*"},
		{"A *one*", "B *two*"},
		{"A *two*", "B *two*"},
		{"A *one*", "B *two*"},
	}
	var last map[string]*memoText
	for i, st := range steps {
		a := doc("talks/a.md", content.KindTalk, "A", func(d *content.Document) { d.Summary = st.a })
		b := doc("talks/b.md", content.KindTalk, "B", func(d *content.Document) { d.Summary = st.b })
		s, _ := Build(context.Background(), config.Default(), content.Set{Docs: []*content.Document{a, b}}, md, Options{Memo: memo})
		held := map[string]*memoText{}
		for k, e := range memo.texts {
			held[k.src] = e
		}
		var srcs []string
		for src := range held {
			srcs = append(srcs, src)
		}
		slices.Sort(srcs)
		if want := []string{st.a, st.b}; !slices.Equal(srcs, want) {
			t.Errorf("step %d: the memo holds %q, want %q", i, srcs, want)
		}
		for src, e := range held {
			if old, ok := last[src]; ok && old != e {
				t.Errorf("step %d: %q, used by the build before, was rendered again", i, src)
			}
		}
		last = held
		for _, p := range s.Pages {
			want := string(md.Text(p.Doc.File, p.Doc.Summary, 1).HTML)
			if got := string(p.SummaryHTML); got != want {
				t.Errorf("step %d: %s shows %q, want %q", i, p.Doc.File, got, want)
			}
		}
	}
}
