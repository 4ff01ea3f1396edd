package build

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"testing/fstest"
	"unsafe"
	"weak"

	"lectern/internal/render"
	"lectern/themes"
)

// memorySite is a site of undated talks, which no feed carries, and one
// dated note, which the site's feed carries.
func memorySite() fstest.MapFS {
	fsys := fstest.MapFS{
		"config.toml":             {Data: []byte("title = \"Memory\"\nbase_url = \"https://example.org/\"\n")},
		"content/notes/dated.md":  {Data: []byte("---\ntitle: Dated\ndate: 2024-05-01\n---\nA note the feed carries, with **bold** words.\n")},
		"content/talks/linked.md": {Data: []byte("---\ntitle: Linked\n---\nSee {{< ref \"talks/t0.md\" >}} for more.\n")},
	}
	for i := range 5 {
		fsys[fmt.Sprintf("content/talks/t%d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\ntitle: Talk %d\nspeakers: [Ada Lovelace]\ntags: [go]\n---\nThe body of talk %d.\n\n```go\nfunc main() {}\n```\n", i, i)}
	}
	return fsys
}

// TestBodiesReleasedOnceWritten checks that a build lets each page's
// HTML go once every output showing it is written: after Stream, no page
// body is reachable but those whose template tags asked the model, not
// even those a feed carries. Output is the same as when every body is
// held.
func TestBodiesReleasedOnceWritten(t *testing.T) {
	outputs := func(release bool, seen func(path string, body string)) (*Model, map[string][]byte) {
		m, diags := LoadModel(context.Background(), memorySite(), ModelOptions{ReleaseBodies: release})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		r, diags := render.New(themes.Default(), render.Options{})
		if diags.HasErrors() {
			t.Fatal(diags.Err())
		}
		jobs, _ := r.Jobs(m.Site)
		byOutput := map[string]func() string{}
		for _, p := range m.Site.Pages {
			byOutput[p.Output] = func() string { return string(p.Content()) }
		}
		out := streamAll(t, r, jobs, func(o render.Output) {
			if content, ok := byOutput[o.Path]; ok && seen != nil {
				// The page's job converted its body and holds it
				// until emit returns.
				seen(o.Path, content())
			}
		})
		return m, out
	}

	bodies := map[string]weak.Pointer[byte]{}
	m, released := outputs(true, func(path, body string) {
		bodies[path] = weak.Make(unsafe.StringData(body))
	})
	runtime.GC()
	runtime.GC()
	held := map[string]bool{
		"talks/linked/index.html": true, // its ref asked the model
	}
	if len(bodies) != 7 {
		t.Fatalf("saw the bodies of %d pages, want 7: %v", len(bodies), bodies)
	}
	for path, w := range bodies {
		if reachable := w.Value() != nil; reachable != held[path] {
			t.Errorf("%s: body reachable after the page was written = %v, want %v", path, reachable, held[path])
		}
	}

	// The model, which holds the pages, is still in use.
	runtime.KeepAlive(m)

	_, kept := outputs(false, nil)
	if len(kept) != len(released) {
		t.Fatalf("%d outputs with bodies released, %d with bodies held", len(released), len(kept))
	}
	for path, b := range kept {
		if path == "sw.js" {
			// Its cache name hashes each body: the HTML when held,
			// the markdown and options before it is rendered.
			continue
		}
		if !bytes.Equal(released[path], b) {
			t.Errorf("%s differs when bodies are released:\n%s\nwant:\n%s", path, released[path], b)
		}
	}
}

// streamAll streams jobs with r and returns a copy of every output by
// path, calling each, if not nil, with every output before its body is
// let go. Outputs come one at a time.
func streamAll(t *testing.T, r *render.Renderer, jobs []render.Job, each func(render.Output)) map[string][]byte {
	t.Helper()
	var mu sync.Mutex
	out := map[string][]byte{}
	diags := r.Stream(context.Background(), jobs, func(o render.Output) error {
		mu.Lock()
		defer mu.Unlock()
		out[o.Path] = bytes.Clone(o.Body)
		if each != nil {
			each(o)
		}
		return nil
	})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return out
}
