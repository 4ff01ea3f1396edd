package markdown

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"
)

// talkInput is the realistic document of testdata/talk.txtar.
func talkInput(tb testing.TB) []byte {
	tb.Helper()
	ar, err := txtar.ParseFile("testdata/talk.txtar")
	if err != nil {
		tb.Fatal(err)
	}
	in := section(ar, "input.md")
	if len(in) == 0 {
		tb.Fatal("testdata/talk.txtar has no input.md")
	}
	return in
}

// TestConcurrentUse shares one Renderer per policy between goroutines, as
// a build's workers do; go test -race checks it. Every result must equal
// the one computed alone, and the input must not change.
func TestConcurrentUse(t *testing.T) {
	src := talkInput(t)
	orig := bytes.Clone(src)
	for _, policy := range goldenPolicies {
		t.Run(policy, func(t *testing.T) {
			r := New(Options{RawHTML: policy})
			want := r.Convert("content/talk.md", src, 1)
			wantText := r.Text("content/talk.md", "<p>A *bio* with {{ tag }}.</p>", 3)
			var wg sync.WaitGroup
			errs := make(chan error, 16)
			for g := range 16 {
				wg.Go(func() {
					for range 5 {
						got := r.Convert("content/talk.md", src, 1)
						if !bytes.Equal(got.HTML, want.HTML) || fmt.Sprint(got.Headings, got.Reading, got.Diags) != fmt.Sprint(want.Headings, want.Reading, want.Diags) {
							errs <- fmt.Errorf("goroutine %d: Convert result differs", g)
							return
						}
						txt := r.Text("content/talk.md", "<p>A *bio* with {{ tag }}.</p>", 3)
						if !bytes.Equal(txt.HTML, wantText.HTML) || len(txt.Diags) != 1 {
							errs <- fmt.Errorf("goroutine %d: Text result differs", g)
							return
						}
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			if !bytes.Equal(src, orig) {
				t.Error("Convert changed its input")
			}
		})
	}
}
