package render

import (
	"context"
	"flag"
	"sync"
	"testing"
	"time"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/themes"
)

var update = flag.Bool("update", false, "rewrite golden files")

// renderAll renders s with theme and returns the outputs by path,
// failing the test on any error diagnostic.
func renderAll(t *testing.T, theme themes.Theme, s *site.Site) map[string]Output {
	t.Helper()
	r, diags := New(theme, Options{})
	if diags.HasErrors() {
		t.Fatalf("New: %v", diags.Strings())
	}
	var mu sync.Mutex
	out := map[string]Output{}
	diags = r.Render(context.Background(), s, func(o Output) error {
		mu.Lock()
		defer mu.Unlock()
		if _, dup := out[o.Path]; dup {
			t.Errorf("%s emitted twice", o.Path)
		}
		out[o.Path] = o
		return nil
	})
	if diags.HasErrors() {
		t.Fatalf("Render: %v", diags.Strings())
	}
	return out
}

// parseDoc parses the page file, written in src, with dates in UTC.
func parseDoc(file, src string) *content.Document {
	return content.Parse(file, []byte(src), content.Options{Location: time.UTC})
}
